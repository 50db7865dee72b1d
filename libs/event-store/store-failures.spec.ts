import { storeFailureOf } from './store-failures';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('failures of the storage under a store', () => {
  it('a database that went away or cannot be reached is unavailable', () => {
    expect(storeFailureOf(withCode('57P01', 'terminating connection due to administrator command'))).toBe('unavailable');
    expect(storeFailureOf(withCode('ECONNREFUSED'))).toBe('unavailable');
    expect(storeFailureOf(withCode('08006'))).toBe('unavailable');
    expect(storeFailureOf(new Error('Connection terminated unexpectedly'))).toBe('unavailable');
    expect(storeFailureOf(new Error('timeout exceeded when trying to connect'))).toBe('unavailable');
    expect(storeFailureOf(Object.assign(new Error('no leader'), { name: 'UnavailableError' }))).toBe('unavailable');
    expect(storeFailureOf(Object.assign(new Error('14 UNAVAILABLE: Connection dropped'), { code: 14, type: 'unavailable' }))).toBe('unavailable');
    expect(storeFailureOf(new AggregateError([withCode('ECONNREFUSED')], 'every address refused'))).toBe('unavailable');
  });

  it('a full or failing disk is full', () => {
    expect(storeFailureOf(withCode('SQLITE_FULL', 'database or disk is full'))).toBe('full');
    expect(storeFailureOf(withCode('SQLITE_IOERR_WRITE', 'disk I/O error'))).toBe('full');
    expect(storeFailureOf(withCode('ENOSPC'))).toBe('full');
    expect(storeFailureOf(withCode('53100', 'could not extend file'))).toBe('full');
    expect(storeFailureOf(new Error('wrapped', { cause: withCode('SQLITE_FULL') }))).toBe('full');
  });

  it('a refusal of the command or a programming error is neither', () => {
    expect(storeFailureOf(withCode('SQLITE_CONSTRAINT_UNIQUE'))).toBeUndefined();
    expect(storeFailureOf(withCode('23505'))).toBeUndefined();
    expect(storeFailureOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(storeFailureOf('text')).toBeUndefined();
  });
});
