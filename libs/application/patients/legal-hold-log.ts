import type { HeldCase, LegalHoldEvent } from '@telemed/domain/legal-hold';
import type { EventStore } from '@telemed/event-store/event-store.port';

/** A legal hold as coordinators and auditors list it. */
export interface LegalHoldListing {
  id: string;
  keyId: string;
  hospitalId: string;
  case?: HeldCase;
  reason: string;
  placedBy: string;
  placedAt: string;
  active: boolean;
  release?: { reason: string; releasedBy: string; releasedAt: string };
}

const HOLD_EVENT_TYPES = ['LegalHoldPlaced', 'LegalHoldReleased'];
const PAGE = 500;

/**
 * Every legal hold ever placed, in the order placed, read from the log: holds are few, and each
 * patient's stream holds their own, so no read model is needed to find one by its id.
 */
export async function readLegalHolds(store: Pick<EventStore, 'readAll' | 'headPosition'>): Promise<LegalHoldListing[]> {
  const holds = new Map<string, LegalHoldListing>();
  const head = await store.headPosition();
  let after = 0n;
  while (after < head) {
    const slice = await store.readAll({ after, maxCount: PAGE, filter: { eventTypes: HOLD_EVENT_TYPES } });
    for (const event of slice.events as unknown as LegalHoldEvent[]) {
      if (event.type === 'LegalHoldPlaced') {
        const { holdId, keyId, hospitalId, reason, placedBy, placedAt } = event.data;
        holds.set(holdId, { id: holdId, keyId, hospitalId, ...(event.data.case && { case: event.data.case }), reason, placedBy, placedAt, active: true });
      } else {
        const hold = holds.get(event.data.holdId);
        const { reason, releasedBy, releasedAt } = event.data;
        if (hold) holds.set(hold.id, { ...hold, active: false, release: { reason, releasedBy, releasedAt } });
      }
    }
    if (slice.scannedUpTo <= after) break;
    after = slice.scannedUpTo;
  }
  return [...holds.values()];
}

/** The key ids of the patients with a hold that stands. */
export async function heldPatientKeyIds(store: Pick<EventStore, 'readAll' | 'headPosition'>): Promise<Set<string>> {
  return new Set((await readLegalHolds(store)).filter((hold) => hold.active).map((hold) => hold.keyId));
}
