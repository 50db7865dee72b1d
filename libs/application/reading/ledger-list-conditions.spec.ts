import type { AuthenticatedUser } from '@telemed/auth';
import { ledgerListConditions } from './ledger-list-conditions';

const coordinator: AuthenticatedUser = { userId: 'u-1', role: 'coordinator' };
const clinician: AuthenticatedUser = { userId: 'u-2', role: 'clinician', hospitalId: 'h-7' };

describe('the conditions of a programme ledger list', () => {
  it('leave the list whole for a role that sees every hospital and no filter', () => {
    expect(ledgerListConditions('visit.read', coordinator)).toEqual({ where: [], params: [] });
  });

  it('keep a clinician to the rows their hospital gives or receives', () => {
    expect(ledgerListConditions('visit.read', clinician)).toEqual({
      where: ['(giving_hospital_id = ? OR receiving_hospital_id = ?)'],
      params: ['h-7', 'h-7'],
    });
  });

  it('add each filter that was given, in order, and skip those that were not', () => {
    expect(
      ledgerListConditions('visit.read', coordinator, [
        ['partnership_id = ?', 'p-1'],
        ['kind = ?', undefined],
        ['end_date >= ?', '2026-01-01'],
        ['fills_regional_gap = ?', 0],
      ]),
    ).toEqual({ where: ['partnership_id = ?', 'end_date >= ?', 'fills_regional_gap = ?'], params: ['p-1', '2026-01-01', 0] });
  });

  it('put the hospital scope before the filters', () => {
    expect(ledgerListConditions('posting.read', clinician, [['status = ?', 'planned']])).toEqual({
      where: ['(giving_hospital_id = ? OR receiving_hospital_id = ?)', 'status = ?'],
      params: ['h-7', 'h-7', 'planned'],
    });
  });

  it('give the value to every placeholder of a condition that names it more than once', () => {
    expect(ledgerListConditions('posting.read', coordinator, [['arrived_on <= ? AND (returned_on IS NULL OR returned_on >= ?)', '2026-06-01']])).toEqual({
      where: ['arrived_on <= ? AND (returned_on IS NULL OR returned_on >= ?)'],
      params: ['2026-06-01', '2026-06-01'],
    });
  });
});
