import { foldEvents, InvalidValue, NotFound } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { activeHoldsOf, legalHoldDecider, type PlaceLegalHold, type ReleaseLegalHold } from './legal-hold.decider';
import { HeldPatientDataErased, LegalHoldAlreadyPlaced, LegalHoldAlreadyReleased } from './legal-hold.errors';
import type { LegalHoldEvent, LegalHoldPlaced, LegalHoldReleased } from './legal-hold.events';

const given = specFor(legalHoldDecider);
const keyId = 'a'.repeat(64);
const placedAt = '2026-03-02T01:00:00Z';
const releasedAt = '2026-05-02T01:00:00Z';

const place = (overrides: Partial<PlaceLegalHold> = {}): PlaceLegalHold => ({
  type: 'PlaceLegalHold',
  holdId: 'hold-1',
  keyId,
  hospitalId: 'hospital-1',
  reason: 'malpractice claim 2026-17 at the district court',
  placedBy: 'coordinator-1',
  now: placedAt,
  ...overrides,
});

const release = (overrides: Partial<ReleaseLegalHold> = {}): ReleaseLegalHold => ({
  type: 'ReleaseLegalHold',
  holdId: 'hold-1',
  reason: 'the claim was settled',
  releasedBy: 'coordinator-2',
  now: releasedAt,
  ...overrides,
});

const placed = (holdId = 'hold-1'): LegalHoldPlaced => ({
  type: 'LegalHoldPlaced',
  data: { holdId, keyId, hospitalId: 'hospital-1', reason: 'malpractice claim 2026-17 at the district court', placedBy: 'coordinator-1', placedAt },
});

const released = (holdId = 'hold-1'): LegalHoldReleased => ({
  type: 'LegalHoldReleased',
  data: { holdId, keyId, reason: 'the claim was settled', releasedBy: 'coordinator-2', releasedAt },
});

const erased = { type: 'PatientDataErased', data: { keyId } } as unknown as LegalHoldEvent;

describe('legal holds on a patient', () => {
  it('are placed with their reason, naming the patient by key id and the case it was placed for', () => {
    const kase = { kind: 'consultation' as const, id: 'consultation-1' };
    given([]).when(place({ case: kase })).then([{ ...placed(), data: { ...placed().data, case: kase } }]);
  });

  it('may stand several at once, each released on its own', () => {
    const state = foldEvents(legalHoldDecider, [placed('hold-1'), placed('hold-2'), released('hold-1')]);
    expect(activeHoldsOf(state)).toEqual(['hold-2']);
    given([placed('hold-1'), placed('hold-2')]).when(release({ holdId: 'hold-2' })).then([released('hold-2')]);
  });

  it('are refused without a reason', () => {
    const error = given([]).when(place({ reason: '  ' })).thenFails(InvalidValue, 'invalid-value');
    expect(error.fieldErrors).toMatchObject([{ field: 'reason', message: 'must not be blank' }]);
    given([placed()]).when(release({ reason: '' })).thenFails(InvalidValue, 'invalid-value');
  });

  it('are not placed twice under one id', () => {
    given([placed()]).when(place()).thenFails(LegalHoldAlreadyPlaced, 'legal-hold-already-placed');
  });

  it('are not placed on a patient whose data is already erased', () => {
    given([erased]).when(place()).thenFails(HeldPatientDataErased, 'patient-data-already-erased');
  });

  it('are released with the reason, by whom and when', () => {
    given([placed()]).when(release()).then([released()]);
  });

  it('are not released twice: the second release names when the first was', () => {
    const error = given([placed(), released()]).when(release()).thenFails(LegalHoldAlreadyReleased, 'legal-hold-released');
    expect(error.params).toEqual({ holdId: 'hold-1', releasedAt });
  });

  it('cannot be released when never placed', () => {
    given([placed()]).when(release({ holdId: 'hold-9' })).thenFails(NotFound, 'not-found');
  });

  it('stand until released', () => {
    expect(activeHoldsOf(foldEvents(legalHoldDecider, [placed()]))).toEqual(['hold-1']);
    expect(activeHoldsOf(foldEvents(legalHoldDecider, [placed(), released()]))).toEqual([]);
  });
});
