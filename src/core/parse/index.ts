/**
 * Intake parser: one resident message → intent, category, urgency, location.
 * Pure: no I/O. `parse` uses the default taxonomy (or `opts.taxonomy`);
 * `createParser` binds a community's own taxonomy once.
 */
import { compileTaxonomy, type CompiledTaxonomy } from './classify';
import { DEFAULT_MODEL } from './model';
import { assemble } from './assemble';
import type { LinearModel } from './model/linear';
import { ruleView } from './rules';
import { DEFAULT_TAXONOMY } from './taxonomy';
import type { Category, ParseOptions, ParseResult } from './types';

export type {
  Category,
  EmergencyKind,
  Intent,
  KeywordWeights,
  ParseOptions,
  ParseResult,
  ResponsibleRole,
  Urgency,
} from './types';
export { DEFAULT_TAXONOMY } from './taxonomy';
export { EMERGENCY_CONTACTS } from './emergency';
export { normalize } from './normalize';
export { extractLocation, type Location } from './location';

export { SUMMARY_MAX, assemble } from './assemble';

function run(compiled: CompiledTaxonomy, text: string, opts: ParseOptions | undefined, model = DEFAULT_MODEL): ParseResult {
  return assemble(compiled, model, ruleView(text, opts?.groupBuilding));
}

export type Parser = (text: string, opts?: Omit<ParseOptions, 'taxonomy'>) => ParseResult;

/** Build a parser bound to a community's own taxonomy (compiled once). */
export function createParser(taxonomy: readonly Category[], model: LinearModel = DEFAULT_MODEL): Parser {
  const compiled = compileTaxonomy(taxonomy);
  return (text, opts) => run(compiled, text, opts, model);
}

const defaultCompiled = compileTaxonomy(DEFAULT_TAXONOMY);
// Callers passing the same custom taxonomy array repeatedly compile it once.
const compiledCache = new WeakMap<readonly Category[], CompiledTaxonomy>();

export function parse(text: string, opts?: ParseOptions): ParseResult {
  let compiled = defaultCompiled;
  const custom = opts?.taxonomy;
  if (custom && custom !== DEFAULT_TAXONOMY) {
    compiled = compiledCache.get(custom) ?? compileTaxonomy(custom);
    compiledCache.set(custom, compiled);
  }
  return run(compiled, text, opts);
}
