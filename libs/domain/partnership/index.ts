export * from './partnership.events';
export * from './partnership.decider';
export * from './partnership.errors';
/** Calendar dates belong to the core (birth dates read them too); partnership validity is read with them. */
export { beijingDateOf, fullYearsBetween, isCalendarDate } from '@telemed/domain/core';
