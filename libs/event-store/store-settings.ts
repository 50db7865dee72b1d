/** A count a store is configured with (a page size, a pool size): a whole number of at least one, or a RangeError naming it. */
export function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}
