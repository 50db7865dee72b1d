import { CachingTokenVerifier } from './caching-token-verifier';
import { SecretTokenVerifier } from './secret-token-verifier';
import { mintToken } from './token-verifier';

const SECRET = 's'.repeat(40);

describe('a remembered token', () => {
  let clock: number;
  let signatureChecks: number;
  let verifier: CachingTokenVerifier;

  beforeEach(() => {
    clock = Date.now();
    signatureChecks = 0;
    const inner = new SecretTokenVerifier({ secret: SECRET, clockSkewSeconds: 30 });
    const counted = { verify: (token: string) => (signatureChecks++, inner.verify(token)), keySet: () => undefined };
    verifier = new CachingTokenVerifier(counted, { clockSkewSeconds: 30, maxAgeMs: 60_000, now: () => clock });
  });

  it('is checked once for many requests within a minute, and again after it', async () => {
    const token = await mintToken(SECRET, { sub: 'dr-li', role: 'clinician', hospitalId: 'kashgar-2' });
    for (let request = 0; request < 5; request++) await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'dr-li' });
    expect(signatureChecks).toBe(1);
    clock += 61_000;
    await verifier.verify(token);
    expect(signatureChecks).toBe(2);
  });

  it('is never trusted past its expiry and the skew without a fresh check', async () => {
    const token = await mintToken(SECRET, { sub: 'dr-li', role: 'coordinator' }, 20);
    await verifier.verify(token);
    clock += 49_000;
    await verifier.verify(token);
    expect(signatureChecks).toBe(1);
    clock += 2_000; // 51 s after minting: past exp + 30 s skew
    await verifier.verify(token).catch(() => undefined);
    expect(signatureChecks).toBe(2);
  });

  it('is checked again once the keys it was verified with have changed', async () => {
    let keySet = { keys: ['rsa-2026-01'] };
    const inner = new SecretTokenVerifier({ secret: SECRET, clockSkewSeconds: 30 });
    const rotating = { verify: (token: string) => (signatureChecks++, inner.verify(token)), keySet: () => keySet };
    const cached = new CachingTokenVerifier(rotating as never, { clockSkewSeconds: 30 });
    const token = await mintToken(SECRET, { sub: 'dr-li', role: 'coordinator' });
    await cached.verify(token);
    await cached.verify(token);
    keySet = { keys: ['rsa-2026-07'] };
    await cached.verify(token);
    expect(signatureChecks).toBe(2);
  });

  it('is only ever one that verified: refusals are checked every time', async () => {
    const forged = await mintToken('f'.repeat(40), { sub: 'dr-li', role: 'coordinator' });
    await expect(verifier.verify(forged)).rejects.toThrow('signature');
    await expect(verifier.verify(forged)).rejects.toThrow('signature');
    expect(signatureChecks).toBe(2);
  });
});
