import { describe, expect, it } from 'vitest';
import { groupCommit } from '../../src/store/group-commit';

describe('groupCommit', () => {
  it('writes items added in the same turn of the event loop in one call, results in order', async () => {
    const calls: number[][] = [];
    const group = groupCommit(async (items: readonly number[]) => {
      calls.push([...items]);
      return items.map((n) => n * 10);
    });
    const results = await Promise.all([1, 2, 3].map((n) => group.add(n)));
    expect(results).toEqual([10, 20, 30]);
    expect(calls).toEqual([[1, 2, 3]]);
    // A later turn is a new group.
    expect(await group.add(4)).toBe(40);
    expect(calls).toEqual([[1, 2, 3], [4]]);
  });

  it('rejects every item of a group whose write throws, and carries on with the next group', async () => {
    let fail = true;
    const group = groupCommit(async (items: readonly string[]) => {
      if (fail) throw new Error('disk full');
      return items.map((s) => s.toUpperCase());
    });
    const outcomes = await Promise.allSettled([group.add('a'), group.add('b')]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect((outcomes[0] as PromiseRejectedResult).reason).toEqual(new Error('disk full'));
    fail = false;
    expect(await group.add('c')).toBe('C');
  });

  it('refuses a write that returns the wrong number of results', async () => {
    const group = groupCommit(async (_items: readonly number[]) => [1]);
    const outcomes = await Promise.allSettled([group.add(1), group.add(2)]);
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
  });

  it('drain() resolves once what was added has been written', async () => {
    const written: number[] = [];
    const group = groupCommit(async (items: readonly number[]) => {
      written.push(...items);
      return [...items];
    });
    await group.drain(); // nothing pending: resolves at once
    void group.add(1);
    void group.add(2);
    expect(written).toEqual([]);
    await group.drain();
    expect(written).toEqual([1, 2]);
  });
});
