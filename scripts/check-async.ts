/**
 * `npm run check:async [-- PATH_PREFIX...]`: finds floating promises — calls
 * that return a Promise (or any thenable) but whose result is dropped, tested
 * for truth, or printed. This is the bug class of the sync→async store port:
 * a call that used to finish before the next line now runs later, maybe
 * outside its transaction, and its rejection is lost.
 *
 * Type-based (TypeScript compiler API over tsconfig.json), so a sync function
 * named `saveAsync` is not reported and an untyped (`any`) value never is.
 * Prints `file:line:col  snippet  reason` and a count; exit 1 if any finding.
 */
import ts from 'typescript';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Finding { file: string; line: number; col: number; snippet: string; reason: string }

const COMBINATORS = new Set(['all', 'allSettled', 'race', 'any']);
/** Array methods that call back but ignore (or mis-use) what the callback returns. */
const IGNORING = new Set(['forEach', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'sort', 'flatMap']);
/** Methods whose result holds the callback's promises: fine only if that result is handled. */
const COLLECTING = new Set(['map', 'reduce']);

const isWrapper = (n: ts.Node): n is ts.ParenthesizedExpression | ts.AsExpression | ts.SatisfiesExpression | ts.NonNullExpression =>
  ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isNonNullExpression(n);
const skipParens = (e: ts.Expression): ts.Expression => (isWrapper(e) ? skipParens(e.expression) : e);

/** drizzle query methods that exist on SQLite builders only (see src/store/port.ts). */
const SQLITE_ONLY = new Set(['get', 'all', 'run', 'values']);

