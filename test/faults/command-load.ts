import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/** One answer the load received: when, how long it took, and what it said. */
export interface Answer {
  at: number;
  ms: number;
  status: number;
  code?: string;
  retryAfter?: string | null;
}

/**
 * Requests consultations over HTTP from several concurrent loops until stopped, as clinicians
 * would, and keeps every answer: the acknowledged ones (201, with the id and position) are what
 * must never be lost.
 */
export class ConsultationLoad {
  readonly acknowledged: Array<{ id: string; position: bigint }> = [];
  readonly answers: Answer[] = [];
  /** Requests that got no HTTP answer at all (refused or reset connections, timeouts). */
  readonly unanswered: Array<{ at: number; error: string }> = [];
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly body: () => object,
    private readonly timeoutMs = 30_000,
  ) {}

  start(concurrency: number): void {
    this.running = true;
    this.loops = Array.from({ length: concurrency }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Answers from `from` on (milliseconds since the epoch), optionally up to `until`. */
  between(from: number, until = Infinity): Answer[] {
    return this.answers.filter((answer) => answer.at >= from && answer.at < until);
  }

  statusCounts(answers = this.answers): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { status, code } of answers) counts[code ? `${status} ${code}` : String(status)] = (counts[code ? `${status} ${code}` : String(status)] ?? 0) + 1;
    return counts;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const began = Date.now();
      try {
        const response = await fetch(`${this.url}/v1/consultations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', 'x-request-id': randomUUID() },
          body: JSON.stringify(this.body()),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        const answer = (await response.json()) as { id?: string; position?: string; code?: string };
        const done = Date.now();
        this.answers.push({ at: done, ms: done - began, status: response.status, code: answer.code, retryAfter: response.headers.get('retry-after') });
        if (response.status === 201) this.acknowledged.push({ id: answer.id!, position: BigInt(answer.position!) });
        // A refusal is answered at once; do not spin on it.
        if (response.status >= 500) await sleep(20);
      } catch (error) {
        this.unanswered.push({ at: Date.now(), error: String(error) });
        await sleep(50);
      }
    }
  }
}

/** Polls `probe` until it answers true; answers how long that took. */
export async function timeUntil(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const began = Date.now();
  while (Date.now() - began < timeoutMs) {
    if (await probe().catch(() => false)) return Date.now() - began;
    await sleep(25);
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}
