import { arrayOf, id, instant, integer, named, nullable, object, optional, text } from '../http/openapi/response-schema';
import { HOSPITAL_NAME } from '../network/network.responses';

/** A label in both languages; where only one name was registered, it stands for both. */
export const LABEL = named('Label', object({ zh: text(), en: text() }));

const COUNTS = {
  consultations: object({ requested: integer(), completed: integer(), declined: integer(), cancelled: integer() }),
  caseReviews: object({ requested: integer(), concluded: integer(), cancelled: integer() }),
  training: object({ sessionsHeld: integer(), personTimes: integer() }),
};

const DEPARTMENT_NAME = object({ id: id(), name: text() });

const SERIES_ENTRY = named(
  'StatsSeriesEntry',
  object(
    {
      label: LABEL,
      period: optional(text('by month or year: `2024-05` or `2024`, in Beijing time')),
      hospitalId: optional(id('by receivingHospital or givingHospital')),
      hospital: optional(HOSPITAL_NAME),
      pairingId: optional(nullable(id('by pairing; null for what no pairing covers'))),
      givingDepartment: optional(nullable(DEPARTMENT_NAME)),
      receivingDepartment: optional(nullable(DEPARTMENT_NAME)),
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
