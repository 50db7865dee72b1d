import { BatchGatherer } from './batch-gatherer';

/** Records each application; the test releases it when it likes. */
function recordingGatherer(maxSize: number) {
  const applied: string[][] = [];
  const releases: Array<(error?: Error) => void> = [];
  const gatherer = new BatchGatherer<string>(
    (items) =>
      new Promise<void>((resolve, reject) => {
        applied.push(items);
        releases.push((error) => (error ? reject(error) : resolve()));
      }),
    maxSize,
  );
  const settled = () => new Promise((resolve) => setImmediate(resolve));
  return { gatherer, applied, releases, settled };
}

describe('gathering partition batches into transactions', () => {
  it('applies the batches handed over in one turn together', async () => {
    const { gatherer, applied, releases, settled } = recordingGatherer(100);
    const done = [gatherer.submit('a', 10), gatherer.submit('b', 10), gatherer.submit('c', 10)];
    await settled();
    releases[0]();
    await Promise.all(done);
    expect(applied).toEqual([['a', 'b', 'c']]);
  });

  it('holds what arrives during an application for the next one, and answers each caller after its own', async () => {
    const { gatherer, applied, releases, settled } = recordingGatherer(100);
    const first = gatherer.submit('a', 10);
    await settled();
    let laterDone = false;
    const later = [gatherer.submit('b', 10), gatherer.submit('c', 10)];
    void Promise.all(later).then(() => (laterDone = true));
    releases[0]();
    await first;
    await settled();
    expect(laterDone).toBe(false);
    releases[1]();
    await Promise.all(later);
    expect(applied).toEqual([['a'], ['b', 'c']]);
  });

  it('splits at the size limit in arrival order, and takes a batch larger than the limit on its own', async () => {
    const { gatherer, applied, releases, settled } = recordingGatherer(25);
    const done = [gatherer.submit('big', 40), gatherer.submit('a', 10), gatherer.submit('b', 10), gatherer.submit('c', 10)];
    for (let application = 0; application < 3; application++) {
      await settled();
      releases[application]();
    }
    await Promise.all(done);
    expect(applied).toEqual([['big'], ['a', 'b'], ['c']]);
  });

  it('fails every caller of a failed application, and goes on with the batches after it', async () => {
    const { gatherer, applied, releases, settled } = recordingGatherer(100);
    const failing = [gatherer.submit('a', 10), gatherer.submit('b', 10)];
    await settled();
    const after = gatherer.submit('c', 10);
    releases[0](new Error('the read models are unreachable'));
    await expect(failing[0]).rejects.toThrow('the read models are unreachable');
    await expect(failing[1]).rejects.toThrow('the read models are unreachable');
    await settled();
    releases[1]();
    await after;
    expect(applied).toEqual([['a', 'b'], ['c']]);
  });
});
