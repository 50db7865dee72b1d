import { addMinutes, Decider, IllegalTransition, InvalidValue, minutesBetween, passedUnrecorded, startResponseClock, TimeSlot, durationMinutes, requireBirthDate, type ClockTerms } from '@telemed/domain/core';
import { answersFor, isExpertTitle, isInstant, OutsideSpecialty, titleRank, type ExpertPractice, type ExpertTitle } from '@telemed/domain/expert';
import {
  ActiveConsultation,
  ConsultationEvent,
  ConsultationState,
  DECLINE_REASON_CODES,
  DeclineReasonCode,
  DeadlineKind,
  PatientConsent,
  PatientDetails,
  Urgency,
  evolveConsultation,
  initialConsultationState,
} from './consultation.events';
import {
  FeedbackAlreadyGiven,
  NotAssignedExpert,
  NotRequestingClinician,
  NotGivingHospital,
  NotRequestedExpert,
  NotReceivingHospital,
  PartnershipInactive,
  SpecialtyNotCovered,
  TitleBelowRequested,
} from './consultation.errors';

/** Longest slot a consultation may be booked for. */
export const MAX_CONSULTATION_MINUTES = 12 * 60;

/** What the application layer knows of the partnership when a consultation is requested. */
export interface PartnershipFacts {
  partnershipId: string;
  givingHospitalId: string;
  receivingHospitalId: string;
  active: boolean;
  /** The department pairing that covers the requested specialty, if any. */
  pairingId?: string;
}

/** The expert as registered: where they work, their title and what they practise. */
export interface ExpertFacts extends ExpertPractice {
  hospitalId: string;
  title: ExpertTitle;
}

export type { ClockTerms } from '@telemed/domain/core';

export type RequestConsultation = {
  type: 'RequestConsultation';
  consultationId: string;
  partnership: PartnershipFacts;
  requestingHospitalId: string;
  specialty: string;
  urgency: Urgency;
  purpose: string;
  caseSummary: string;
  requestedTitle?: ExpertTitle;
  /** The expert the request is addressed to (点名会诊), as read from their own stream. */
  requestedExpert?: ExpertFacts;
  patient: PatientDetails;
  consent: PatientConsent;
  requestedBy: string;
  /** Absent when the agreement in force sets no response targets. */
  clock?: ClockTerms;
  now: string;
};
export type AcceptConsultation = {
  type: 'AcceptConsultation';
  expert: ExpertFacts;
  /** The giving department of the consultation's pairing: its experts answer for it, whatever their specialty. */
  pairedDepartmentIds: string[];
  acceptedBy: string;
  now: string;
};
export type DeclineConsultation = {
  type: 'DeclineConsultation';
  reasonCode: DeclineReasonCode;
  reason: string;
  declinedBy: string;
  now: string;
};
export type ScheduleConsultation = {
  type: 'ScheduleConsultation';
  slot: TimeSlot;
  scheduledBy: string;
  now: string;
};
export type StartConsultation = { type: 'StartConsultation'; startedBy: string; now: string };
export type SignOpinion = {
  type: 'SignOpinion';
  expertId: string;
  opinion: string;
  recommendations?: string;
  signedBy: string;
  now: string;
};
export type CancelConsultation = { type: 'CancelConsultation'; reason: string; cancelledBy: string; now: string };
export type RequestInformation = {
  type: 'RequestInformation';
  questionId: string;
  expertId: string;
  question: string;
  now: string;
};
export type ProvideInformation = { type: 'ProvideInformation'; answer: string; answeredBy: string; now: string };
/** Asked by whatever watches the deadlines; a deadline met, paused, already overdue or not yet due records nothing. */
export type RecordOverdue = { type: 'RecordOverdue'; deadline: DeadlineKind; now: string };
export type GiveFeedback = { type: 'GiveFeedback'; usefulness: number; comment?: string; givenBy: string; now: string };

export type ConsultationCommand =
  | RequestConsultation
  | AcceptConsultation
  | DeclineConsultation
  | ScheduleConsultation
  | StartConsultation
  | SignOpinion
  | CancelConsultation
  | RequestInformation
  | ProvideInformation
  | RecordOverdue
  | GiveFeedback;

function requireText(field: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new InvalidValue(field, 'must not be empty');
  return value;
}

function existing(state: ConsultationState, action: string): ActiveConsultation {
  if (state.status === 'none') throw new IllegalTransition('consultation', action, 'not requested');
  return state;
}

