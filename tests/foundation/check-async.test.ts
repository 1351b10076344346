/** scripts/check-async.ts: the floating-promise check, on small in-memory programs. */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findFloatingPromises, type Finding } from '../../scripts/check-async';

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, lib: ['lib.es2023.d.ts'],
  strict: true, noEmit: true, types: [],
};
const FIXTURE = '/fixture/case.ts';
const baseHost = ts.createCompilerHost(options);
const libCache = new Map<string, ts.SourceFile | undefined>(); // parse the lib files once for all fixtures
let previous: ts.Program | undefined;

/** Type-checks `code` as one file and returns the checker's findings. `tscCatches`: error codes
 *  tsc itself already gives for the fixture (the checker reports those forms too). */
function check(code: string, tscCatches: number[] = []): Finding[] {
  const host: ts.CompilerHost = {
    ...baseHost,
    fileExists: (f) => f === FIXTURE || baseHost.fileExists(f),
    readFile: (f) => (f === FIXTURE ? code : baseHost.readFile(f)),
    getSourceFile: (f, lang) => {
      if (f === FIXTURE) return ts.createSourceFile(f, code, lang, true);
      if (!libCache.has(f)) libCache.set(f, baseHost.getSourceFile(f, lang));
      return libCache.get(f);
    },
  };
  const program = ts.createProgram({ rootNames: [FIXTURE], options, host, oldProgram: previous });
  previous = program;
  // Only the fixture's diagnostics: checking the lib files too (what the whole
  // program's would do) cost most of this file's time, and only the fixture's were kept.
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(FIXTURE)).filter((d) => d.file?.fileName === FIXTURE && !tscCatches.includes(d.code));
  // A fixture must be valid TypeScript, else the checker would be tested on error types.
  expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  return findFloatingPromises(program, (f) => f === FIXTURE);
}

const PRELUDE = `
declare function save(row: string): Promise<void>;
declare function count(): Promise<number>;
declare function saveAsync(row: string): number; // sync, despite the name
declare function maybe(): Promise<void> | undefined;
declare const rows: string[];
declare const tags: Set<string>;
interface Store { insert(row: string): Promise<number>; readonly ready: Promise<boolean> }
declare const store: Store;
`;
const run = (body: string, tscCatches?: number[]) => check(`${PRELUDE}\nexport async function f() {\n${body}\n}\n`, tscCatches);
// tsc's own "condition will always return true … forgot to use await?" (TS2801) covers only some condition
// forms (not a variable, `while`, `!`, `||`), and an async sort comparator is a TS2345.
const TSC_CATCHES = [2801, 2345];

describe('findFloatingPromises reports', () => {
  it.each([
    ['a dropped call', 'save("a");', 'floating promise'],
    ['a promise compared with undefined', 'const seen = count() !== undefined; return seen;', 'compared with'],
    ['a dropped method call', 'store.insert("a");', 'floating promise'],
    ['a dropped call in parentheses', '(save("a"));', 'floating promise'],
    ['a dropped new Promise', 'new Promise<void>((r) => r());', 'floating promise'],
    ['a dropped promise-typed property', 'store.ready;', 'floating promise'],
    ['a dropped union containing a promise', 'maybe();', 'floating promise'],
    ['a dropped custom thenable', 'const t = { then: (ok: (v: number) => void) => Promise.resolve(ok(1)) }; t.then((v) => v);', 'floating promise'],
    ['an optional call returning a promise', 'const g = undefined as (() => Promise<void>) | undefined; g?.();', 'floating promise'],
    ['a dropped async IIFE', '(async () => { await save("a"); })();', 'floating promise'],
    ['a dropped .finally()', 'save("a").finally(() => {});', 'floating promise'],
    ['a promise as an if condition', 'if (store.ready) return 1;', 'condition'],
    ['a promise variable as an if condition', 'const ready = store.ready; if (ready) return 1;', 'condition'],
    ['a promise as a while condition', 'while (count()) break;', 'condition'],
    ['a promise as a ?: condition', 'const n = store.ready ? 1 : 2; return n;', 'condition'],
    ['a promise left of &&', 'const n = store.ready && 1; return n;', 'condition'],
    ['a promise left of ||', 'const n = count() || 1; return n;', 'condition'],
    ['a promise right of && inside an if', 'if (rows.length && store.ready) return 1;', 'condition'],
    ['a negated promise', 'const n = !store.ready; return n;', 'condition'],
    ['an async forEach callback', 'rows.forEach(async (r) => { await save(r); });', '.forEach()'],
    ['a forEach passing an async function', 'rows.forEach(save);', '.forEach()'],
    ['an async Set.forEach callback', 'tags.forEach(async (t) => { await save(t); });', '.forEach()'],
    ['an async filter callback', 'return rows.filter(async (r) => (await count()) > r.length);', '.filter()'],
    ['an async some callback', 'return rows.some(async (r) => (await count()) > r.length);', '.some()'],
    ['an async every callback', 'return rows.every(async (r) => (await count()) > r.length);', '.every()'],
    ['an async find callback', 'return rows.find(async (r) => (await count()) > r.length);', '.find()'],
    ['an async findIndex callback', 'return rows.findIndex(async (r) => (await count()) > r.length);', '.findIndex()'],
    ['an async sort comparator', 'return [...rows].sort(async (a, b) => (await count()) + a.length - b.length);', '.sort()'],
    ['an async flatMap callback', 'return rows.flatMap(async (r) => [await count(), r]);', '.flatMap()'],
    ['an async map result that is dropped', 'rows.map(async (r) => save(r));', '.map()'],
    ['an async map result kept but never combined', 'const ps = rows.map((r) => save(r)); return ps.length;', '.map()'],
    ['an awaited array of promises', 'await rows.map((r) => save(r));', '.map()'],
    ['an un-awaited async reduce', 'rows.reduce(async (acc, r) => { await acc; await save(r); }, Promise.resolve());', 'floating promise'],
    ['an async reduce result that is dropped', 'const p = rows.reduce(async (acc, r) => { await acc; await save(r); }, Promise.resolve()); return [p].length;', '.reduce()'],
    ['a promise in a template literal', 'return `rows: ${count()}`;', 'template literal'],
    ['a promise in string concatenation', 'return "rows: " + count();', 'concatenation'],
    ['a promise appended with +=', 'let s = "rows: "; s += count(); return s;', 'concatenation'],
  ])('%s', (_name, body, reason) => {
    const found = run(body, TSC_CATCHES);
    expect(found.length, JSON.stringify(found)).toBeGreaterThanOrEqual(1);
    expect(found.map((f) => f.reason).join('\n')).toContain(reason);
  });

  it('gives file, 1-based line and column, and the snippet', () => {
    const [finding, ...rest] = check('declare function save(): Promise<void>;\nexport function f() {\n  save();\n}\n');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: FIXTURE, line: 3, col: 3, snippet: 'save()' });
  });
});

