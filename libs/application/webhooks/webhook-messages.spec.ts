import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { CasePartiesReader } from './case-parties';
import { WebhookMessages, type DeliverableEndpoint } from './webhook-messages';

let position = 0;
function recorded(streamId: string, type: string, data: object, streamRevision = 0): RecordedEvent {
  position++;
  return {
    eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: { userId: 'spec', role: 'system' }, correlationId: 'spec' },
    streamId,
    streamRevision,
    globalPosition: BigInt(position),
    recordedAt: '2026-03-02T02:00:00.000Z',
  };
}

const partnership = recorded('partnership-p-1', 'PartnershipEstablished', { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar' });
const requested = recorded('consultation-c-1', 'ConsultationRequested', {
  consultationId: 'c-1',
  partnershipId: 'p-1',
  requestingHospitalId: 'h-kashgar',
  givingHospitalId: 'h-shanghai',
  purpose: 'second opinion',
  caseSummary: 'dyspnoea for 3 months',
  patient: { reference: 'KS2-1', name: 'Aygul Tursun' },
});
const declined = recorded('consultation-c-1', 'ConsultationDeclined', { consultationId: 'c-1', reasonCode: 'capacity', reason: 'no one free' }, 1);
const agreement = recorded('agreements-p-1', 'AgreementSigned', { partnershipId: 'p-1', agreementId: 'a-1', services: ['consultation'] });
const attendance = recorded('training-session-t-1', 'AttendanceRecorded', { trainingSessionId: 't-1', attendees: [{ staffId: 's-1', name: 'Nurse Gulnar' }] });
const planned = recorded('training-session-t-1', 'TrainingSessionPlanned', { trainingSessionId: 't-1', partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar' });
const streams: Record<string, RecordedEvent[]> = {
  'partnership-p-1': [partnership],
  'consultation-c-1': [requested, declined],
  'agreements-p-1': [agreement],
  'training-session-t-1': [planned, attendance],
};
const log = { readStream: async (streamId: string) => streams[streamId] ?? [] };

const endpoint = (scope: Partial<DeliverableEndpoint>): DeliverableEndpoint => ({ id: 'w', url: 'https://his.example/hook', eventTypes: ['*'], ...scope });

describe('what an endpoint receives of an event', () => {
  const messages = new WebhookMessages(new CasePartiesReader(log));
  const body = async (scope: Partial<DeliverableEndpoint>, event: RecordedEvent) => {
    const message = await messages.messageFor(endpoint(scope), event);
    return message && JSON.parse(message.body);
  };

  it('the patient’s own hospital gets the whole event, signed by its id, with its case and place in it', async () => {
    const message = await messages.messageFor(endpoint({ hospitalId: 'h-kashgar' }), requested);
    expect(message).toMatchObject({ id: requested.eventId, type: 'ConsultationRequested', position: requested.globalPosition, streamId: 'consultation-c-1' });
    expect(JSON.parse(message!.body)).toEqual({
      type: 'ConsultationRequested',
      timestamp: '2026-03-02T02:00:00.000Z',
      position: String(requested.globalPosition),
      subject: { kind: 'consultation', id: 'c-1', sequence: 0 },
      data: requested.data,
    });
  });

  it('the aiding hospital and the network get the case without the patient or any clinical text, told what was left out', async () => {
    for (const scope of [{ hospitalId: 'h-shanghai' }, {}]) {
      const received = await body(scope, requested);
      expect(received.data).toEqual({ consultationId: 'c-1', partnershipId: 'p-1', requestingHospitalId: 'h-kashgar', givingHospitalId: 'h-shanghai' });
      expect(received.redactedFields.sort()).toEqual(['caseSummary', 'patient', 'purpose']);
      expect((await body(scope, declined)).data).toEqual({ consultationId: 'c-1', reasonCode: 'capacity' });
    }
  });

  it('a hospital outside the case, another partnership or another event type gets nothing', async () => {
    expect(await body({ hospitalId: 'h-shigatse' }, requested)).toBeUndefined();
    expect(await body({ partnershipId: 'p-2' }, requested)).toBeUndefined();
    expect(await body({ eventTypes: ['ConsultationAccepted'] }, requested)).toBeUndefined();
    expect(await body({}, recorded('expert-e-1', 'ExpertBooked', {}))).toBeUndefined();
  });

  it('an agreement is scoped by its partnership’s hospitals', async () => {
    expect((await body({ hospitalId: 'h-kashgar' }, agreement)).subject).toEqual({ kind: 'agreements', id: 'p-1', sequence: 0 });
    expect(await body({ hospitalId: 'h-shigatse' }, agreement)).toBeUndefined();
  });

  it('a training session’s attendees go to its receiving hospital and the network, not to the aiding hospital', async () => {
    expect((await body({ hospitalId: 'h-kashgar' }, attendance)).data.attendees).toHaveLength(1);
    expect((await body({}, attendance)).data.attendees).toHaveLength(1);
    const aiding = await body({ hospitalId: 'h-shanghai' }, attendance);
    expect(aiding.data).toEqual({ trainingSessionId: 't-1' });
    expect(aiding.redactedFields).toEqual(['attendees']);
  });
});
