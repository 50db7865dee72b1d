import { IllegalTransition, InvalidValue, type Decider } from '@telemed/domain/core';
import {
  TrainingPartnershipInactive,
  TrainingSessionAlreadyPlanned,
  TrainingSessionNotFound,
  TrainingSessionNotStartedYet,
} from './training.errors';
import { MAX_SESSION_POINTS, POINT_STEP, sessionMinutes } from './training.credits';
import {
  ATTENDEE_ROLES,
  CREDIT_CATEGORIES,
  PROFESSIONAL_TITLES,
  TRAINING_FORMATS,
  type TrainingCredits,
  evolve,
  initialState,
  type Attendee,
  type TrainingEvent,
  type TrainingFormat,
  type TrainingState,
  type TrainingStatus,
} from './training.events';

/** The facts about the partnership that the application layer loads before planning. */
export interface TrainingPartnershipFacts {
  partnershipId: string;
  givingHospitalId: string;
  receivingHospitalId: string;
  active: boolean;
}

export interface PlanTrainingSession {
  type: 'PlanTrainingSession';
  trainingSessionId: string;
  partnership: TrainingPartnershipFacts;
  pairingId?: string;
  title: string;
  /** Checked here rather than trusted: a format outside the list is refused. */
  format: TrainingFormat | string;
  start: string;
  end: string;
  trainerExpertIds: string[];
  /** Optional in the API; no audience means none named yet. */
  audienceDepartmentIds?: string[];
  /** The continuing-education credits the session awards, if any. */
  credits?: TrainingCredits;
  plannedBy: string;
  now: string;
}
export interface RescheduleTrainingSession {
  type: 'RescheduleTrainingSession';
  start: string;
  end: string;
  by: string;
  now: string;
}
export interface MarkTrainingSessionHeld {
  type: 'MarkTrainingSessionHeld';
  /** When the session took place; the planned start unless given. */
  heldAt?: string;
  recordedBy: string;
  now: string;
}
export interface RecordAttendance {
  type: 'RecordAttendance';
  attendees: Attendee[];
  recordedBy: string;
  now: string;
}
export interface CancelTrainingSession {
  type: 'CancelTrainingSession';
  reason: string;
  cancelledBy: string;
  now: string;
}

export type TrainingCommand =
  | PlanTrainingSession
  | RescheduleTrainingSession
  | MarkTrainingSessionHeld
  | RecordAttendance
  | CancelTrainingSession;

const AGGREGATE = 'training session';

export function planTrainingSession(command: PlanTrainingSession, state: TrainingState): TrainingEvent[] {
  if (state.status !== 'not-planned') throw new TrainingSessionAlreadyPlanned(state.trainingSessionId);
  const { partnership } = command;
  if (!partnership.active) throw new TrainingPartnershipInactive(partnership.partnershipId);
  requireText('title', command.title);
  if (!isFormat(command.format)) throw new InvalidValue('format', 'must be one of {values}', undefined, { values: TRAINING_FORMATS.join(', ') });
  requireSlot(command.start, command.end);
  const trainerExpertIds = distinct(command.trainerExpertIds);
  if (trainerExpertIds.length === 0 || trainerExpertIds.some(isBlank)) {
    throw new InvalidValue('trainerExpertIds', 'name at least one trainer, none blank');
  }
  const audienceDepartmentIds = distinct(command.audienceDepartmentIds ?? []);
  if (audienceDepartmentIds.some(isBlank)) {
    throw new InvalidValue('audienceDepartmentIds', 'must not contain a blank id');
  }
  if (command.credits !== undefined) requireCredits(command.credits);
  return [
    {
      type: 'TrainingSessionPlanned',
      data: {
        trainingSessionId: command.trainingSessionId,
        partnershipId: partnership.partnershipId,
        ...(command.pairingId !== undefined ? { pairingId: command.pairingId } : {}),
        givingHospitalId: partnership.givingHospitalId,
        receivingHospitalId: partnership.receivingHospitalId,
        title: command.title,
        format: command.format,
        start: command.start,
        end: command.end,
        trainerExpertIds,
        audienceDepartmentIds,
        ...(command.credits !== undefined ? { credits: { category: command.credits.category, points: command.credits.points } } : {}),
        plannedBy: command.plannedBy,
        plannedAt: command.now,
      },
    },
  ];
}

export function rescheduleTrainingSession(command: RescheduleTrainingSession, state: TrainingState): TrainingEvent[] {
  requireStatus(state, 'planned', 'reschedule');
  requireSlot(command.start, command.end);
  return [
    {
      type: 'TrainingSessionRescheduled',
      data: {
        trainingSessionId: state.trainingSessionId,
        previousStart: state.slot?.start ?? '',
        previousEnd: state.slot?.end ?? '',
        start: command.start,
        end: command.end,
        rescheduledBy: command.by,
        rescheduledAt: command.now,
      },
    },
  ];
}

export function markTrainingSessionHeld(command: MarkTrainingSessionHeld, state: TrainingState): TrainingEvent[] {
  requireStatus(state, 'planned', 'mark as held');
  const start = state.slot?.start ?? '';
  if (Date.parse(command.now) < Date.parse(start)) throw new TrainingSessionNotStartedYet(start);
  if (command.heldAt !== undefined && !isInstant(command.heldAt)) {
    throw new InvalidValue('heldAt', 'must be an ISO-8601 instant with an offset');
  }
  const { recordedBy, now: recordedAt } = command;
  const heldAt = command.heldAt ?? start;
  const trainingSessionId = state.trainingSessionId;
  return [{ type: 'TrainingSessionHeld', data: { trainingSessionId, heldAt, recordedBy, recordedAt } }];
}

