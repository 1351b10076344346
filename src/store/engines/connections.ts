import { AsyncLocalStorage } from 'node:async_hooks';

/** The little a connection must do for transactions (better-sqlite3, node-postgres and PGlite all can). */
export interface Connection {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

/**
 * How the store reaches its engine: `outside` for statements outside a
 * transaction, `begin`/`end` to hold one connection for a transaction.
 */
export interface Connections<C extends Connection> {
  readonly outside: C;
  begin(): Promise<C>;
  end(conn: C, ok: boolean): Promise<void>;
  /**
   * Non-null while statements from outside a transaction must wait (one-connection
   * engines: a transaction is running). Callers loop until it is null and then
   * send at once, in the same synchronous step, so no transaction starts in between.
   */
  ready(): Promise<void> | null;
}

/**
 * Transactions without a handle to pass around: the connection a transaction
 * holds is remembered for its async call chain (AsyncLocalStorage), so every
 * statement made inside `transaction(fn)`, through any repository, goes to
 * it, and nested calls become savepoints.
 */
export class TransactionRouter<C extends Connection> {
  private readonly chain = new AsyncLocalStorage<{ conn: C; depth: number }>();
  constructor(private readonly conns: Connections<C>) {}

  /** The connection for a statement made now: the caller's transaction's, else `outside`. */
  current(): C | undefined {
    return this.chain.getStore()?.conn;
  }

  /**
   * Null when a statement made now may be sent at once; else a promise to wait
   * for before asking again. Use as `for (let w = r.ready(); w; w = r.ready()) await w;`
   * immediately followed by the send.
   */
  ready(): Promise<void> | null {
    return this.chain.getStore() ? null : this.conns.ready();
  }

  /** The connection a statement made now goes to. */
  target(): C {
    return this.chain.getStore()?.conn ?? this.conns.outside;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const cur = this.chain.getStore();
    if (cur) {
      const depth = cur.depth + 1;
      const sp = `sp${depth}`;
      await cur.conn.query(`SAVEPOINT ${sp}`);
      try {
        const out = await this.chain.run({ conn: cur.conn, depth }, fn);
        await cur.conn.query(`RELEASE SAVEPOINT ${sp}`);
        return out;
      } catch (err) {
        await cur.conn.query(`ROLLBACK TO SAVEPOINT ${sp}`);
        throw err;
      }
    }
    const conn = await this.conns.begin();
    let ok = false;
    try {
      const out = await this.chain.run({ conn, depth: 0 }, fn);
      ok = true;
      return out;
    } finally {
      await this.conns.end(conn, ok);
    }
  }
}

/**
 * One connection shared by everything (SQLite, PGlite): transactions take
 * turns, and a statement from outside the running transaction waits until it
 * ends — otherwise it would silently become part of it.
 */
export function oneConnection<C extends Connection>(conn: C, beginSql = 'BEGIN'): Connections<C> {
  let held: Promise<void> | null = null;
  let giveBack: (() => void) | null = null;
  return {
    outside: conn,
    async begin() {
      // Check and take in one synchronous step: several waiters wake on one
      // release, and only the first to run may take the connection.
      while (held) await held;
      held = new Promise((r) => (giveBack = r));
      try {
        await conn.query(beginSql);
      } catch (err) {
        release();
        throw err;
      }
      return conn;
    },
    async end(c, ok) {
      try {
        await c.query(ok ? 'COMMIT' : 'ROLLBACK');
      } finally {
        release();
      }
    },
    ready: () => held,
  };

  function release(): void {
    const g = giveBack;
    held = null;
    giveBack = null;
    g?.();
  }
}
