import { FURTHER_STUDY_KINDS, FURTHER_STUDY_STATUSES } from '@telemed/domain/further-study';
import { calendarDate, id, instant, named, object, oneOf, optional, pageOf, position, text } from '../http/openapi/response-schema';

export const FURTHER_STUDY = named(
  'FurtherStudy',
  object({
    id: id(),
    status: oneOf(FURTHER_STUDY_STATUSES),
    kind: oneOf(FURTHER_STUDY_KINDS),
    partnershipId: id(),
    givingHospitalId: id(),
    receivingHospitalId: id(),
    person: object({ staffId: text(), name: text(), title: optional(text()) }),
    hostDepartmentId: id(),
    start: calendarDate(),
    plannedEnd: calendarDate(),
    endedOn: optional(calendarDate()),
    certificate: optional(text()),
    withdrawalReason: optional(text()),
    startedBy: text(),
    startedAt: instant(),
    updatedAt: instant(),
    position: position('the position of the last event applied to this view'),
  }),
);
export const FURTHER_STUDY_PAGE = named('FurtherStudyPage', pageOf(FURTHER_STUDY));
