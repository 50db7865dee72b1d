import type { NewEvent, RecordedEvent } from '../event-envelope';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadAllSlice,
  ReadStreamOptions,
  StreamAppend,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port';
import { ForwardingEventStore } from '../forwarding-event-store';
import type { ActiveKeys, PatientDataCipher } from './patient-data-cipher';
import { patientIdentityOf, sensitiveFieldsOf } from './patient-data-fields';

/** How many streams' patient key ids are remembered; a stream's key id never changes once written. */
const KEY_ID_CACHE_SIZE = 10_000;

/**
 * Keeps patient details and clinical text encrypted at rest: events are encrypted on their way in
 * and decrypted on their way out, so writers and readers of this store see plaintext (or, once a
 * patient's key is erased, fixed placeholders) while the store it wraps only ever holds ciphertext.
 *
 * It is the outermost wrapper (Encrypting → Chained → adapter): the hash chain and the seals cover
 * the ciphertext, so the history stays verifiable after a patient's data is erased. Whatever must
 * see what was stored (the sealer, the verifier, the proof-carrying export) reads `inner`.
 *
 * A case's first event names the patient; its key id (a pseudonym of hospital and reference) is
 * found from it, and later events of the stream carry no patient, so their key id is taken from
 * the stream's first event.
 */
export class EncryptingEventStore extends ForwardingEventStore {
  private readonly streamKeyIds = new Map<string, string | null>();

  constructor(
    inner: EventStore,
    readonly cipher: PatientDataCipher,
  ) {
    super(inner);
  }

  override async appendToStream(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    return this.inner.appendToStream(streamId, await this.encryptStream(streamId, events), expectedRevision);
  }

  override async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    const encrypted: StreamAppend[] = [];
    for (const append of appends) encrypted.push({ ...append, events: await this.encryptStream(append.streamId, append.events) });
    return this.inner.appendToStreams(encrypted);
  }

  override async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.cipher.decrypt(await this.inner.readStream(streamId, options));
  }

  override async readAll(options?: ReadAllOptions): Promise<ReadAllSlice> {
    const slice = await this.inner.readAll(options);
    return { ...slice, events: await this.cipher.decrypt(slice.events) };
  }

  override subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    return this.inner.subscribeToAll(options, async (events, scannedUpTo) => handler(await this.cipher.decrypt(events), scannedUpTo));
  }

  private async encryptStream(streamId: string, events: NewEvent[]): Promise<NewEvent[]> {
    let keyId: string | null | undefined;
    const activeKeys: ActiveKeys = new Map();
    const encrypted: NewEvent[] = [];
    for (const event of events) {
      const identity = patientIdentityOf(event.data, event.metadata);
      if (identity) keyId = this.cipher.keyIdOf(identity.hospitalId, identity.reference);
      if (sensitiveFieldsOf(event.data).length === 0) {
        encrypted.push(event);
        continue;
      }
      if (keyId === undefined) keyId = await this.keyIdOfStream(streamId);
      encrypted.push(keyId ? await this.cipher.encrypt(event, keyId, activeKeys) : event);
    }
    return encrypted;
  }

  /** The patient key id of a stream that records a patient's case, from its first event; null for other streams. */
  private async keyIdOfStream(streamId: string): Promise<string | null> {
    const known = this.streamKeyIds.get(streamId);
    if (known !== undefined) return known;
    const [first] = await this.inner.readStream(streamId, { direction: 'forwards', maxCount: 1 });
    if (!first) return null;
    const keyId = first.metadata.encryption?.keyId ?? null;
    if (this.streamKeyIds.size >= KEY_ID_CACHE_SIZE) this.streamKeyIds.delete(this.streamKeyIds.keys().next().value!);
    this.streamKeyIds.set(streamId, keyId);
    return keyId;
  }
}