export function recordAttendance(command: RecordAttendance, state: TrainingState): TrainingEvent[] {
  requireStatus(state, 'held', 'record attendance for');
  if (command.attendees.length === 0) throw new InvalidValue('attendees', 'name at least one attendee');
  const length = state.slot ? sessionMinutes(state.slot) : 0;
  command.attendees.forEach((attendee, index) => requireAttendee(attendee, index, length));
  // Attendance may be posted more than once; a person counts once per session, so only newcomers become facts.
  const newcomers = new Map<string, Attendee>();
  for (const { staffId, name, role, title, minutes } of command.attendees) {
    const id = staffId.trim();
    if (state.attendees[id] || newcomers.has(id)) continue;
    // Minutes at or beyond the session's length are the whole session: recorded as no minutes at all.
    const part = minutes !== undefined && minutes < length ? { minutes } : {};
    newcomers.set(id, { staffId: id, name, ...(role !== undefined && { role }), ...(title !== undefined && { title }), ...part });
  }
  if (newcomers.size === 0) return [];
  const { recordedBy, now: recordedAt } = command;
  const trainingSessionId = state.trainingSessionId;
  const attendees = [...newcomers.values()];
  return [{ type: 'AttendanceRecorded', data: { trainingSessionId, attendees, recordedBy, recordedAt } }];
}

export function cancelTrainingSession(command: CancelTrainingSession, state: TrainingState): TrainingEvent[] {
  requireStatus(state, 'planned', 'cancel');
  requireText('reason', command.reason);
  const { reason, cancelledBy, now: cancelledAt } = command;
  const trainingSessionId = state.trainingSessionId;
  return [{ type: 'TrainingSessionCancelled', data: { trainingSessionId, reason, cancelledBy, cancelledAt } }];
}

export function decide(command: TrainingCommand, state: TrainingState): TrainingEvent[] {
  switch (command.type) {
    case 'PlanTrainingSession':
      return planTrainingSession(command, state);
    case 'RescheduleTrainingSession':
      return rescheduleTrainingSession(command, state);
    case 'MarkTrainingSessionHeld':
      return markTrainingSessionHeld(command, state);
    case 'RecordAttendance':
      return recordAttendance(command, state);
    case 'CancelTrainingSession':
      return cancelTrainingSession(command, state);
  }
}

export const trainingDecider: Decider<TrainingCommand, TrainingEvent, TrainingState> = {
  decide,
  evolve,
  initialState,
};

function requireStatus(state: TrainingState, allowed: TrainingStatus, action: string): void {
  if (state.status === 'not-planned') throw new TrainingSessionNotFound();
  if (state.status !== allowed) throw new IllegalTransition(AGGREGATE, action, state.status);
}

function requireSlot(start: string, end: string): void {
  if (!isInstant(start)) throw new InvalidValue('start', 'must be an ISO-8601 instant with an offset');
  if (!isInstant(end)) throw new InvalidValue('end', 'must be an ISO-8601 instant with an offset');
  if (Date.parse(end) <= Date.parse(start)) throw new InvalidValue('end', 'must be after start');
}

function requireCredits(credits: TrainingCredits): void {
  if (!(CREDIT_CATEGORIES as readonly unknown[]).includes(credits.category)) {
    throw new InvalidValue('credits.category', 'must be one of {values}', undefined, { values: CREDIT_CATEGORIES.join(', ') });
  }
  const { points } = credits;
  if (typeof points !== 'number' || !(points > 0 && points <= MAX_SESSION_POINTS) || !Number.isInteger(points / POINT_STEP)) {
    throw new InvalidValue('credits.points', 'must be a positive multiple of {step}, at most {max}', undefined, {
      step: String(POINT_STEP),
      max: String(MAX_SESSION_POINTS),
    });
  }
}

/** An attendee names who they are; role and title come from the lists; minutes lie within the session. */
function requireAttendee(attendee: Attendee, index: number, length: number): void {
  if (isBlank(attendee.staffId)) throw new InvalidValue(`attendees[${index}].staffId`, 'must not be empty');
  if (attendee.role !== undefined && !(ATTENDEE_ROLES as readonly unknown[]).includes(attendee.role)) {
    throw new InvalidValue(`attendees[${index}].role`, 'must be one of {values}', undefined, { values: ATTENDEE_ROLES.join(', ') });
  }
  if (attendee.title !== undefined && !(PROFESSIONAL_TITLES as readonly unknown[]).includes(attendee.title)) {
    throw new InvalidValue(`attendees[${index}].title`, 'must be one of {values}', undefined, { values: PROFESSIONAL_TITLES.join(', ') });
  }
  const { minutes } = attendee;
  if (minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= length)) {
    throw new InvalidValue(`attendees[${index}].minutes`, 'must be whole minutes from 1 to the session length ({length})', 'attendance-beyond-session', {
      length: String(length),
    });
  }
}

function requireText(field: string, value: unknown): void {
  if (isBlank(value)) throw new InvalidValue(field, 'must not be empty');
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function isFormat(value: unknown): value is TrainingFormat {
  return (TRAINING_FORMATS as readonly unknown[]).includes(value);
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && Number.isFinite(Date.parse(value));
}