export function findFloatingPromises(program: ts.Program, filter: (fileName: string) => boolean = () => true): Finding[] {
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  const seen = new Set<ts.Node>();
  let sf: ts.SourceFile;

  const typeOf = (n: ts.Node) => checker.getTypeAtLocation(n);
  /** A thenable has a callable `then`; a union is one if any member is (e.g. `Promise<void> | undefined`).
   *  Not when every `then` returns void: that is an object made awaitable for convenience, not a
   *  pending result whose rejection could be lost — fastify's FastifyReply (`reply.send(x);`). */
  function isThenable(type: ts.Type, node: ts.Node): boolean {
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) return false;
    if (type.isUnion()) return type.types.some((t) => isThenable(t, node));
    const then = checker.getPropertyOfType(checker.getApparentType(type), 'then');
    const signatures = then ? checker.getTypeOfSymbolAtLocation(then, node).getCallSignatures() : [];
    return signatures.some((s) => !(s.getReturnType().flags & ts.TypeFlags.Void));
  }
  const returnsThenable = (type: ts.Type, node: ts.Node) =>
    checker.getNonNullableType(type).getCallSignatures().some((s) => isThenable(s.getReturnType(), node));

  function report(node: ts.Node, reason: string) {
    if (seen.has(node)) return;
    seen.add(node);
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    let snippet = node.getText(sf).replace(/\s+/g, ' ');
    if (snippet.length > 80) snippet = `${snippet.slice(0, 77)}...`;
    findings.push({ file: sf.fileName, line: line + 1, col: character + 1, snippet, reason });
  }

  const isCombinator = (e: ts.Expression) => ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)
    && e.expression.text === 'Promise' && COMBINATORS.has(e.name.text);

  /** Is this collection of promises handled: combined by Promise.all & co, returned, awaited
   *  (only if itself a promise: `await array` does not wait for its elements), or kept in a
   *  variable that is one of those somewhere in the file. */
  function handled(expr: ts.Expression, depth = 0): boolean {
    let n: ts.Node = expr;
    while (isWrapper(n.parent)) n = n.parent;
    const p = n.parent;
    if (ts.isSpreadElement(p)) return ts.isArrayLiteralExpression(p.parent) && handled(p.parent, depth);
    if (ts.isArrayLiteralExpression(p)) return handled(p, depth);
    if (ts.isCallExpression(p) && p.arguments.includes(n as ts.Expression)) return isCombinator(p.expression);
    if (ts.isReturnStatement(p) || (ts.isArrowFunction(p) && p.body === n)) return true;
    if (ts.isAwaitExpression(p)) return isThenable(typeOf(n), n);
    if (ts.isVariableDeclaration(p) && p.initializer === n && ts.isIdentifier(p.name) && depth < 3) {
      const sym = checker.getSymbolAtLocation(p.name);
      const name = p.name.text;
      let ok = false;
      const visit = (m: ts.Node): void => {
        if (ok) return;
        if (ts.isIdentifier(m) && m !== p.name && m.text === name && checker.getSymbolAtLocation(m) === sym) ok = handled(m, depth + 1);
        else m.forEachChild(visit);
      };
      visit(sf);
      return ok;
    }
    return false;
  }

  /** A promise is always truthy, so testing one is a missing `await`. A union with
   *  null/undefined is a presence test (`if (this.pending)`), which is fine. */
  function checkCondition(e: ts.Expression) {
    e = skipParens(e);
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
      checkCondition(e.right); // the left side is checked where the && / || itself is visited
      return;
    }
    const type = typeOf(e);
    const nullable = type.isUnion() && type.types.some((t) => t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void));
    if (!nullable && isThenable(type, e)) report(e, 'promise used as a condition (always truthy): missing await?');
  }

  function isArrayish(e: ts.Expression, method: string) {
    const t = checker.getNonNullableType(typeOf(e));
    const parts = t.isUnion() ? t.types : [t];
    return parts.every((p) => checker.isArrayType(p) || checker.isTupleType(p)
      // Map/Set.forEach ignore the callback's result too; streams and async iterators are NOT listed: their helpers await it.
      || (method === 'forEach' && ['Map', 'Set', 'ReadonlyMap', 'ReadonlySet'].includes(p.getSymbol()?.name ?? '')));
  }

  function visit(node: ts.Node): void {
    if (ts.isExpressionStatement(node)) {
      const e = skipParens(node.expression);
      const assignment = ts.isBinaryExpression(e) && e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && e.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
      // `p.catch(h)` / `p.then(f, h)` handle the rejection: an explicit fire-and-forget, like `void p`.
      const caught = ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)
        && ((e.expression.name.text === 'catch' && e.arguments.length >= 1) || (e.expression.name.text === 'then' && e.arguments.length >= 2));
      if (!assignment && !caught && !ts.isVoidExpression(e) && !ts.isAwaitExpression(e) && !ts.isYieldExpression(e) && isThenable(typeOf(e), e)) {
        report(e, 'floating promise: await it, return it, or mark fire-and-forget with `void`');
      }
    } else if (ts.isIfStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)) {
      checkCondition(node.expression);
    } else if (ts.isForStatement(node) && node.condition) {
      checkCondition(node.condition);
    } else if (ts.isConditionalExpression(node)) {
      checkCondition(node.condition);
    } else if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      checkCondition(node.operand);
    } else if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) checkCondition(node.left);
      const equality = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken];
      if (equality.includes(op)) {
        // `query.then(first) !== undefined` compares the promise itself: always unequal.
        // Two promises compared is identity (which one is running): fine.
        const [l, r] = [isThenable(typeOf(node.left), node.left), isThenable(typeOf(node.right), node.right)];
        if (l !== r) report(l ? node.left : node.right, 'promise compared with ===/!== (always unequal): missing await?');
      }
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.PlusEqualsToken) {
        // Only when the result is a string: `'id ' + p` prints "[object Promise]".
        const str = checker.getBaseTypeOfLiteralType(typeOf(node)).flags & ts.TypeFlags.String;
        for (const side of [node.left, node.right]) {
          if (str && isThenable(typeOf(side), side)) report(side, 'promise in string concatenation: missing await?');
        }
      }
    } else if (ts.isTemplateSpan(node) && !ts.isTaggedTemplateExpression(node.parent.parent)) {
      // Untagged only: a tag (e.g. drizzle's sql``) receives the values, not their text.
      if (isThenable(typeOf(node.expression), node.expression)) report(node.expression, 'promise in template literal: missing await?');
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && SQLITE_ONLY.has(node.expression.name.text)
      && /^SQLite(?!InsertBuilder)/.test(checker.getNonNullableType(typeOf(node.expression.expression)).getSymbol()?.name ?? '')) {
      // The store's Db is typed as drizzle's async SQLite database, which has these; PostgreSQL's builders do not.
      report(node, `.${node.expression.name.text}() works on SQLite only: await the query (first()/only()/affected()) or use .execute()`);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.arguments[0]) {
      const method = node.expression.name.text;
      const cb = node.arguments[0];
      if ((IGNORING.has(method) || COLLECTING.has(method)) && isArrayish(node.expression.expression, method) && returnsThenable(typeOf(cb), cb)) {
        if (IGNORING.has(method)) report(node, `async callback to .${method}(): its promise is ignored (use for…of with await, or Promise.all)`);
        else if (!handled(node)) report(node, `async callback to .${method}(): the promises are not awaited (wrap in Promise.all)`);
      }
    }
    node.forEachChild(visit);
  }

  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file) || !filter(file.fileName)) continue;
    sf = file;
    visit(file);
  }
  return findings;
}

/** The program tsc checks: tsconfig.json's root files and options. */
export function loadProject(configPath = resolve('tsconfig.json')): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
}

function main(args: string[]) {
  const started = Date.now();
  const prefixes = args.map((a) => resolve(a));
  const filter = (f: string) => prefixes.length === 0 || prefixes.some((p) => f === p || f.startsWith(p.endsWith('/') ? p : `${p}/`));
  const findings = findFloatingPromises(loadProject(), filter);
  for (const f of findings) console.log(`${relative(process.cwd(), f.file)}:${f.line}:${f.col}  ${f.snippet}  ${f.reason}`);
  console.log(`${findings.length} floating-promise finding(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}

// Only as a CLI: importing this module (the tests do) must not load the whole project.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
