/**
 * Whether a parsed body nests objects or arrays more than `limit` levels deep (the body itself is
 * level 1). Walks with its own stack: a body nested 100,000 levels deep must not overflow ours.
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) pending.push({ node: child, depth: depth + 1 });
  }
  return false;
}
