import { arrayOf, calendarDate, flag, id, instant, listOf, named, nullable, object, oneOf, pageOf, text } from '../http/openapi/response-schema';

/** A hospital as other answers name it. */
export const HOSPITAL_NAME = named(
  'HospitalName',
  object({ id: id(), name: text('the registered (English) name'), nameZh: nullable(text('the Chinese name, when registered')) }),
);

const DEPARTMENT = object({ id: id(), name: text(), specialty: text() });

export const HOSPITAL = named(
  'Hospital',
  object({
    id: id(),
    name: text(),
    nameZh: nullable(text()),
    region: text(),
    timezone: text('IANA time zone, `Asia/Shanghai`'),
    workingHours: object({ start: text('local `HH:mm`'), end: text('local `HH:mm`') }),
    departments: arrayOf(DEPARTMENT),
    registeredAt: instant(),
  }),
);
export const HOSPITAL_LIST = named('HospitalList', listOf(HOSPITAL));

const PAIRING = named(
  'Pairing',
  object({
    id: id(),
    givingDepartmentId: id(),
    givingSpecialty: text(),
    receivingDepartmentId: id(),
    receivingSpecialty: text(),
    givingDepartment: DEPARTMENT,
    receivingDepartment: DEPARTMENT,
    pairedAt: instant(),
  }),
);

export const PARTNERSHIP = named(
  'Partnership',
  object({
    id: id(),
    givingHospitalId: id(),
    receivingHospitalId: id(),
    givingHospital: HOSPITAL_NAME,
    receivingHospital: HOSPITAL_NAME,
    programme: oneOf(['group-aid', 'medical-consortium', 'specialist-alliance', 'other']),
    validFrom: calendarDate(),
    validUntil: nullable(calendarDate()),
    active: flag('whether today falls within validFrom..validUntil'),
    establishedAt: instant(),
    pairings: arrayOf(PAIRING),
  }),
);
export const PARTNERSHIP_PAGE = named('PartnershipPage', pageOf(PARTNERSHIP));

export const EXPERT = named(
  'Expert',
  object({
    id: id(),
    name: text(),
    hospitalId: id(),
    departmentId: id(),
    specialty: text(),
    title: text(),
    licensedSince: calendarDate(),
    registeredAt: instant(),
  }),
);

export const EXPERT_LISTING = named(
  'ExpertListing',
  object({
    id: id(),
    name: text(),
    title: text(),
    specialty: text(),
    hospital: HOSPITAL_NAME,
    department: object({ id: id(), name: text() }),
  }),
);
export const EXPERT_PAGE = named('ExpertPage', pageOf(EXPERT_LISTING));

const LOCAL_SLOT = object(
  { hospitalId: id(), timezone: text(), start: instant('in that hospital’s offset'), end: instant('in that hospital’s offset') },
  'the slot in one hospital’s local time',
);

export const EXPERT_SCHEDULE = named(
  'ExpertSchedule',
  object({
    expertId: id(),
    timezone: text("the expert's hospital's time zone"),
    from: instant(),
    to: instant(),
    bookings: arrayOf(
      object({
        bookingId: id('the consultation, case review or training session'),
        activity: oneOf(['consultation', 'case-review', 'training']),
        start: instant(),
        end: instant(),
        expertLocal: LOCAL_SLOT,
        counterpartLocal: nullable(LOCAL_SLOT),
        warnings: arrayOf(text(), 'why the slot may be inconvenient: outside either hospital’s working hours'),
      }),
    ),
    freeSlots: arrayOf(object({ start: instant(), end: instant(), expertLocal: LOCAL_SLOT })),
  }),
);
