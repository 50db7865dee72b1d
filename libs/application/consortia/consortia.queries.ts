import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { scopeOf } from '../access/policy';
import { withinScope } from '../access/scope';

type Row = Record<string, any>;

function consortiumView(row: Row, members: Row[]) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    leadHospitalId: row.lead_hospital_id,
    /** Every membership, earliest first; a member that left and joined again appears twice. */
    members: members.map((member) => ({ hospitalId: member.hospital_id, joinedOn: member.joined_on, leftOn: member.left_on ?? undefined })),
    currentMembers: members.filter((member) => member.left_on === null).length,
    formedBy: row.formed_by,
    formedAt: row.formed_at,
  };
}

const MEMBERS = 'SELECT * FROM consortium_members WHERE consortium_id = ? ORDER BY joined_on, joined_position';

export class GetConsortium {
  constructor(
    readonly consortiumId: string,
    readonly user: AuthenticatedUser,
  ) {}
}

/** Read by coordinators and auditors, and by the lead hospital and every hospital that was ever a member. */
@QueryHandler(GetConsortium)
export class GetConsortiumHandler implements IQueryHandler<GetConsortium> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ consortiumId, user }: GetConsortium) {
    const row = await this.db.get<Row>('SELECT * FROM consortia WHERE id = ?', [consortiumId]);
    const members = row ? await this.db.all<Row>(MEMBERS, [consortiumId]) : [];
    const hospitalIds = row ? [row.lead_hospital_id, ...members.map((member) => member.hospital_id)] : [];
    if (!row || !withinScope(scopeOf('consortium.read', user.role), user, { hospitalIds })) throw new NotFound('consortium', consortiumId);
    return consortiumView(row, members);
  }
}

export class ListConsortia {
  constructor(readonly user: AuthenticatedUser) {}
}

@QueryHandler(ListConsortia)
export class ListConsortiaHandler implements IQueryHandler<ListConsortia> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ user }: ListConsortia) {
    const params: SqlValue[] = [];
    let where = '';
    if (scopeOf('consortium.read', user.role) !== 'any') {
      where = `WHERE lead_hospital_id = ? OR id IN (SELECT consortium_id FROM consortium_members WHERE hospital_id = ?)`;
      params.push(user.hospitalId ?? '', user.hospitalId ?? '');
    }
    const rows = await this.db.all<Row>(`SELECT * FROM consortia ${where} ORDER BY name, id`, params);
    const items = [];
    for (const row of rows) items.push(consortiumView(row, await this.db.all<Row>(MEMBERS, [row.id])));
    return { items };
  }
}
