import { InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { ResearchOutputAlreadyRecorded, researchOutputDecider, type RecordResearchOutput } from './research-output.decider';
import { researchOutputStreamId, type ResearchOutputEvent } from './research-output.events';

const given = specFor(researchOutputDecider);
const now = '2026-09-15T02:00:00Z';
const record: RecordResearchOutput = {
  type: 'RecordResearchOutput',
  researchOutputId: 'r-1',
  partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar' },
  pairingId: 'pair-1',
  kind: 'paper',
  title: ' Echinococcosis of the liver in southern Xinjiang ',
  identifier: ' 10.1186/s12879-026-01234-5 ',
  date: '2026-06-30',
  by: 'coord-1',
  now,
};
const recorded: ResearchOutputEvent = {
  type: 'ResearchOutputRecorded',
  data: {
    researchOutputId: 'r-1',
    kind: 'paper',
    partnershipId: 'p-1',
    givingHospitalId: 'h-shanghai',
    receivingHospitalId: 'h-kashgar',
    pairingId: 'pair-1',
    title: 'Echinococcosis of the liver in southern Xinjiang',
    identifier: '10.1186/s12879-026-01234-5',
    date: '2026-06-30',
    recordedBy: 'coord-1',
    recordedAt: now,
  },
};

describe('recording a research output', () => {
  it('a paper is attributed to the pairing that produced it, with its DOI', () => {
    given([]).when(record).then([recorded]);
  });

  it('a grant application of the partnership as a whole carries its grant number, whatever its form', () => {
    const { pairingId: _pairing, ...whole } = record;
    const { pairingId: _p, ...data } = recorded.data;
    given([])
      .when({ ...whole, kind: 'grant-application', identifier: 'NSFC 82060123' })
      .then([{ type: 'ResearchOutputRecorded', data: { ...data, kind: 'grant-application', identifier: 'NSFC 82060123' } }]);
  });

  it.each([
    ['an unknown kind', 'kind', { kind: 'patent' }],
    ['no title', 'title', { title: ' ' }],
    ['a paper whose identifier is not a DOI', 'identifier', { identifier: 'PMID 123' }],
    ['a date that is not one', 'date', { date: '2026-02-30' }],
    ['a date after today', 'date', { date: '2026-09-16' }],
  ])('an output with %s is refused', (_sentence, field, change) => {
    const error = given([]).when({ ...record, ...change }).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('an output is recorded once, in a stream named after it', () => {
    given([recorded]).when(record).thenFails(ResearchOutputAlreadyRecorded, 'already-recorded');
    expect(researchOutputStreamId('r-1')).toBe('research-output-r-1');
  });
});
