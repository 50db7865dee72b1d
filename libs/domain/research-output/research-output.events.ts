import type { DomainEvent } from '@telemed/domain/core';

export const RESEARCH_OUTPUT_KINDS = ['grant-application', 'grant-awarded', 'paper'] as const;
export type ResearchOutputKind = (typeof RESEARCH_OUTPUT_KINDS)[number];

/**
 * A grant applied for or awarded, or a paper, attributed to the department pairing that produced it
 * (or to the partnership as a whole). `identifier` is a DOI for a paper, a grant number for a grant.
 */
export type ResearchOutputRecorded = DomainEvent<
  'ResearchOutputRecorded',
  {
    researchOutputId: string;
    kind: ResearchOutputKind;
    partnershipId: string;
    pairingId?: string;
    givingHospitalId: string;
    receivingHospitalId: string;
    title: string;
    identifier?: string;
    /** The Beijing calendar date of the application, the award or the publication. */
    date: string;
    recordedBy: string;
    recordedAt: string;
  }
>;

export type ResearchOutputEvent = ResearchOutputRecorded;

export interface ResearchOutputState {
  status: 'not-recorded' | 'recorded';
  researchOutputId: string;
}

export const researchOutputStreamId = (researchOutputId: string): string => 'research-output-' + researchOutputId;

export function initialState(): ResearchOutputState {
  return { status: 'not-recorded', researchOutputId: '' };
}

export function evolve(state: ResearchOutputState, event: ResearchOutputEvent): ResearchOutputState {
  return event.type === 'ResearchOutputRecorded' ? { status: 'recorded', researchOutputId: event.data.researchOutputId } : state;
}