/** What a consultation must have gone through before it can take each step: said in the refusal. */
const NEEDS_FIRST: Partial<Record<ActiveConsultation['status'], string>> = {
  requested: 'it must be accepted first',
  accepted: 'it must be scheduled first',
  scheduled: 'it must be started first',
};

function inStatus(state: ConsultationState, action: string, ...allowed: ActiveConsultation['status'][]) {
  const consultation = existing(state, action);
  if (!allowed.includes(consultation.status)) {
    const stillAhead = FLOW.indexOf(consultation.status) < Math.min(...allowed.map((status) => FLOW.indexOf(status)));
    throw new IllegalTransition('consultation', action, consultation.status, stillAhead ? NEEDS_FIRST[consultation.status] : undefined);
  }
  return consultation;
}

const FLOW: ActiveConsultation['status'][] = ['requested', 'accepted', 'information-requested', 'scheduled', 'in-progress', 'completed'];

export function request(command: RequestConsultation, state: ConsultationState): ConsultationEvent[] {
  if (state.status !== 'none') throw new IllegalTransition('consultation', 'request', state.status);
  const { partnership } = command;
  if (command.requestingHospitalId !== partnership.receivingHospitalId) {
    throw new NotReceivingHospital(command.requestingHospitalId, partnership.partnershipId);
  }
  if (!partnership.active) throw new PartnershipInactive(partnership.partnershipId, command.now);
  requireText('specialty', command.specialty);
  if (command.requestedTitle !== undefined && !isExpertTitle(command.requestedTitle)) {
    throw new InvalidValue('requestedTitle', 'is not a known expert title');
  }
  if (partnership.pairingId === undefined) throw new SpecialtyNotCovered(partnership.partnershipId, command.specialty);
  const { requestedExpert } = command;
  if (requestedExpert && requestedExpert.hospitalId !== partnership.givingHospitalId) {
    throw new InvalidValue('requestedExpertId', 'is not an expert of the giving hospital', 'not-giving-hospital');
  }
  if (command.consent.medical !== true) throw new InvalidValue('consent.medical', 'the patient must consent to the consultation', 'consent-required');
  if (command.consent.dataSharing !== true) {
    throw new InvalidValue('consent.dataSharing', 'the patient must consent to sharing their data with the invited hospital', 'consent-required');
  }
  requireBirthDate('patient.birthDate', command.patient.birthDate, command.now);
  return [
    {
      type: 'ConsultationRequested',
      data: {
        consultationId: command.consultationId,
        partnershipId: partnership.partnershipId,
        pairingId: partnership.pairingId,
        requestingHospitalId: command.requestingHospitalId,
        givingHospitalId: partnership.givingHospitalId,
        specialty: command.specialty,
        urgency: command.urgency,
        purpose: requireText('purpose', command.purpose),
        caseSummary: requireText('caseSummary', command.caseSummary),
        ...(command.requestedTitle !== undefined && { requestedTitle: command.requestedTitle }),
        ...(requestedExpert && { requestedExpertId: requestedExpert.expertId }),
        patient: { ...command.patient, reference: requireText('patient.reference', command.patient.reference) },
        consent: { medical: true, dataSharing: true },
        requestedBy: command.requestedBy,
        requestedAt: command.now,
        ...(command.clock && { clock: startResponseClock(command.clock, command.now) }),
      },
    },
  ];
}

export function accept(command: AcceptConsultation, state: ConsultationState): ConsultationEvent[] {
  const consultation = inStatus(state, 'accept', 'requested');
  const { expert } = command;
  if (consultation.requestedExpertId !== undefined && expert.expertId !== consultation.requestedExpertId) {
    throw new NotRequestedExpert(expert.expertId, consultation.requestedExpertId);
  }
  if (expert.hospitalId !== consultation.givingHospitalId) throw new NotGivingHospital(expert.expertId);
  if (!answersFor(expert, [consultation.specialty], command.pairedDepartmentIds)) {
    throw new OutsideSpecialty(expert.expertId, expert.specialty, [consultation.specialty]);
  }
  if (consultation.requestedTitle && titleRank(expert.title) < titleRank(consultation.requestedTitle as ExpertTitle)) {
    throw new TitleBelowRequested(expert.title, consultation.requestedTitle);
  }
  return [
    {
      type: 'ConsultationAccepted',
      data: { consultationId: consultation.consultationId, expertId: expert.expertId, acceptedBy: command.acceptedBy, acceptedAt: command.now },
    },
  ];
}