describe('findFloatingPromises does not report', () => {
  it.each([
    ['an awaited call', 'await save("a"); const n = await count(); return n;'],
    ['a returned promise', 'return save("a");'],
    ['a void-prefixed call (explicit fire-and-forget)', 'void save("a");'],
    ['a promise with a .catch handler', 'save("a").catch(() => {});'],
    ['a promise with a .then rejection handler', 'save("a").then(() => {}, () => {});'],
    ['an assignment of a promise', 'let p: Promise<void>; p = save("a"); await p;'],
    ['an assignment to `_` (an assignment like any other)', 'let _: unknown; _ = save("a");'],
    ['a sync function named like an async one', 'saveAsync("a"); if (saveAsync("b")) return `${saveAsync("c")}` + saveAsync("d");'],
    ['an awaited condition', 'if (await store.ready) return 1; while (await count()) break; return !(await store.ready) || (await count()) ? 1 : 2;'],
    ['a presence test of an optional promise', 'const p = maybe(); if (p) await p;'],
    ['Promise.all over an async map', 'await Promise.all(rows.map(async (r) => save(r)));'],
    ['Promise.allSettled / race / any over a map', 'await Promise.allSettled(rows.map(save)); await Promise.race(rows.map(save)); await Promise.any(rows.map(save));'],
    ['a map spread into Promise.all', 'await Promise.all([...rows.map(save), count()]);'],
    ['a map kept in a variable, then combined', 'const ps = rows.map((r) => save(r)); await Promise.all(ps);'],
    ['a returned map', 'return rows.map((r) => save(r));'],
    ['an awaited async reduce', 'await rows.reduce(async (acc, r) => { await acc; await save(r); }, Promise.resolve());'],
    ['sync array callbacks', 'rows.forEach((r) => saveAsync(r)); return rows.filter((r) => r.length).map((r) => r.trim());'],
    ['for…of with await', 'for (const r of rows) await save(r);'],
    ['a tagged template', 'const tag = (s: TemplateStringsArray, ...v: unknown[]) => v.length; return tag`${count()}`;'],
    ['a fluent object whose then() returns void (like FastifyReply)', 'const reply = { send: () => reply, then(ok: () => void, err: (e: Error) => void): void { ok(); err(new Error()); } }; reply.send(); return [!reply.send(), `${reply}`];'],
    ['an untyped (any) value', 'const x: any = save("a"); x(); x.then; if (x) return `${x}`;'],
    ['a number added to an awaited count', 'return "n" + (await count()) + 1;'],
  ])('%s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });

  it('an async-iterator helper-like method is not mistaken for an array method', () => {
    const code = `${PRELUDE}
interface Stream<T> { forEach(fn: (x: T) => Promise<void>): Promise<void>; map<U>(fn: (x: T) => Promise<U>): Stream<U> }
declare const s: Stream<string>;
export async function f() { await s.forEach(async (x) => { await save(x); }); return s.map(async (x) => x); }`;
    expect(check(code)).toEqual([]);
  });
});

describe('SQLite-only drizzle methods', () => {
  // Stand-ins named like drizzle's sqlite-core classes: the rule keys on the receiver's class name.
  const DRIZZLE = `
declare class SQLiteSelectBase { get(): Promise<unknown>; all(): Promise<unknown[]>; then(ok: (rows: unknown[]) => void): Promise<void> }
declare class SQLiteInsertBuilder { values(v: object): Promise<void> }
declare const select: SQLiteSelectBase;
declare const insert: SQLiteInsertBuilder;
declare const cache: Map<string, number>;
`;
  it('reports .get()/.all() on a SQLite builder (they do not exist on PostgreSQL)', () => {
    const found = check(`${DRIZZLE}\nexport async function f() { await select.get(); await select.all(); }\n`);
    expect(found.map((x) => x.reason)).toEqual([expect.stringContaining('.get() works on SQLite only'), expect.stringContaining('.all() works on SQLite only')]);
  });
  it('leaves insert().values() and Map.get() alone', () => {
    expect(check(`${DRIZZLE}\nexport async function f() { await insert.values({}); return cache.get('a'); }\n`)).toEqual([]);
  });
});
