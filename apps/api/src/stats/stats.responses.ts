import { arrayOf, decimal, id, instant, integer, named, nullable, object, optional, text } from '../http/openapi/response-schema';
import { HOSPITAL_NAME } from '../network/network.responses';

/** A label in both languages; where only one name was registered, it stands for both. */
export const LABEL = named('Label', object({ zh: text(), en: text() }));

const COUNTS = {
  consultations: object({
    requested: integer(),
    completed: integer(),
    declined: integer(),
    cancelled: integer(),
    responseOverdue: integer('accept-by deadlines recorded overdue'),
    opinionOverdue: integer('answer-by deadlines recorded overdue'),
  }),
  feedback: object(
    {
      given: integer('ratings of signed opinions'),
      usefulness: object({ '1': integer(), '2': integer(), '3': integer(), '4': integer(), '5': integer() }, 'how many ratings gave each score'),
    },
    "the requesting clinicians' ratings of signed opinions",
  ),
  caseReviews: object({
    requested: integer(),
    concluded: integer(),
    cancelled: integer(),
    responseOverdue: integer('accept-by deadlines recorded overdue: no invited expert accepted in time'),
    conclusionOverdue: integer('answer-by deadlines recorded overdue: the panel did not conclude in time'),
  }),
  training: object({ sessionsHeld: integer(), personTimes: integer() }),
  materials: object(
    { attached: integer('files and imaging study references together'), files: integer('files uploaded'), dicomStudies: integer('imaging studies referenced') },
    'case materials attached to consultations and case reviews, in the month attached',
  ),
};

const DEPARTMENT_NAME = object({ id: id(), name: text() });

/** The fields that name a group of a series. */
const GROUP_FIELDS = {
  label: LABEL,
  period: optional(text('by month or year: `2024-05` or `2024`, in Beijing time')),
  hospitalId: optional(id('by receivingHospital or givingHospital')),
  hospital: optional(HOSPITAL_NAME),
  pairingId: optional(nullable(id('by pairing; null for what no pairing covers'))),
  givingDepartment: optional(nullable(DEPARTMENT_NAME)),
  receivingDepartment: optional(nullable(DEPARTMENT_NAME)),
};

const SERIES_ENTRY = named(
  'StatsSeriesEntry',
  object(
    {
      ...GROUP_FIELDS,
      ...COUNTS,
    },
    'the counts of one group, with the fields that name it',
  ),
);

const STATS = {
  from: optional(instant('the start asked for, as an instant')),
  to: optional(instant('the end asked for (exclusive), as an instant')),
  ...COUNTS,
  series: arrayOf(SERIES_ENTRY, 'one entry a group, when `groupBy` is given; empty otherwise'),
  pairings: optional(arrayOf(SERIES_ENTRY, 'with groupBy=pairing: the series again, under the name earlier clients read')),
};

export const OVERVIEW_STATS = named('OverviewStats', object(STATS));
export const PARTNERSHIP_STATS = named('PartnershipStats', object({ partnershipId: id(), ...STATS }));

/** How fast one stage of consultations went: to accept, or to answer. */
const STAGE = object({
  count: integer('consultations that went through this stage'),
  medianMinutes: nullable(decimal('median minutes, to a tenth; null when none')),
  p90Minutes: nullable(decimal('90th percentile (nearest rank) in minutes, to a tenth; null when none')),
  withinTarget: nullable(decimal('the share, 0 to 1, of those with a target that met it; null when none had one')),
  withTarget: integer('how many had a target'),
});

const TURNAROUND_FIGURES = {
  consultations: integer('consultations requested in the range'),
  accept: STAGE,
  answer: STAGE,
  overdue: object({ response: integer('accept-by deadlines missed'), opinion: integer('answer-by deadlines missed') }),
};

export const TURNAROUND = named(
  'Turnaround',
  object({
    partnershipId: optional(id()),
    from: optional(instant('the start asked for, as an instant')),
    to: optional(instant('the end asked for (exclusive), as an instant')),
    ...TURNAROUND_FIGURES,
    series: arrayOf(
      object({ ...GROUP_FIELDS, ...TURNAROUND_FIGURES }, 'the figures of one month or department pairing, with the fields that name it'),
      'one entry a group, when `groupBy` is given; empty otherwise',
    ),
  }),
);
