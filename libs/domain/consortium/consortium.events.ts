import type { DomainEvent } from '@telemed/domain/core';

/** 医联体 (a lead hospital with county and township institutions) or 专科联盟 (a specialist alliance). */
export const CONSORTIUM_KINDS = ['medical-consortium', 'specialist-alliance'] as const;
export type ConsortiumKind = (typeof CONSORTIUM_KINDS)[number];

export type ConsortiumFormed = DomainEvent<
  'ConsortiumFormed',
  { consortiumId: string; name: string; kind: ConsortiumKind; leadHospitalId: string; formedBy: string; formedAt: string }
>;

/** Dates are Beijing calendar dates. */
export type ConsortiumMemberJoined = DomainEvent<
  'ConsortiumMemberJoined',
  { consortiumId: string; hospitalId: string; joinedOn: string; recordedBy: string; recordedAt: string }
>;

export type ConsortiumMemberLeft = DomainEvent<
  'ConsortiumMemberLeft',
  { consortiumId: string; hospitalId: string; leftOn: string; recordedBy: string; recordedAt: string }
>;

export type ConsortiumEvent = ConsortiumFormed | ConsortiumMemberJoined | ConsortiumMemberLeft;

export interface ConsortiumState {
  status: 'not-formed' | 'formed';
  consortiumId: string;
  leadHospitalId: string;
  /** Current members, each with the date they joined. */
  members: Record<string, string>;
}

export const consortiumStreamId = (consortiumId: string): string => 'consortium-' + consortiumId;

export function initialState(): ConsortiumState {
  return { status: 'not-formed', consortiumId: '', leadHospitalId: '', members: {} };
}

export function evolve(state: ConsortiumState, event: ConsortiumEvent): ConsortiumState {
  switch (event.type) {
    case 'ConsortiumFormed':
      return { ...state, status: 'formed', consortiumId: event.data.consortiumId, leadHospitalId: event.data.leadHospitalId };
    case 'ConsortiumMemberJoined':
      return { ...state, members: { ...state.members, [event.data.hospitalId]: event.data.joinedOn } };
    case 'ConsortiumMemberLeft': {
      const { [event.data.hospitalId]: _left, ...members } = state.members;
      return { ...state, members };
    }
    default:
      return state;
  }
}
