import { PROGRAMMES } from '@telemed/domain/partnership';
import { type AggregateSchemas, calendarDate, id, instant, oneOf, record, text } from './json-schema';

export const partnershipSchemas: AggregateSchemas = {
  streamPrefix: 'partnership-',
  events: {
    PartnershipEstablished: {
      1: record(
        {
          partnershipId: id,
          givingHospitalId: id,
          receivingHospitalId: id,
          programme: oneOf(PROGRAMMES),
          validFrom: calendarDate,
          establishedBy: id,
          establishedAt: instant,
        },
        { validUntil: calendarDate },
      ),
    },
    DepartmentsPaired: {
      1: record({
        partnershipId: id,
        pairingId: id,
        givingDepartmentId: id,
        givingSpecialty: text,
        receivingDepartmentId: id,
        receivingSpecialty: text,
        pairedBy: id,
        pairedAt: instant,
      }),
    },
  },
};
