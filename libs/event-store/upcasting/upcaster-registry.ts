import type { RecordedEvent } from '../event-envelope';

/**
 * Reads the data of one event type as stored at `fromVersion` and answers it as version
 * `fromVersion + 1`. Pure: it sees the event as the reader would (patient data decrypted) and
 * changes only `data`; the stored event, which the hash chain covers, is never rewritten.
 */
export interface Upcaster {
  eventType: string;
  fromVersion: number;
  upcast(data: unknown, event: RecordedEvent): unknown;
}

/**
 * Every upcaster, by event type and the schema version it reads. An event's current version is one
 * past its highest upcaster's (1 without any); a stored event is brought to it one version at a time.
 */
export class UpcasterRegistry {
  private readonly byType = new Map<string, Map<number, Upcaster>>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) this.register(upcaster);
  }

  register(upcaster: Upcaster): this {
    const versions = this.byType.get(upcaster.eventType) ?? new Map<number, Upcaster>();
    if (versions.has(upcaster.fromVersion)) {
      throw new Error(`two upcasters read ${upcaster.eventType} version ${upcaster.fromVersion}`);
    }
    versions.set(upcaster.fromVersion, upcaster);
    this.byType.set(upcaster.eventType, versions);
    for (let version = 1; version < this.currentVersion(upcaster.eventType); version++) {
      if (!versions.has(version)) throw new Error(`${upcaster.eventType} has no upcaster from version ${version}: the chain to the current version must be whole`);
    }
    return this;
  }

  /** The schema version this release writes and reads an event type at. */
  currentVersion(eventType: string): number {
    const versions = this.byType.get(eventType);
    return versions ? Math.max(...versions.keys()) + 1 : 1;
  }

  get isEmpty(): boolean {
    return this.byType.size === 0;
  }

  /** The event as this release reads it: its data brought to the current version of its type. */
  upcast(event: RecordedEvent): RecordedEvent {
    const versions = this.byType.get(event.type);
    if (!versions) return event;
    let current = event;
    for (let upcaster = versions.get(current.schemaVersion); upcaster; upcaster = versions.get(current.schemaVersion)) {
      current = { ...current, data: upcaster.upcast(current.data, current), schemaVersion: current.schemaVersion + 1 };
    }
    return current;
  }

  upcastAll(events: RecordedEvent[]): RecordedEvent[] {
    return this.isEmpty ? events : events.map((event) => this.upcast(event));
  }
}
