import { DomainError } from '@telemed/domain/core';
import type { ExpertBooking } from './expert.events';

export class ExpertAlreadyRegistered extends DomainError {
  constructor(readonly expertId: string) {
    super('conflict', 'already-registered', `expert ${expertId} is already registered`, [], { what: 'expert', id: expertId });
  }
}

/** The stream holds no expert yet, so there is no id to report as not found. */
export class ExpertNotRegistered extends DomainError {
  constructor(action: string) {
    super('conflict', 'expert-not-registered', `cannot ${action}: the expert is not registered`, [], { action });
  }
}

/** An expert is never in two places at once: the wished slot overlaps another of their bookings. */
export class DoubleBooking extends DomainError {
  readonly clashingBookingId: string;

  constructor(
    readonly expertId: string,
    clashing: Pick<ExpertBooking, 'bookingId' | 'start' | 'end'>,
  ) {
    super(
      'conflict',
      'double-booking',
      `expert ${expertId} is already booked from ${clashing.start} to ${clashing.end} (booking ${clashing.bookingId})`,
      [],
      { expertId, start: clashing.start, end: clashing.end },
    );
    this.clashingBookingId = clashing.bookingId;
  }
}

/** An expert takes only work of their specialty, or of one their department's pairing covers. */
export class OutsideSpecialty extends DomainError {
  constructor(expertId: string, specialty: string, wanted: readonly string[]) {
    super(
      'conflict',
      'outside-specialty',
      `expert ${expertId} practises ${specialty} and their department is paired for none of: ${wanted.join(', ')}`,
      [],
      { expertId, specialty, wanted: wanted.join(', ') },
    );
  }
}
