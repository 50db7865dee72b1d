import type { RecordedEvent } from '../event-envelope';
import { UpcasterRegistry, type Upcaster } from './upcaster-registry';

const stored = (type: string, schemaVersion: number, data: unknown): RecordedEvent => ({
  eventId: 'e-1',
  type,
  schemaVersion,
  data,
  metadata: { actor: { userId: 'u-1', role: 'coordinator' }, correlationId: 'c-1' },
  streamId: 'hospital-1',
  streamRevision: 0,
  globalPosition: 1n,
  recordedAt: '2026-03-02T00:00:00.000Z',
});

const regionToProvince: Upcaster = {
  eventType: 'HospitalRegistered',
  fromVersion: 1,
  upcast: (data) => {
    const { region, ...rest } = data as { region: string };
    return { ...rest, province: region };
  },
};
const provinceCode: Upcaster = {
  eventType: 'HospitalRegistered',
  fromVersion: 2,
  upcast: (data) => ({ ...(data as object), provinceCode: (data as { province: string }).province.slice(0, 2).toUpperCase() }),
};

describe('the upcaster registry', () => {
  it('brings an event stored at version 1 to the current version, one version at a time', () => {
    const registry = new UpcasterRegistry([regionToProvince, provinceCode]);
    expect(registry.currentVersion('HospitalRegistered')).toBe(3);
    expect(registry.upcast(stored('HospitalRegistered', 1, { name: 'Kashgar No. 2', region: 'Xinjiang' }))).toMatchObject({
      schemaVersion: 3,
      data: { name: 'Kashgar No. 2', province: 'Xinjiang', provinceCode: 'XI' },
    });
  });

  it('leaves an event already at the current version, and a type without upcasters, as they are', () => {
    const registry = new UpcasterRegistry([regionToProvince]);
    const current = stored('HospitalRegistered', 2, { province: 'Tibet' });
    expect(registry.upcast(current)).toBe(current);
    expect(registry.currentVersion('DepartmentAdded')).toBe(1);
  });

  it('refuses two upcasters reading the same version of a type', () => {
    expect(() => new UpcasterRegistry([regionToProvince, { ...regionToProvince }])).toThrow(/two upcasters read HospitalRegistered version 1/);
  });

  it('refuses a chain with a gap, which would leave old events at a version nobody reads', () => {
    expect(() => new UpcasterRegistry([provinceCode])).toThrow(/no upcaster from version 1/);
  });
});
