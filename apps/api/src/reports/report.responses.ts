import { PROGRAMME_FIGURE_KEYS } from '@telemed/projections';
import { arrayOf, calendarDate, id, integer, mapOf, named, nullable, object, oneOf, optional, position, text } from '../http/openapi/response-schema';
import { LABEL } from '../stats/stats.responses';
import { SCOPE_PARAMETERS } from '@telemed/application/reports/report-scope';

const YEAR = { type: 'string', pattern: '^[0-9]{4}$', description: 'a Beijing year' } as const;

export const PROGRAMME_REPORT = named(
  'ProgrammeReport',
  object({
    scope: object({ kind: oneOf(SCOPE_PARAMETERS, 'the query parameter the report is about'), id: text('its value: a programme or an id') }),
    from: nullable(calendarDate('first Beijing day counted')),
    to: nullable(calendarDate('last Beijing day counted (inclusive)')),
    years: arrayOf(YEAR, 'every year that has a figure, in order'),
    figures: arrayOf(
      object({
        key: oneOf(PROGRAMME_FIGURE_KEYS),
        label: LABEL,
        total: integer(),
        byYear: mapOf(integer(), 'by year, every year of `years` named, zero where nothing counted'),
      }),
      'every figure of the report, in the order the published reports give them',
    ),
  }),
);

/** The same table as a download: CSV (UTF-8 with a byte-order mark) or a spreadsheet. */
export const PROGRAMME_REPORT_CSV = { type: 'string', description: 'key, 指标, figure, one column a year, total; UTF-8 with a byte-order mark' } as const;
export const PROGRAMME_REPORT_XLSX = { type: 'string', format: 'binary', description: 'one sheet: the scope and period above the table, the header row frozen' } as const;

const FIGURE_EVENT = object({
  eventId: id(),
  type: text('the event type'),
  streamId: text(),
  position: position(),
  subjectId: text('what was counted: the consultation, session, visit...'),
  occurredOn: calendarDate('the Beijing day it counts on'),
  year: YEAR,
  quantity: integer('what the event adds to the figure'),
  partnershipId: optional(id()),
  givingHospitalId: optional(id()),
  receivingHospitalId: optional(id()),
  consortiumId: optional(id()),
});

export const FIGURE_EVENTS = named(
  'FigureEventPage',
  object({
    figure: oneOf(PROGRAMME_FIGURE_KEYS),
    total: integer('the figure for the scope and period: the quantities of all pages sum to it'),
    events: integer('how many events there are on all pages'),
    items: arrayOf(FIGURE_EVENT, 'by the day counted, then event id'),
    nextCursor: nullable(text('pass as `cursor` to read the next page; null on the last page')),
  }),
);
