import { type Decider, type DomainEvent, InvalidValue, NotFound } from '@telemed/domain/core';
import { HeldPatientDataErased, LegalHoldAlreadyPlaced, LegalHoldAlreadyReleased } from './legal-hold.errors';
import type { HeldCase, LegalHoldEvent } from './legal-hold.events';

export interface PlaceLegalHold {
  type: 'PlaceLegalHold';
  holdId: string;
  keyId: string;
  hospitalId: string;
  case?: HeldCase;
  reason: string;
  placedBy: string;
  now: string;
}

export interface ReleaseLegalHold {
  type: 'ReleaseLegalHold';
  holdId: string;
  reason: string;
  releasedBy: string;
  now: string;
}

export type LegalHoldCommand = PlaceLegalHold | ReleaseLegalHold;

/**
 * The erasure of the patient's data, recorded in the same stream (libs/event-store/encryption):
 * a hold placed after it would protect nothing.
 */
type PatientDataErased = DomainEvent<'PatientDataErased', unknown>;

export interface HoldState {
  keyId: string;
  placedAt: string;
  releasedAt?: string;
}

/** The holds of one patient's record stream (`patient-data-<key id>`), and whether their data is erased. */
export interface PatientRecordState {
  holds: Readonly<Record<string, HoldState>>;
  erased: boolean;
}

/** The ids of the holds that stand. */
export function activeHoldsOf(state: PatientRecordState): string[] {
  return Object.entries(state.holds)
    .filter(([, hold]) => hold.releasedAt === undefined)
    .map(([holdId]) => holdId);
}

function requireReason(reason: string): void {
  if (reason.trim() === '') throw new InvalidValue('reason', 'must not be blank');
}

/** Legal holds on a patient's records: placed and released, each with a reason, never twice. */
export const legalHoldDecider: Decider<LegalHoldCommand, LegalHoldEvent, PatientRecordState> = {
  initialState: () => ({ holds: {}, erased: false }),

  decide(command, state) {
    requireReason(command.reason);
    switch (command.type) {
      case 'PlaceLegalHold': {
        if (state.holds[command.holdId]) throw new LegalHoldAlreadyPlaced(command.holdId);
        if (state.erased) throw new HeldPatientDataErased();
        const { holdId, keyId, hospitalId, reason, placedBy, now } = command;
        return [
          {
            type: 'LegalHoldPlaced',
            data: { holdId, keyId, hospitalId, ...(command.case && { case: command.case }), reason, placedBy, placedAt: now },
          },
        ];
      }
      case 'ReleaseLegalHold': {
        const hold = state.holds[command.holdId];
        if (!hold) throw new NotFound('legal hold', command.holdId);
        if (hold.releasedAt !== undefined) throw new LegalHoldAlreadyReleased(command.holdId, hold.releasedAt);
        const { holdId, reason, releasedBy, now } = command;
        return [{ type: 'LegalHoldReleased', data: { holdId, keyId: hold.keyId, reason, releasedBy, releasedAt: now } }];
      }
    }
  },

  evolve(state, event: LegalHoldEvent | PatientDataErased) {
    switch (event.type) {
      case 'LegalHoldPlaced':
        return { ...state, holds: { ...state.holds, [event.data.holdId]: { keyId: event.data.keyId, placedAt: event.data.placedAt } } };
      case 'LegalHoldReleased': {
        const hold = state.holds[event.data.holdId];
        return { ...state, holds: { ...state.holds, [event.data.holdId]: { ...hold, releasedAt: event.data.releasedAt } } };
      }
      case 'PatientDataErased':
        return { ...state, erased: true };
      default:
        return state;
    }
  },
};
