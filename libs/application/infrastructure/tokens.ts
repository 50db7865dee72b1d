import { randomUUID } from 'node:crypto';

/** Injection tokens of the ports the application layer depends on. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
/**
 * The log as stored, patient data still encrypted: for whatever checks what was written (the
 * sealer, the verifier, the proof-carrying export). Everything else reads EVENT_STORE, which decrypts.
 */
export const RAW_EVENT_STORE = Symbol('RAW_EVENT_STORE');
export const READ_MODELS = Symbol('READ_MODELS');
export const READ_MODEL_PROVISIONER = Symbol('READ_MODEL_PROVISIONER');
/** The ReadModelStartup: the read models' integrity and versions as found at start-up, and their upgrade. */
export const READ_MODEL_STARTUP = Symbol('READ_MODEL_STARTUP');
export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
/** The UpcasterRegistry every reader of the log brings stored events to this release's shape with. */
export const EVENT_UPCASTERS = Symbol('EVENT_UPCASTERS');

/** Where commands take the time from; tests and scenario generation bring their own. */
export abstract class Clock {
  abstract now(): string;
}

export class SystemClock extends Clock {
  now(): string {
    return new Date().toISOString();
  }
}

/**
 * The machine's clock moved ahead by a fixed offset: the development mode's way to let deadlines
 * pass in a test or a demonstration without waiting for them (DEVELOPMENT_CLOCK_OFFSET_MINUTES).
 */
export class OffsetClock extends Clock {
  constructor(readonly offsetMs: number) {
    super();
  }

  now(): string {
    return new Date(Date.now() + this.offsetMs).toISOString();
  }
}

/** Where new entity ids come from; a generated scenario brings a seeded one so its ids repeat. */
export abstract class IdGenerator {
  abstract next(): string;
}

export class RandomIds extends IdGenerator {
  next(): string {
    return randomUUID();
  }
}
