/**
 * Benchmark peer (npm run bench): a consultation request written the way Emmett's web API samples
 * write a shopping cart: the event and state with `evolve`, then the command and the pure function
 * that decides it. Only what the HTTP bench's request needs: one command, one event.
 */
import { IllegalStateError, ValidationError } from '@event-driven-io/emmett';

export const URGENCIES = ['routine', 'urgent'];
export const EXPERT_TITLES = ['resident-physician', 'attending-physician', 'associate-chief-physician', 'chief-physician'];
export const SEXES = ['female', 'male', 'other', 'unknown'];

/** @typedef {{ status: 'none' } | { status: 'requested', consultationId: string }} Consultation */

/** @returns {Consultation} */
export const initialState = () => ({ status: 'none' });

/** @param {Consultation} state */
export const evolve = (state, { type, data }) => {
  switch (type) {
    case 'ConsultationRequested':
      return { status: 'requested', consultationId: data.consultationId };
    default:
      return state;
  }
};

export const oneOf = (allowed, value, field) => {
  if (!allowed.includes(value)) throw new ValidationError(`${field} must be one of ${allowed.join(', ')}`);
  return value;
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const birthDateBefore = (birthDate, now) => {
  if (birthDate === undefined) return undefined;
  if (typeof birthDate !== 'string' || !CALENDAR_DATE.test(birthDate) || Number.isNaN(Date.parse(birthDate))) {
    throw new ValidationError('patient.birthDate must be a calendar date');
  }
  if (birthDate > now.toISOString().slice(0, 10)) throw new ValidationError('patient.birthDate lies in the future');
  return birthDate;
};

/**
 * RequestConsultation → ConsultationRequested, on a stream that must not exist yet.
 * @param {{ type: 'RequestConsultation', data: object, metadata: { now: Date } }} command
 * @param {Consultation} state
 */
export const requestConsultation = ({ data, metadata }, state) => {
  if (state.status !== 'none') throw new IllegalStateError(`consultation ${data.consultationId} was already requested`);
  if (data.consent.medical !== true || data.consent.dataSharing !== true) {
    throw new ValidationError('the patient must consent to the consultation and to sharing their data');
  }
  return {
    type: 'ConsultationRequested',
    data: {
      consultationId: data.consultationId,
      partnershipId: data.partnershipId,
      specialty: data.specialty,
      urgency: data.urgency,
      purpose: data.purpose,
      caseSummary: data.caseSummary,
      ...(data.requestedTitle !== undefined && { requestedTitle: data.requestedTitle }),
      patient: { ...data.patient, birthDate: birthDateBefore(data.patient.birthDate, metadata.now) },
      consent: { medical: true, dataSharing: true },
      requestedAt: metadata.now.toISOString(),
    },
  };
};
