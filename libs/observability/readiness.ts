/** What one dependency says about itself when asked whether the process can take traffic. */
export interface ReadinessResult {
  ready: boolean;
  /** Why it is not ready, or a short fact when it is (a position, a broker count). */
  detail?: string;
  [fact: string]: unknown;
}

/** One dependency the process needs before it can serve: the store, the read models, Kafka... */
export interface ReadinessCheck {
  /** Key of the check in the report: `eventStore`, `readModels`, `kafka`. */
  readonly name: string;
  check(): Promise<ReadinessResult>;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, ReadinessResult>;
}

/** A check that has not answered by then counts as not ready, so a hung dependency cannot hang the probe. */
export const DEFAULT_CHECK_TIMEOUT_MS = 2000;

async function withTimeout(check: ReadinessCheck, timeoutMs: number): Promise<ReadinessResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadinessResult>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([
      check.check().catch((error: unknown) => ({ ready: false, detail: error instanceof Error ? error.message : String(error) })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every check at once; the process is ready when all of them are. */
export async function runReadinessChecks(checks: readonly ReadinessCheck[], timeoutMs = DEFAULT_CHECK_TIMEOUT_MS): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map(async (check) => [check.name, await withTimeout(check, timeoutMs)] as const));
  return { ready: results.every(([, result]) => result.ready), checks: Object.fromEntries(results) };
}
