import { eventTypesAskedFor, WEBHOOK_EVENT_TYPES_BY_STREAM } from '@telemed/domain/webhook';
import { PATIENT_DATA_FIELDS } from '@telemed/event-store/encryption';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { withoutFields } from '../audit/audit-envelope';
import type { CaseParties, CasePartiesReader } from './case-parties';

/** An endpoint as deliveries see it: where, what, and for whom. */
export interface DeliverableEndpoint {
  id: string;
  url: string;
  eventTypes: readonly string[];
  partnershipId?: string;
  /** Whose system it is: it receives what concerns that hospital, and the details of that hospital's own patients. */
  hospitalId?: string;
}

/** One event as one endpoint receives it. */
export interface WebhookMessage {
  /** `webhook-id`: the event's id, the same on every attempt and replay, for the receiver to deduplicate by. */
  id: string;
  type: string;
  position: bigint;
  streamId: string;
  /** The JSON body exactly as signed and sent. */
  body: string;
}

const STREAM_PREFIXES = Object.keys(WEBHOOK_EVENT_TYPES_BY_STREAM);
const PATIENT_CASE_PREFIXES = ['consultation-', 'case-review-'];

/** Leaves out the patient's details and clinical text (what is kept encrypted under the patient's key), and says which members were left out. */
function withoutPatientDetails(data: unknown): { data: unknown; redacted: string[] } {
  const { value, redacted } = withoutFields(data, PATIENT_DATA_FIELDS);
  return { data: value, redacted };
}

/**
 * What an endpoint may receive of an event: nothing when the event is not for it (another type,
 * partnership or hospital, or parties the log does not name), else the event with only what the
 * endpoint's hospital may see. A consultation's or case review's patient details and clinical text
 * go only to an endpoint of the patient's own hospital; a training session's attendees only to
 * one of the receiving hospital, or to an endpoint of the network (no hospital), as coordinators see them.
 */
export class WebhookMessages {
  constructor(private readonly parties: CasePartiesReader) {}

  async messageFor(endpoint: DeliverableEndpoint, event: RecordedEvent): Promise<WebhookMessage | undefined> {
    if (!(eventTypesAskedFor(endpoint.eventTypes) as string[]).includes(event.type)) return undefined;
    const prefix = STREAM_PREFIXES.find((candidate) => event.streamId.startsWith(candidate));
    if (!prefix) return undefined;
    const parties = await this.parties.of(event.streamId);
    if (!parties || !concerns(endpoint, parties)) return undefined;
    const { data, redacted } = visibleData(endpoint, parties, prefix, event);
    const body = JSON.stringify({
      type: event.type,
      timestamp: event.recordedAt,
      position: event.globalPosition.toString(),
      subject: { kind: prefix.slice(0, -1), id: event.streamId.slice(prefix.length), sequence: event.streamRevision },
      data,
      ...(redacted.length > 0 && { redactedFields: redacted }),
    });
    return { id: event.eventId, type: event.type, position: event.globalPosition, streamId: event.streamId, body };
  }
}

function concerns(endpoint: DeliverableEndpoint, parties: CaseParties): boolean {
  if (endpoint.partnershipId !== undefined && parties.partnershipId !== endpoint.partnershipId) return false;
  return endpoint.hospitalId === undefined || parties.hospitalIds.includes(endpoint.hospitalId);
}

function visibleData(endpoint: DeliverableEndpoint, parties: CaseParties, prefix: string, event: RecordedEvent): { data: unknown; redacted: string[] } {
  if (PATIENT_CASE_PREFIXES.includes(prefix)) {
    const ownPatient = endpoint.hospitalId !== undefined && endpoint.hospitalId === parties.patientHospitalId;
    return ownPatient ? { data: event.data, redacted: [] } : withoutPatientDetails(event.data);
  }
  if (event.type === 'AttendanceRecorded' && endpoint.hospitalId !== undefined && endpoint.hospitalId !== parties.receivingHospitalId) {
    const { attendees: _attendees, ...rest } = event.data as Record<string, unknown>;
    return { data: rest, redacted: ['attendees'] };
  }
  return { data: event.data, redacted: [] };
}
