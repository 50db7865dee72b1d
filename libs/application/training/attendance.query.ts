import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { readKeysetPage } from '../reading/keyset-page';
import { DEFAULT_PAGE_SIZE, PageQueryDto } from '../reading/page-query.dto';
import { requireAllowed } from '../access/scope';

type Row = Record<string, any>;

export class AttendanceQueryDto extends PageQueryDto {}

export interface Attendee {
  staffId: string;
  name: string;
  /** Who first recorded the person as attending, and when. */
  recordedBy: string;
  recordedAt: string;
}

export class GetAttendance {
  constructor(
    readonly trainingSessionId: string,
    readonly query: AttendanceQueryDto,
    readonly user: AuthenticatedUser,
  ) {}
}

/**
 * A session's attendees by name, each once, paged by keyset. The session itself is no secret (every
 * role reads it), so a caller outside the policy's scope is refused with 403, not told it is absent.
 */
@QueryHandler(GetAttendance)
export class GetAttendanceHandler implements IQueryHandler<GetAttendance> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ trainingSessionId, query, user }: GetAttendance) {
    const session = await this.db.get<Row>(
      'SELECT id, receiving_hospital_id, trainer_expert_ids, person_times FROM training_sessions WHERE id = ?',
      [trainingSessionId],
    );
    if (!session) throw new NotFound('training session', trainingSessionId);
    requireAllowed(
      'training.read-attendance',
      user,
      { hospitalIds: [session.receiving_hospital_id], assignedExpertIds: JSON.parse(session.trainer_expert_ids) as string[] },
      'the attendance is read by the coordinators, the auditors, the session’s trainers and the receiving hospital',
    );
    const { rows, nextCursor } = await readKeysetPage<Row>(this.db, {
      select: 'SELECT staff_id, name, recorded_by, recorded_at FROM training_attendance',
      where: ['session_id = ?'],
      params: [trainingSessionId],
      sortColumn: 'name',
      idColumn: 'staff_id',
      sortKeyOf: (row) => row.name,
      idOf: (row) => row.staff_id,
      direction: 'ascending',
      cursor: query.cursor,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    return {
      trainingSessionId,
      personTimes: Number(session.person_times),
      items: rows.map((row): Attendee => ({ staffId: row.staff_id, name: row.name, recordedBy: row.recorded_by, recordedAt: row.recorded_at })),
      nextCursor,
    };
  }
}
