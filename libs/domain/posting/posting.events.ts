import type { DomainEvent } from '@telemed/domain/core';

/** Who is posted: a specialist (援派专家) to a department, or a management cadre (管理干部) to a leadership post. */
export const POSTING_KINDS = ['specialist', 'management-cadre'] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

/**
 * `dispatched`: sent, not yet on site; `on-site`: arrived and serving; `returned`: home again.
 * A posting cut short stays on site until its return is recorded, with its end brought forward.
 */
export const POSTING_STATUSES = ['dispatched', 'on-site', 'returned'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/**
 * A management cadre is not a registered expert, so the posting names them. Names of posted staff are
 * personal data of staff, not of patients: they are kept in clear like an expert's registered name,
 * since the programme report and the receiving hospital's organisation chart publish them, and they
 * are not erased with a patient's data key.
 */
export interface PostedPerson {
  name: string;
  title?: string;
}

export type PostingDispatched = DomainEvent<
  'PostingDispatched',
  {
    postingId: string;
    kind: PostingKind;
    /** The registered expert posted; absent for a management cadre named in `person`. */
    expertId?: string;
    person?: PostedPerson;
    partnershipId: string;
    /** The department pairing the specialist serves, when the receiving department is paired (以院包科). */
    pairingId?: string;
    givingHospitalId: string;
    receivingHospitalId: string;
    receivingDepartmentId?: string;
    /** A cadre's post in the receiving hospital, such as 副院长. */
    role?: string;
    /** Calendar dates (Beijing), both inclusive. */
    plannedStart: string;
    plannedEnd: string;
    dispatchedBy: string;
    dispatchedAt: string;
  }
>;

/** `arrivedOn` is the calendar date service on site began. */
export type PostingArrived = DomainEvent<
  'PostingArrived',
  { postingId: string; arrivedOn: string; recordedBy: string; recordedAt: string }
>;

export type PostingExtended = DomainEvent<
  'PostingExtended',
  { postingId: string; previousEnd: string; newEnd: string; extendedBy: string; extendedAt: string }
>;

/** The term ends early, on `endsOn`; the return itself is recorded when it happens. */
export type PostingCutShort = DomainEvent<
  'PostingCutShort',
  { postingId: string; previousEnd: string; endsOn: string; reason: string; recordedBy: string; recordedAt: string }
>;

/** `returnedOn` is the calendar date service on site ended. */
export type PostingReturned = DomainEvent<
  'PostingReturned',
  { postingId: string; returnedOn: string; recordedBy: string; recordedAt: string }
>;

export type PostingEvent = PostingDispatched | PostingArrived | PostingExtended | PostingCutShort | PostingReturned;

export interface PostingState {
  /** `not-dispatched` is the empty stream: nothing has happened yet. */
  status: PostingStatus | 'not-dispatched';
  postingId: string;
  kind?: PostingKind;
  plannedStart: string;
  plannedEnd: string;
  arrivedOn?: string;
  returnedOn?: string;
  cutShort: boolean;
}

export const postingStreamId = (postingId: string): string => 'posting-' + postingId;

export function initialState(): PostingState {
  return { status: 'not-dispatched', postingId: '', plannedStart: '', plannedEnd: '', cutShort: false };
}

export function evolve(state: PostingState, event: PostingEvent): PostingState {
  switch (event.type) {
    case 'PostingDispatched':
      return {
        ...state,
        status: 'dispatched',
        postingId: event.data.postingId,
        kind: event.data.kind,
        plannedStart: event.data.plannedStart,
        plannedEnd: event.data.plannedEnd,
      };
    case 'PostingArrived':
      return { ...state, status: 'on-site', arrivedOn: event.data.arrivedOn };
    case 'PostingExtended':
      return { ...state, plannedEnd: event.data.newEnd };
    case 'PostingCutShort':
      return { ...state, plannedEnd: event.data.endsOn, cutShort: true };
    case 'PostingReturned':
      return { ...state, status: 'returned', returnedOn: event.data.returnedOn };
    default:
      return state;
  }
}
