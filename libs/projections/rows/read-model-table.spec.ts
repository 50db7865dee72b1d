import { readModelTable, rowProblem } from './read-model-table';
import { statementSizes } from './multi-row-sql';

describe('a read-model table read from its DDL', () => {
  const sessions = readModelTable(`CREATE TABLE IF NOT EXISTS training_sessions (
    id TEXT PRIMARY KEY, status TEXT NOT NULL, reschedule_count BIGINT NOT NULL DEFAULT 0,
    credit_points DOUBLE PRECISION, kind TEXT NOT NULL DEFAULT 'lecture', last_position BIGINT NOT NULL)`);
  const attendance = readModelTable(`CREATE TABLE IF NOT EXISTS training_attendance (
    session_id TEXT NOT NULL, staff_id TEXT NOT NULL, minutes BIGINT NOT NULL, PRIMARY KEY (session_id, staff_id))`);

  it('knows its columns in order, their types and the defaults a new row starts with', () => {
    expect(sessions.name).toBe('training_sessions');
    expect(sessions.columns.map(({ name, type, initial }) => [name, type, initial])).toEqual([
      ['id', 'text', null],
      ['status', 'text', null],
      ['reschedule_count', 'bigint', 0],
      ['credit_points', 'double precision', null],
      ['kind', 'text', 'lecture'],
      ['last_position', 'bigint', null],
    ]);
  });

  it('takes its primary key from the column or from the table constraint', () => {
    expect(sessions.key).toEqual(['id']);
    expect(attendance.key).toEqual(['session_id', 'staff_id']);
  });

  it('says what is wrong with a row before the database would refuse it', () => {
    const row = { id: 's-1', status: 'held', reschedule_count: 0, credit_points: 1.5, kind: 'lecture', last_position: 4n };
    expect(rowProblem(sessions, row)).toBeUndefined();
    expect(rowProblem(sessions, { ...row, status: null })).toBe('training_sessions.status must have a value');
    expect(rowProblem(sessions, { ...row, reschedule_count: 1.5 })).toBe('training_sessions.reschedule_count must be an integer, not 1.5');
    expect(rowProblem(sessions, { ...row, credit_points: 'many' })).toBe('training_sessions.credit_points must be a number, not many');
  });

  it('refuses a table without a primary key: its rows could not be written by key', () => {
    expect(() => readModelTable('CREATE TABLE log (line TEXT NOT NULL)')).toThrow('without a primary key');
  });
});

describe('multi-row statements', () => {
  it('write any number of rows with a handful of statement sizes', () => {
    expect(statementSizes(0)).toEqual([]);
    expect(statementSizes(300)).toEqual([256, 16, 16, 4, 4, 4]);
    expect(statementSizes(300).reduce((sum, size) => sum + size, 0)).toBe(300);
  });
});
