import { beijingMonth } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';

type Data = Record<string, any>;

/** One consultation's turnaround, followed straight from its events. */
interface Followed {
  partnershipId: string;
  requestedAt: string;
  period: string;
  acceptDue?: string;
  answerDue?: string;
  acceptSeconds?: number;
  acceptedInTime?: boolean;
  answerSeconds?: number;
  answeredInTime?: boolean;
  pausedSince?: string;
  pausedMs: number;
  responseOverdue: boolean;
  opinionOverdue: boolean;
}

const ms = (instant: string) => Date.parse(instant);

/**
 * An independent recount of the turnaround figures, as the HTTP contract defines them: time to
 * accept runs from the request to the first response (accept or decline); time to answer from the
 * request to the signed opinion, less the time spent waiting for the clinician's answers; each is
 * in time when at or before its deadline as it then stood (an answer moves the answer deadline on).
 */
export function followTurnaround(events: RecordedEvent[]): Map<string, Followed> {
  const followed = new Map<string, Followed>();
  for (const { type, data } of events as Array<RecordedEvent<Data>>) {
    const consultation = followed.get(data.consultationId);
    switch (type) {
      case 'ConsultationRequested':
        followed.set(data.consultationId, {
          partnershipId: data.partnershipId,
          period: beijingMonth(data.requestedAt),
          acceptDue: data.clock?.acceptBy,
          answerDue: data.clock?.answerBy,
          pausedMs: 0,
          responseOverdue: false,
          opinionOverdue: false,
          requestedAt: data.requestedAt,
        });
        break;
      case 'ConsultationAccepted':
      case 'ConsultationDeclined': {
        if (!consultation || consultation.acceptSeconds !== undefined) break;
        const at = data.acceptedAt ?? data.declinedAt;
        consultation.acceptSeconds = Math.round((ms(at) - ms(consultation.requestedAt)) / 1000);
        if (consultation.acceptDue) consultation.acceptedInTime = ms(at) <= ms(consultation.acceptDue);
        break;
      }
      case 'ConsultationInformationRequested':
        if (consultation) consultation.pausedSince = data.askedAt;
        break;
      case 'ConsultationInformationProvided':
        if (!consultation?.pausedSince) break;
        consultation.pausedMs += ms(data.answeredAt) - ms(consultation.pausedSince);
        consultation.pausedSince = undefined;
        if (data.answerBy) consultation.answerDue = data.answerBy;
        break;
      case 'ConsultationOpinionSigned':
        if (!consultation || consultation.answerSeconds !== undefined) break;
        consultation.answerSeconds = Math.max(0, Math.round((ms(data.signedAt) - ms(consultation.requestedAt) - consultation.pausedMs) / 1000));
        if (consultation.answerDue) consultation.answeredInTime = ms(data.signedAt) <= ms(consultation.answerDue);
        break;
      case 'ConsultationResponseOverdue':
        if (consultation) consultation.responseOverdue = true;
        break;
      case 'ConsultationOpinionOverdue':
        if (consultation) consultation.opinionOverdue = true;
        break;
    }
  }
  return followed;
}

/** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

const inMinutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 6) / 10);

function stageFigures(seconds: Array<number | undefined>, inTime: Array<boolean | undefined>) {
  const measured = seconds.flatMap((value, index) => (value === undefined ? [] : [{ value, inTime: inTime[index] }]));
  const judged = measured.filter((entry) => entry.inTime !== undefined);
  return {
    count: measured.length,
    medianMinutes: inMinutes(nearestRank(measured.map((entry) => entry.value), 50)),
    p90Minutes: inMinutes(nearestRank(measured.map((entry) => entry.value), 90)),
    withinTarget: judged.length === 0 ? null : Math.round((judged.filter((entry) => entry.inTime).length / judged.length) * 1000) / 1000,
    withTarget: judged.length,
  };
}

/** The turnaround figures of a set of consultations, shaped as `GET /v1/stats/turnaround` answers them. */
export function turnaroundFigures(consultations: Followed[]) {
  return {
    consultations: consultations.length,
    accept: stageFigures(consultations.map((c) => c.acceptSeconds), consultations.map((c) => c.acceptedInTime)),
    answer: stageFigures(consultations.map((c) => c.answerSeconds), consultations.map((c) => c.answeredInTime)),
    overdue: { response: consultations.filter((c) => c.responseOverdue).length, opinion: consultations.filter((c) => c.opinionOverdue).length },
  };
}
