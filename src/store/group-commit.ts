/**
 * Group commit: callers that each need their own rows durably written before
 * they answer (the WeCom callback acknowledges only after the inbox insert)
 * share one SQLite transaction per turn of the event loop instead of one each.
 *
 * Why: a commit costs more than everything else in a callback request. With
 * a commit per request the callback endpoint, durable write included, took
 * about 9,500 requests/s on the 2-core bench machine; grouped (about 20 rows
 * per commit under that load), about 19,000-20,000 (scripts/bench/callback.ts).
 * Waiting costs at most one turn of the event loop.
 *
 * `writeAll` runs inside one transaction and resolves with one result per
 * item, in order. If it throws, the
 * transaction has rolled back and every caller in that group gets the error:
 * failures here are the store's (disk, lock), not an item's, so retrying items
 * one by one would only repeat the wait.
 */
export interface GroupCommit<T, R> {
  /** Queues `item`; resolves with its result once its group is committed. */
  add(item: T): Promise<R>;
  /** Resolves when everything added so far has been written or has failed. */
  drain(): Promise<void>;
}

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

export function groupCommit<T, R>(writeAll: (items: readonly T[]) => Promise<R[]>): GroupCommit<T, R> {
  let waiting: Waiting<T, R>[] = [];
  let flushed: Promise<void> = Promise.resolve();

  const flush = async (): Promise<void> => {
    const group = waiting;
    waiting = [];
    let results: R[];
    try {
      results = await writeAll(group.map((w) => w.item));
      if (results.length !== group.length) throw new Error('group commit: one result per item expected');
    } catch (err) {
      for (const w of group) w.reject(err);
      return;
    }
    group.forEach((w, i) => w.resolve(results[i]!));
  };

  return {
    add(item) {
      return new Promise<R>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        // setImmediate runs after the poll phase, so every request read in
        // this turn of the loop joins the group.
        if (waiting.length === 1) flushed = new Promise((done) => setImmediate(() => void flush().then(done)));
      });
    },
    drain: () => flushed,
  };
}
