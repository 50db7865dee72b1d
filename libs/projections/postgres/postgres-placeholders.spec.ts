import { toNumberedPlaceholders, toPostgresParams } from './postgres-placeholders';

describe('portable SQL on PostgreSQL', () => {
  it('numbers the placeholders in the order they appear', () => {
    expect(toNumberedPlaceholders('UPDATE t SET a = ?, b = ? WHERE id = ? AND p < ?')).toEqual({
      text: 'UPDATE t SET a = $1, b = $2 WHERE id = $3 AND p < $4',
      placeholders: 4,
    });
  });

  it('leaves a question mark inside a string literal, a quoted name or a comment alone', () => {
    const sql = `SELECT 'why?', 'it''s ?', "odd?name", E'back\\'slash?' FROM t -- really?
      WHERE a = ? /* outer /* nested? */ still? */ AND b = ?`;
    expect(toNumberedPlaceholders(sql)).toEqual({
      text: `SELECT 'why?', 'it''s ?', "odd?name", E'back\\'slash?' FROM t -- really?
      WHERE a = $1 /* outer /* nested? */ still? */ AND b = $2`,
      placeholders: 2,
    });
  });

  it('leaves dollar-quoted text alone but not a placeholder after it', () => {
    expect(toNumberedPlaceholders('SELECT $$a ? b$$, $tag$c ? d$tag$, ?').text).toBe('SELECT $$a ? b$$, $tag$c ? d$tag$, $1');
  });

  it('passes positions held as bigint as exact decimal text', () => {
    expect(toPostgresParams([9007199254740993n, 5, 'x', null])).toEqual(['9007199254740993', 5, 'x', null]);
  });
});
