import type { Upcaster } from './upcaster-registry';

/**
 * Training sessions at version 2 may award continuing-education credits, and their attendees may
 * carry a role, a professional title and the minutes attended. Version 1 said none of this: a
 * session planned then awarded no credits and each of its attendees attended the whole session,
 * which version 2 says by leaving those members out. The data is read as it was stored; the
 * upcaster's work is to state that reading once, so readers only ever meet version 2.
 */
export const trainingUpcasters: readonly Upcaster[] = [
  {
    eventType: 'TrainingSessionPlanned',
    fromVersion: 1,
    upcast: (data) => withoutMembers(data, ['credits']),
  },
  {
    eventType: 'AttendanceRecorded',
    fromVersion: 1,
    upcast: (data) => {
      const record = data as { attendees?: unknown };
      if (!Array.isArray(record.attendees)) return data;
      return { ...record, attendees: record.attendees.map((attendee) => withoutMembers(attendee, ['role', 'title', 'minutes'])) };
    },
  },
];

/** Version 1 had no such members; any a v1 event carries are not what version 2 means by them. */
function withoutMembers(value: unknown, members: string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const member of members) delete copy[member];
  return copy;
}
