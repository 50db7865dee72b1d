import { beijingMonth } from '@telemed/domain/core';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';

type Data = Record<string, any>;

/** Counts per partnership and Beijing-time month, recounted straight from the raw log. */
export type Recount = Map<string, Map<string, Record<string, number>>>;

export async function readWholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after = 0n;
  for (;;) {
    const slice = await store.readAll({ after, maxCount: 5000 });
    events.push(...slice.events);
    if (slice.events.length === 0 || slice.scannedUpTo <= after) return events;
    after = slice.scannedUpTo;
  }
}

/**
 * An independent recount: it shares no code with the projections, only the meaning of the
 * counts in the HTTP contract (events by their business time, periods in Beijing time).
 */
export function recount(events: RecordedEvent[]): Recount {
  const partnershipOf = new Map<string, string>();
  const heldAt = new Map<string, string>();
  const attendees = new Map<string, Set<string>>();
  const result: Recount = new Map();
  const add = (partnershipId: string, at: string, key: string, amount = 1) => {
    const months = result.get(partnershipId) ?? new Map<string, Record<string, number>>();
    result.set(partnershipId, months);
    const period = beijingMonth(at);
    const counts = months.get(period) ?? {};
    months.set(period, counts);
    counts[key] = (counts[key] ?? 0) + amount;
  };
  for (const { type, data } of events as Array<RecordedEvent<Data>>) {
    switch (type) {
      case 'ConsultationRequested':
        partnershipOf.set(data.consultationId, data.partnershipId);
        add(data.partnershipId, data.requestedAt, 'consultations.requested');
        break;
      case 'ConsultationOpinionSigned':
        add(partnershipOf.get(data.consultationId)!, data.signedAt, 'consultations.completed');
        break;
      case 'ConsultationDeclined':
        add(partnershipOf.get(data.consultationId)!, data.declinedAt, 'consultations.declined');
        break;
      case 'ConsultationCancelled':
        add(partnershipOf.get(data.consultationId)!, data.cancelledAt, 'consultations.cancelled');
        break;
      // A missed deadline counts in the month it fell due.
      case 'ConsultationResponseOverdue':
        add(partnershipOf.get(data.consultationId)!, data.dueAt, 'consultations.responseOverdue');
        break;
      case 'ConsultationOpinionOverdue':
        add(partnershipOf.get(data.consultationId)!, data.dueAt, 'consultations.opinionOverdue');
        break;
      case 'ConsultationFeedbackGiven':
        add(partnershipOf.get(data.consultationId)!, data.givenAt, `feedback.usefulness-${data.usefulness}`);
        break;
      case 'ConsultationMaterialAttached':
      case 'CaseReviewMaterialAttached':
        add(partnershipOf.get(data.consultationId ?? data.caseReviewId)!, data.attachedAt, data.file ? 'materials.files' : 'materials.dicomStudies');
        break;
      case 'CaseReviewRequested':
        partnershipOf.set(data.caseReviewId, data.partnershipId);
        add(data.partnershipId, data.requestedAt, 'caseReviews.requested');
        break;
      case 'CaseReviewConcluded':
        add(partnershipOf.get(data.caseReviewId)!, data.concludedAt, 'caseReviews.concluded');
        break;
      case 'CaseReviewCancelled':
        add(partnershipOf.get(data.caseReviewId)!, data.cancelledAt, 'caseReviews.cancelled');
        break;
      case 'CaseReviewResponseOverdue':
        add(partnershipOf.get(data.caseReviewId)!, data.dueAt, 'caseReviews.responseOverdue');
        break;
      case 'CaseReviewConclusionOverdue':
        add(partnershipOf.get(data.caseReviewId)!, data.dueAt, 'caseReviews.conclusionOverdue');
        break;
      case 'TrainingSessionPlanned':
        partnershipOf.set(data.trainingSessionId, data.partnershipId);
        break;
      case 'TrainingSessionHeld':
        heldAt.set(data.trainingSessionId, data.heldAt);
        add(partnershipOf.get(data.trainingSessionId)!, data.heldAt, 'training.sessionsHeld');
        break;
      case 'AttendanceRecorded': {
        const seen = attendees.get(data.trainingSessionId) ?? new Set<string>();
        attendees.set(data.trainingSessionId, seen);
        for (const attendee of data.attendees as Array<{ staffId: string }>) seen.add(attendee.staffId);
        break;
      }
    }
  }
  for (const [sessionId, seen] of attendees) {
    add(partnershipOf.get(sessionId)!, heldAt.get(sessionId)!, 'training.personTimes', seen.size);
  }
  return result;
}

/** The same figures as the stats API answers them: totals and a series of months. */
export function asStatsSeries(months: Map<string, Record<string, number>> | undefined) {
  const section = (counts: Record<string, number>) => ({
    consultations: {
      requested: counts['consultations.requested'] ?? 0,
      completed: counts['consultations.completed'] ?? 0,
      declined: counts['consultations.declined'] ?? 0,
      cancelled: counts['consultations.cancelled'] ?? 0,
      responseOverdue: counts['consultations.responseOverdue'] ?? 0,
      opinionOverdue: counts['consultations.opinionOverdue'] ?? 0,
    },
    feedback: {
      given: [1, 2, 3, 4, 5].reduce((sum, score) => sum + (counts[`feedback.usefulness-${score}`] ?? 0), 0),
      usefulness: Object.fromEntries([1, 2, 3, 4, 5].map((score) => [String(score), counts[`feedback.usefulness-${score}`] ?? 0])),
    },
    caseReviews: {
      requested: counts['caseReviews.requested'] ?? 0,
      concluded: counts['caseReviews.concluded'] ?? 0,
      cancelled: counts['caseReviews.cancelled'] ?? 0,
      responseOverdue: counts['caseReviews.responseOverdue'] ?? 0,
      conclusionOverdue: counts['caseReviews.conclusionOverdue'] ?? 0,
    },
    training: { sessionsHeld: counts['training.sessionsHeld'] ?? 0, personTimes: counts['training.personTimes'] ?? 0 },
    materials: {
      attached: (counts['materials.files'] ?? 0) + (counts['materials.dicomStudies'] ?? 0),
      files: counts['materials.files'] ?? 0,
      dicomStudies: counts['materials.dicomStudies'] ?? 0,
    },
  });
  const periods = [...(months?.keys() ?? [])].sort();
  const totals: Record<string, number> = {};
  for (const counts of months?.values() ?? []) {
    for (const [key, value] of Object.entries(counts)) totals[key] = (totals[key] ?? 0) + value;
  }
  return { ...section(totals), series: periods.map((period) => ({ period, label: monthNames(period), ...section(months!.get(period)!) })) };
}

/** A month's names as a reader of the report writes them: 2024年3月, March 2024. */
function monthNames(period: string): { zh: string; en: string } {
  const [year, month] = period.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1, 1));
  return { zh: `${year}年${month}月`, en: `${first.toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${year}` };
}

/** The recount of the whole programme: every partnership's months added together. */
export function recountOverall(events: RecordedEvent[]): Map<string, Record<string, number>> {
  const all = new Map<string, Record<string, number>>();
  for (const months of recount(events).values()) {
    for (const [period, counts] of months) {
      const merged = all.get(period) ?? {};
      for (const [key, value] of Object.entries(counts)) merged[key] = (merged[key] ?? 0) + value;
      all.set(period, merged);
    }
  }
  return all;
}
