export interface RetryPolicy {
  retryBaseMs: number;
  retryMaxMs: number;
}

/**
 * The wait after the `failedAttempts`-th failed attempt: the base doubled for each failure before,
 * capped, then jittered over its upper half, so that endpoints failing together (a receiver that
 * went down) are not all tried again in the same instant.
 */
export function retryDelay(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.retryMaxMs, policy.retryBaseMs * 2 ** Math.min(failedAttempts - 1, 40));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
