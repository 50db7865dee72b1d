import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EventEncryption, EventMetadata, NewEvent } from '../event-envelope';
import { PatientMasterKey } from './master-key';
import type { PatientKeyStore } from './patient-key-store';
import { erasedValueOf, sensitiveFieldsOf } from './patient-data-fields';

const SEALED_PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;

/** An event's encrypted data did not decrypt although its key exists: the stored ciphertext was altered. */
export class PatientDataUnreadable extends Error {
  constructor(eventId: string, field: string) {
    super(`the encrypted member ${field} of event ${eventId} does not decrypt with its patient's data key: it was altered`);
    this.name = 'PatientDataUnreadable';
  }
}

export class MasterKeyMismatch extends Error {
  constructor() {
    super('the patient key store was created under another PATIENT_DATA_MASTER_KEY; start with the master key it was created with');
    this.name = 'MasterKeyMismatch';
  }
}

/** The data keys one append encrypts with, by patient key id. */
export type ActiveKeys = Map<string, Promise<{ version: number; dataKey: Buffer }>>;

/** The plaintext of an event's encrypted members, or their placeholders once the patient's key is erased. */
export interface RevealedFields {
  erased: boolean;
  fields: Record<string, unknown>;
}

type Envelope = { eventId: string; data: unknown; metadata: EventMetadata };

function additionalData(eventId: string, field: string): Buffer {
  return Buffer.from(`${eventId}\n${field}`);
}

function seal(dataKey: Buffer, eventId: string, field: string, value: unknown): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv).setAAD(additionalData(eventId, field));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64');
}

function open(dataKey: Buffer, eventId: string, field: string, value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith(SEALED_PREFIX)) throw new PatientDataUnreadable(eventId, field);
  const bytes = Buffer.from(value.slice(SEALED_PREFIX.length), 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, bytes.subarray(0, IV_BYTES)).setAAD(additionalData(eventId, field));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  } catch {
    throw new PatientDataUnreadable(eventId, field);
  }
}

/**
 * Encrypts the patient details and clinical text of events with AES-256-GCM under the patient's
 * data key, and decrypts them again while that key exists. Each member is sealed on its own and
 * bound to its event id and member name, so ciphertext cannot be moved to another event or member.
 */
export class PatientDataCipher {
  private constructor(
    private readonly master: PatientMasterKey,
    readonly keys: PatientKeyStore,
    private readonly now: () => string,
  ) {}

  /** Refuses a key store made under another master key: its patients would all read as erased. */
  static async open(masterKey: Buffer, keys: PatientKeyStore, now: () => string = () => new Date().toISOString()): Promise<PatientDataCipher> {
    const master = new PatientMasterKey(masterKey);
    if (!(await keys.claimMasterKey(master.checkValue))) throw new MasterKeyMismatch();
    return new PatientDataCipher(master, keys, now);
  }

  keyIdOf(hospitalId: string, reference: string): string {
    return this.master.keyIdOf(hospitalId, reference);
  }

  /**
   * The event with its sensitive members sealed under the patient's current key, named in
   * `metadata.encryption`. Events of one append share `activeKeys`, so the key store is asked
   * once per patient, not once per event.
   */
  async encrypt(event: NewEvent, keyId: string, activeKeys: ActiveKeys = new Map()): Promise<NewEvent> {
    const fields = sensitiveFieldsOf(event.data);
    if (fields.length === 0) return event;
    let active = activeKeys.get(keyId);
    if (!active) {
      active = this.activeDataKey(keyId);
      activeKeys.set(keyId, active);
    }
    const { version, dataKey } = await active;
    const data: Record<string, unknown> = { ...(event.data as Record<string, unknown>) };
    for (const field of fields) data[field] = seal(dataKey, event.eventId, field, data[field]);
    const encryption: EventEncryption = { keyId, keyVersion: version, algorithm: 'AES-256-GCM', fields };
    return { ...event, data, metadata: { ...event.metadata, encryption } };
  }

  /** The patient's current data key, made when the patient has none (or only erased ones). */
  async activeDataKey(keyId: string): Promise<{ version: number; dataKey: Buffer }> {
    const stored = await this.keys.activeKey(keyId, (version) => this.master.wrap(randomBytes(DATA_KEY_BYTES), keyId, version), this.now());
    return { version: stored.version, dataKey: this.master.unwrap(stored.wrappedKey, keyId, stored.version) };
  }

  /** The events with their encrypted members decrypted, or replaced by placeholders where the key was erased. */
  async decrypt<Event extends Envelope>(events: Event[]): Promise<Event[]> {
    if (!events.some((event) => event.metadata?.encryption)) return events;
    const dataKeys = new Map<string, Promise<Buffer | undefined>>();
    const revealed: Event[] = [];
    for (const event of events) {
      if (!event.metadata?.encryption) {
        revealed.push(event);
        continue;
      }
      const { fields } = await this.revealWith(event, dataKeys);
      revealed.push({ ...event, data: { ...(event.data as Record<string, unknown>), ...fields } });
    }
    return revealed;
  }

  /** The plaintext (or placeholders) of one event's encrypted members alone. */
  revealFields(event: Envelope): Promise<RevealedFields> {
    return this.revealWith(event, new Map());
  }

  private async revealWith(event: Envelope, dataKeys: Map<string, Promise<Buffer | undefined>>): Promise<RevealedFields> {
    const encryption = event.metadata.encryption!;
    const name = `${encryption.keyId}:${encryption.keyVersion}`;
    let dataKey = dataKeys.get(name);
    if (!dataKey) {
      dataKey = this.dataKey(encryption.keyId, encryption.keyVersion);
      dataKeys.set(name, dataKey);
    }
    const key = await dataKey;
    const data = event.data as Record<string, unknown>;
    const fields = Object.fromEntries(
      encryption.fields.map((field) => [field, key ? open(key, event.eventId, field, data[field]) : erasedValueOf(field)]),
    );
    return { erased: !key, fields };
  }

  /** One version of the patient's data key; undefined once it was erased. */
  async dataKey(keyId: string, version: number): Promise<Buffer | undefined> {
    const stored = await this.keys.key(keyId, version);
    return stored && this.master.unwrap(stored.wrappedKey, keyId, version);
  }
}
