import { type AggregateSchemas, clockTime, id, instant, record, text } from './json-schema';

export const hospitalSchemas: AggregateSchemas = {
  streamPrefix: 'hospital-',
  events: {
    HospitalRegistered: {
      1: record(
        {
          hospitalId: id,
          name: text,
          region: text,
          timezone: text,
          workingHours: record({ start: clockTime, end: clockTime }),
          registeredBy: id,
          registeredAt: instant,
        },
        { nameZh: text },
      ),
    },
    DepartmentAdded: {
      1: record({ hospitalId: id, departmentId: id, name: text, specialty: text, addedBy: id, addedAt: instant }),
    },
  },
};