export function decline(command: DeclineConsultation, state: ConsultationState): ConsultationEvent[] {
  const consultation = inStatus(state, 'decline', 'requested');
  if (!DECLINE_REASON_CODES.includes(command.reasonCode)) {
    throw new InvalidValue('reasonCode', 'must be one of {values}', undefined, { values: DECLINE_REASON_CODES.join(', ') });
  }
  return [
    {
      type: 'ConsultationDeclined',
      data: {
        consultationId: consultation.consultationId,
        reasonCode: command.reasonCode,
        reason: requireText('reason', command.reason),
        declinedBy: command.declinedBy,
        declinedAt: command.now,
      },
    },
  ];
}

function validSlot(slot: TimeSlot, now: string): TimeSlot {
  if (!isInstant(slot.start)) throw new InvalidValue('start', 'must be an ISO-8601 instant with an offset');
  if (!isInstant(slot.end)) throw new InvalidValue('end', 'must be an ISO-8601 instant with an offset');
  const start = Date.parse(slot.start);
  const end = Date.parse(slot.end);
  if (end <= start) throw new InvalidValue('end', 'must be after start');
  if (start < Date.parse(now)) throw new InvalidValue('start', 'must not be in the past', 'start-in-past');
  if (durationMinutes(slot) > MAX_CONSULTATION_MINUTES) {
    throw new InvalidValue('end', 'a consultation lasts at most {hours} hours', 'slot-too-long', { hours: MAX_CONSULTATION_MINUTES / 60 });
  }
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

export function schedule(command: ScheduleConsultation, state: ConsultationState): ConsultationEvent[] {
  const consultation = inStatus(state, 'schedule', 'accepted', 'scheduled');
  const previous = consultation.slot;
  if (
    previous &&
    isInstant(command.slot.start) &&
    isInstant(command.slot.end) &&
    Date.parse(previous.start) === Date.parse(command.slot.start) &&
    Date.parse(previous.end) === Date.parse(command.slot.end)
  ) {
    return [];
  }
  const slot = validSlot(command.slot, command.now);
  const expertId = consultation.expertId!;
  if (consultation.status === 'accepted') {
    return [
      {
        type: 'ConsultationScheduled',
        data: { consultationId: consultation.consultationId, expertId, ...slot, scheduledBy: command.scheduledBy, scheduledAt: command.now },
      },
    ];
  }
  return [
    {
      type: 'ConsultationRescheduled',
      data: {
        consultationId: consultation.consultationId,
        expertId,
        previousStart: previous!.start,
        previousEnd: previous!.end,
        ...slot,
        rescheduledBy: command.scheduledBy,
        rescheduledAt: command.now,
      },
    },
  ];
}

export function start(command: StartConsultation, state: ConsultationState): ConsultationEvent[] {
  const consultation = inStatus(state, 'start', 'scheduled');
  return [
    {
      type: 'ConsultationStarted',
      data: { consultationId: consultation.consultationId, startedBy: command.startedBy, startedAt: command.now },
    },
  ];
}

export function signOpinion(command: SignOpinion, state: ConsultationState): ConsultationEvent[] {
  const consultation = inStatus(state, 'sign the opinion of', 'in-progress');
  if (command.expertId !== consultation.expertId) throw new NotAssignedExpert(command.expertId);
  return [
    {
      type: 'ConsultationOpinionSigned',
      data: {
        consultationId: consultation.consultationId,
        expertId: command.expertId,
        opinion: requireText('opinion', command.opinion),
        ...(command.recommendations !== undefined && { recommendations: command.recommendations }),
        signedBy: command.signedBy,
        signedAt: command.now,
      },
    },
  ];
}

export function cancel(command: CancelConsultation, state: ConsultationState): ConsultationEvent[] {
  const consultation = inStatus(state, 'cancel', 'requested', 'accepted', 'information-requested', 'scheduled', 'in-progress');
  return [
    {
      type: 'ConsultationCancelled',
      data: {
        consultationId: consultation.consultationId,
        reason: requireText('reason', command.reason),
        previousStatus: consultation.status,
        cancelledBy: command.cancelledBy,
        cancelledAt: command.now,
      },
    },
  ];
}

export function requestInformation(command: RequestInformation, state: ConsultationState): ConsultationEvent[] {
  const consultation = inStatus(state, 'ask a question about', 'accepted', 'scheduled', 'in-progress');
  if (command.expertId !== consultation.expertId) throw new NotAssignedExpert(command.expertId);
  return [
    {
      type: 'ConsultationInformationRequested',
      data: {
        consultationId: consultation.consultationId,
        questionId: command.questionId,
        question: requireText('question', command.question),
        previousStatus: consultation.status,
        askedBy: command.expertId,
        askedAt: command.now,
      },
    },
  ];
}

/**
 * The answer resumes the consultation where it was. A running answer deadline is moved on by what
 * was left of it when the question was asked (in working time, when the clock counts only that).
 */
export function provideInformation(command: ProvideInformation, state: ConsultationState): ConsultationEvent[] {
  const consultation = inStatus(state, 'answer a question about', 'information-requested');
  if (command.answeredBy !== consultation.requestedBy) throw new NotRequestingClinician(command.answeredBy);
  const question = consultation.openQuestion!;
  const { deadlines } = consultation;
  const running = deadlines && !deadlines.answer.metAt && !deadlines.answer.overdueAt && deadlines.answer.due > question.askedAt;
  const answerBy = running
    ? addMinutes(command.now, minutesBetween(question.askedAt, deadlines.answer.due, deadlines.workingTime), deadlines.workingTime)
    : undefined;
  return [
    {
      type: 'ConsultationInformationProvided',
      data: {
        consultationId: consultation.consultationId,
        questionId: question.questionId,
        answer: requireText('answer', command.answer),
        resumedStatus: question.previousStatus,
        ...(answerBy && { answerBy }),
        answeredBy: command.answeredBy,
        answeredAt: command.now,
      },
    },
  ];
}

/** Which statuses a deadline runs in: the accept-by until an expert answers, the answer-by until the opinion is signed. */
const RUNS_IN: Record<DeadlineKind, ActiveConsultation['status'][]> = {
  accept: ['requested'],
  answer: ['requested', 'accepted', 'scheduled', 'in-progress'],
};

export function recordOverdue(command: RecordOverdue, state: ConsultationState): ConsultationEvent[] {
  if (state.status === 'none' || !state.deadlines || !RUNS_IN[command.deadline].includes(state.status)) return [];
  const deadline = state.deadlines[command.deadline];
  if (!passedUnrecorded(deadline, command.now)) return [];
  const data = { consultationId: state.consultationId, dueAt: deadline.due, recordedAt: command.now };
  return [command.deadline === 'accept' ? { type: 'ConsultationResponseOverdue', data } : { type: 'ConsultationOpinionOverdue', data }];
}

export function giveFeedback(command: GiveFeedback, state: ConsultationState): ConsultationEvent[] {
  const consultation = inStatus(state, 'give feedback on', 'completed');
  if (command.givenBy !== consultation.requestedBy) throw new NotRequestingClinician(command.givenBy);
  if (consultation.feedbackGiven) throw new FeedbackAlreadyGiven(consultation.consultationId);
  if (!Number.isInteger(command.usefulness) || command.usefulness < 1 || command.usefulness > 5) {
    throw new InvalidValue('usefulness', 'must be a whole number from {min} to {max}', undefined, { min: 1, max: 5 });
  }
  return [
    {
      type: 'ConsultationFeedbackGiven',
      data: {
        consultationId: consultation.consultationId,
        usefulness: command.usefulness,
        ...(command.comment !== undefined && command.comment.trim() !== '' && { comment: command.comment }),
        givenBy: command.givenBy,
        givenAt: command.now,
      },
    },
  ];
}

export function decideConsultation(command: ConsultationCommand, state: ConsultationState): ConsultationEvent[] {
  switch (command.type) {
    case 'RequestConsultation':
      return request(command, state);
    case 'AcceptConsultation':
      return accept(command, state);
    case 'DeclineConsultation':
      return decline(command, state);
    case 'ScheduleConsultation':
      return schedule(command, state);
    case 'StartConsultation':
      return start(command, state);
    case 'SignOpinion':
      return signOpinion(command, state);
    case 'CancelConsultation':
      return cancel(command, state);
    case 'RequestInformation':
      return requestInformation(command, state);
    case 'ProvideInformation':
      return provideInformation(command, state);
    case 'RecordOverdue':
      return recordOverdue(command, state);
    case 'GiveFeedback':
      return giveFeedback(command, state);
  }
}

export const consultationDecider: Decider<ConsultationCommand, ConsultationEvent, ConsultationState> = {
  decide: decideConsultation,
  evolve: evolveConsultation,
  initialState: initialConsultationState,
};
