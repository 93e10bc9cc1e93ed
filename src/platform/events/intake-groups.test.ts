import { describe, expect, it } from 'vitest';
import { IntakeGroups } from './intake-groups.js';

/** A commit whose transactions the test ends one by one. */
function controlledCommit() {
  const calls: { batches: string[]; finish(fail?: Error): void }[] = [];
  const commit = (batches: readonly string[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({
        batches: [...batches],
        finish: (fail) => (fail ? reject(fail) : resolve(batches.map((b) => `done:${b}`))),
      });
    });
  return { calls, commit };
}

const turn = () => new Promise((r) => setImmediate(r));

describe('IntakeGroups (group commit)', () => {
  it('commits batches that arrive together in one transaction', async () => {
    const { calls, commit } = controlledCommit();
    const groups = new IntakeGroups(commit, { concurrent: 1 });
    const results = Promise.all(['a', 'b', 'c'].map((b) => groups.submit(b, 1)));
    await turn();
    expect(calls.map((c) => c.batches)).toEqual([['a', 'b', 'c']]);
    calls[0]?.finish();
    expect(await results).toEqual(['done:a', 'done:b', 'done:c']);
    expect(groups.stats).toEqual({ groups: 1, batches: 3 });
  });

  it('makes batches wait while every transaction is busy, then takes them all in the next one', async () => {
    const { calls, commit } = controlledCommit();
    const groups = new IntakeGroups(commit, { concurrent: 2, overlapAfterMs: 0 });
    const first = groups.submit('a', 1);
    await turn();
    const second = groups.submit('b', 1);
    await turn();
    // Two transactions at once: b does not wait for a.
    expect(calls.map((c) => c.batches)).toEqual([['a'], ['b']]);
    const waiting = ['c', 'd', 'e'].map((b) => groups.submit(b, 1));
    await turn();
    expect(calls).toHaveLength(2);
    calls[1]?.finish();
    expect(await second).toBe('done:b');
    await turn();
    expect(calls[2]?.batches).toEqual(['c', 'd', 'e']);
    calls[2]?.finish();
    calls[0]?.finish();
    expect(await Promise.all([first, ...waiting])).toEqual(['done:a', 'done:c', 'done:d', 'done:e']);
  });

  it('starts a second transaction beside a running one only once that has run for overlapAfterMs', async () => {
    const { calls, commit } = controlledCommit();
    const groups = new IntakeGroups(commit, { concurrent: 2, overlapAfterMs: 40 });
    const first = groups.submit('slow', 1);
    await turn();
    const startedAt = performance.now();
    const waiting = ['b', 'c'].map((b) => groups.submit(b, 1));
    await turn();
    await new Promise((r) => setTimeout(r, 10));
    expect(calls.map((c) => c.batches)).toEqual([['slow']]);
    while (calls.length < 2) await new Promise((r) => setTimeout(r, 2));
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(30);
    expect(calls[1]?.batches).toEqual(['b', 'c']);
    calls[1]?.finish();
    expect(await Promise.all(waiting)).toEqual(['done:b', 'done:c']);
    calls[0]?.finish();
    expect(await first).toBe('done:slow');
  });

  it('puts no more than maxEvents events in a group, except a single batch larger than that', async () => {
    const { calls, commit } = controlledCommit();
    const groups = new IntakeGroups(commit, { concurrent: 1, maxEvents: 10 });
    const all = [
      groups.submit('six', 6),
      groups.submit('four', 4),
      groups.submit('one', 1),
      groups.submit('twelve', 12),
      groups.submit('two', 2),
    ];
    for (let i = 0; i < 4; i++) {
      await turn();
      calls[i]?.finish();
    }
    await Promise.all(all);
    // 'one' would make 11 with six and four; twelve goes alone; two would make 14 with it.
    expect(calls.map((c) => c.batches)).toEqual([['six', 'four'], ['one'], ['twelve'], ['two']]);
  });

  it('commits each batch of a failed group again alone, so that only the bad one fails', async () => {
    const commits: string[][] = [];
    const groups = new IntakeGroups(
      async (batches: readonly string[]) => {
        commits.push([...batches]);
        if (batches.includes('bad')) throw new Error('bad batch');
        return batches.map((b) => `done:${b}`);
      },
      { concurrent: 1 },
    );
    const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map((b) => groups.submit(b, 1)));
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
      'done:a',
      'bad batch',
      'done:c',
    ]);
    expect(commits).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });

  it('fails a batch that was alone with its own error, without committing it again', async () => {
    let commits = 0;
    const groups = new IntakeGroups(
      async () => {
        commits++;
        throw new Error('broken');
      },
      { concurrent: 1 },
    );
    await expect(groups.submit('a', 1)).rejects.toThrow('broken');
    expect(commits).toBe(1);
  });
});
