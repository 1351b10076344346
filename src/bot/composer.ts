/**
 * A tiny grammY-style middleware chain: each middleware gets the context and
 * `next`; not calling `next` ends handling there. The order of `use` calls is
 * the order of handling, so the chain reads as the spec of what happens.
 */
export type Next = () => Promise<void>;
export type Middleware<C> = (ctx: C, next: Next) => unknown;

export class Composer<C> {
  private readonly stack: Middleware<C>[] = [];

  use(...mw: Middleware<C>[]): this {
    this.stack.push(...mw);
    return this;
  }

  /** Runs `mw` only for contexts matching `pred`; others pass straight on. */
  filter(pred: (ctx: C) => boolean, ...mw: Middleware<C>[]): this {
    const inner = compose(mw);
    return this.use((ctx, next) => (pred(ctx) ? inner(ctx, next) : next()));
  }

  middleware(): Middleware<C> {
    return compose(this.stack);
  }

  run(ctx: C): Promise<void> {
    return Promise.resolve(this.middleware()(ctx, async () => {})).then(() => undefined);
  }
}

export function compose<C>(stack: readonly Middleware<C>[]): Middleware<C> {
  return (ctx, last) => {
    let index = -1;
    const dispatch = async (i: number): Promise<void> => {
      if (i <= index) throw new Error('next() called more than once');
      index = i;
      const mw = i === stack.length ? undefined : stack[i];
      if (!mw) return last();
      await mw(ctx, () => dispatch(i + 1));
    };
    return dispatch(0);
  };
}
