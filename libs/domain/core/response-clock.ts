import { InvalidValue } from './domain-error';
import { addMinutes, type WorkingCalendar } from './working-time';

/** How pressing a request is: the agreement sets response targets for each. */
export const URGENCIES = ['routine', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The agreement's response target for a request's urgency, and the working time it counts in, if only that. */
export interface ClockTerms {
  agreementId: string;
  acceptMinutes: number;
  answerMinutes: number;
  workingTime?: WorkingCalendar;
}

/**
 * The response clock a request was made under: the agreement's targets for its urgency, the
 * deadlines they give, and the receiving hospital's working time when the agreement counts only that.
 */
export interface ResponseClock {
  agreementId: string;
  acceptMinutes: number;
  answerMinutes: number;
  acceptBy: string;
  answerBy: string;
  workingTime?: WorkingCalendar;
}

/** To accept (the invited party takes the request on) and to answer (the opinion or conclusion is given). */
export type DeadlineKind = 'accept' | 'answer';
export const DEADLINE_KINDS: readonly DeadlineKind[] = ['accept', 'answer'];

/** One deadline as it stands: when it falls due, and whether it was met or passed. */
export interface Deadline {
  due: string;
  metAt?: string;
  overdueAt?: string;
}

export interface Deadlines {
  accept: Deadline;
  answer: Deadline;
  workingTime?: WorkingCalendar;
}

/** The clock a request made `now` under `terms` runs on; targets must be positive whole minutes. */
export function startResponseClock(terms: ClockTerms, now: string): ResponseClock {
  for (const field of ['acceptMinutes', 'answerMinutes'] as const) {
    if (!Number.isInteger(terms[field]) || terms[field] <= 0) throw new InvalidValue(`responseTargets.${field}`, 'must be a positive whole number of minutes');
  }
  return {
    agreementId: terms.agreementId,
    acceptMinutes: terms.acceptMinutes,
    answerMinutes: terms.answerMinutes,
    acceptBy: addMinutes(now, terms.acceptMinutes, terms.workingTime),
    answerBy: addMinutes(now, terms.answerMinutes, terms.workingTime),
    ...(terms.workingTime && { workingTime: terms.workingTime }),
  };
}

/** The two deadlines a recorded clock sets running. */
export function deadlinesOf(clock: ResponseClock): Deadlines {
  return {
    accept: { due: clock.acceptBy },
    answer: { due: clock.answerBy },
    ...(clock.workingTime && { workingTime: clock.workingTime }),
  };
}

/** The deadline met at `at`; the first meeting counts, a later one changes nothing. */
export function meetDeadline(deadlines: Deadlines | undefined, kind: DeadlineKind, at: string): Deadlines | undefined {
  if (!deadlines || deadlines[kind].metAt) return deadlines;
  return { ...deadlines, [kind]: { ...deadlines[kind], metAt: at } };
}

export function markDeadlineOverdue(deadlines: Deadlines | undefined, kind: DeadlineKind, at: string): Deadlines | undefined {
  if (!deadlines) return deadlines;
  return { ...deadlines, [kind]: { ...deadlines[kind], overdueAt: at } };
}

/** Whether the deadline has passed by `now` with neither a meeting nor an overdue record: the one moment to record it. */
export function passedUnrecorded(deadline: Deadline, now: string): boolean {
  return !deadline.metAt && !deadline.overdueAt && Date.parse(deadline.due) <= Date.parse(now);
}
