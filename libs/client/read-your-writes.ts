import type { Middleware } from 'openapi-fetch';

const POSITION = /^\d+$/;

/** The log position of the last write a client made, or was told of. */
export class WrittenPosition {
  private upTo = 0n;

  get value(): bigint {
    return this.upTo;
  }

  /** Notes a position (a write's answer, a notification); an older one changes nothing. */
  saw(position: string | undefined): void {
    if (position && POSITION.test(position) && BigInt(position) > this.upTo) this.upTo = BigInt(position);
  }
}

/**
 * Read your writes: every 201 answer's `position` is noted, and every later GET carries
 * `minPosition` (unless it names its own), so the read models have caught up with what this client
 * wrote before they answer. The session routes are left alone: they read no read model.
 */
export function readYourWrites(written: WrittenPosition): Middleware {
  return {
    onRequest({ request }) {
      const url = new URL(request.url);
      if (request.method !== 'GET' || written.value === 0n || url.searchParams.has('minPosition') || url.pathname.startsWith('/v1/session/')) return request;
      url.searchParams.set('minPosition', written.value.toString());
      return new Request(url, request);
    },
    async onResponse({ request, response }) {
      if (request.method === 'POST' && response.status === 201) {
        const answer = (await response.clone().json().catch(() => ({}))) as { position?: string };
        written.saw(answer.position);
      }
      return response;
    },
  };
}
