import type { DomainEvent } from '@telemed/domain/core';

/** The kinds of case a hold may name; the hold covers that case's patient. */
export const HOLD_CASE_KINDS = ['consultation', 'case-review'] as const;
export type HoldCaseKind = (typeof HOLD_CASE_KINDS)[number];

export interface HeldCase {
  kind: HoldCaseKind;
  id: string;
}

/**
 * A legal hold was placed on a patient's records: they must not be erased until it is released.
 * The patient is named by their key id only; the reason is kept in clear, so it must not describe them.
 */
export type LegalHoldPlaced = DomainEvent<
  'LegalHoldPlaced',
  { holdId: string; keyId: string; hospitalId: string; case?: HeldCase; reason: string; placedBy: string; placedAt: string }
>;

/** A legal hold was released: the patient's records may be erased again once their retention period is over. */
export type LegalHoldReleased = DomainEvent<
  'LegalHoldReleased',
  { holdId: string; keyId: string; reason: string; releasedBy: string; releasedAt: string }
>;

export type LegalHoldEvent = LegalHoldPlaced | LegalHoldReleased;
