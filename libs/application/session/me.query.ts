import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import type { CallerExpertView, CallerHospitalView, MeView } from './session.views';

type Row = Record<string, any>;

export class GetCaller extends Query<MeView> {
  constructor(readonly user: AuthenticatedUser) {
    super();
  }
}

/** The caller with the names the console shows: their hospital and, for an expert, their record. */
@QueryHandler(GetCaller)
export class GetCallerHandler implements IQueryHandler<GetCaller, MeView> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ user }: GetCaller): Promise<MeView> {
    const expertRow = user.role === 'expert' ? await this.db.get<Row>('SELECT * FROM experts WHERE id = ?', [user.userId]) : undefined;
    const hospitalRow = user.hospitalId ? await this.db.get<Row>('SELECT * FROM hospitals WHERE id = ?', [user.hospitalId]) : undefined;
    const hospital: CallerHospitalView | null = hospitalRow
      ? { id: hospitalRow.id, name: hospitalRow.name, nameZh: hospitalRow.name_zh ?? null, timezone: hospitalRow.timezone }
      : null;
    const expert: CallerExpertView | null = expertRow
      ? { id: expertRow.id, name: expertRow.name, title: expertRow.title, specialty: expertRow.specialty, departmentId: expertRow.department_id }
      : null;
    return { userId: user.userId, role: user.role, displayName: expert?.name ?? user.userId, hospital, expert };
  }
}
