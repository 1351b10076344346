/**
 * Compiles a taxonomy into matchers and scores a text against it.
 *
 * Speed: testing every keyword with `includes` costs ~10 µs a message (a few
 * hundred words × nine categories). Instead the string keywords are indexed
 * by their first character and the text is scanned once, trying only the
 * words that start with the character at hand; RegExp keywords are tested
 * one by one. Each keyword still counts at most once per message.
 */
import type { Category, EmergencyKind } from './types';

/** A best score below this is not evidence of a problem. */
export const REPORT_THRESHOLD = 3;
/**
 * Extra weight for the category that owns a detected emergency kind: enough
 * that "瓦斯味…敲门没人应" is a safety ticket whatever the context words say
 * (4 was not: the noise words around a gas smell outweighed it; 8 took
 * "water running down the light fitting" away from repair).
 */
const EMERGENCY_BOOST = 6;

interface StringTerm {
  term: string;
  category: number;
  weight: number;
}

interface RegexTerm {
  re: RegExp;
  category: number;
  weight: number;
}

export interface CompiledTaxonomy {
  categories: readonly Category[];
  byCode: ReadonlyMap<string, Category>;
  fallbackCode: string;
  stringTerms: StringTerm[];
  /** First UTF-16 unit → indexes into stringTerms. */
  byFirstUnit: Map<number, number[]>;
  regexTerms: RegexTerm[];
  /** Per-term "already counted in message number N" stamps. */
  seenAt: Uint32Array;
  generation: number;
}

export interface CategoryScore {
  code: string;
  score: number;
}

export function compileTaxonomy(taxonomy: readonly Category[]): CompiledTaxonomy {
  const codes = new Set<string>();
  const stringTerms: StringTerm[] = [];
  const regexTerms: RegexTerm[] = [];
  taxonomy.forEach((category, index) => {
    if (codes.has(category.code)) throw new Error(`duplicate category code: ${category.code}`);
    codes.add(category.code);
    for (const [w, terms] of Object.entries(category.keywords)) {
      const weight = Number(w);
      if (!Number.isFinite(weight)) throw new Error(`bad keyword weight "${w}" in ${category.code}`);
      for (const term of terms) {
        if (term instanceof RegExp) {
          // lastIndex state would make test() alternate between true and false.
          if (term.global || term.sticky) {
            throw new Error(`keyword RegExp must not be global/sticky: ${term} in ${category.code}`);
          }
          regexTerms.push({ re: term, category: index, weight });
        } else if (term !== '') {
          stringTerms.push({ term, category: index, weight });
        }
      }
    }
  });
  const byFirstUnit = new Map<number, number[]>();
  stringTerms.forEach((t, i) => {
    const key = t.term.charCodeAt(0);
    const list = byFirstUnit.get(key);
    if (list) list.push(i);
    else byFirstUnit.set(key, [i]);
  });
  const fallback = taxonomy.find((c) => c.fallback) ?? taxonomy.find((c) => c.code === 'other');
  return {
    categories: taxonomy,
    byCode: new Map(taxonomy.map((c) => [c.code, c])),
    fallbackCode: fallback?.code ?? 'other',
    stringTerms,
    byFirstUnit,
    regexTerms,
    seenAt: new Uint32Array(stringTerms.length),
    generation: 0,
  };
}

/** Score of every category, in taxonomy order. */
export function scoreCategories(compiled: CompiledTaxonomy, text: string): Float64Array {
  const scores = new Float64Array(compiled.categories.length);
  // Wrap-around after 4 billion messages: reset the stamps rather than misread them.
  if (++compiled.generation === 0xffffffff) {
    compiled.seenAt.fill(0);
    compiled.generation = 1;
  }
  const gen = compiled.generation;
  const { stringTerms, byFirstUnit, seenAt } = compiled;
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirstUnit.get(text.charCodeAt(i));
    if (candidates === undefined) continue;
    for (const id of candidates) {
      if (seenAt[id] === gen) continue;
      const t = stringTerms[id]!;
      if (text.startsWith(t.term, i)) {
        seenAt[id] = gen;
        scores[t.category]! += t.weight;
      }
    }
  }
  for (const { re, category, weight } of compiled.regexTerms) {
    if (re.test(text)) scores[category]! += weight;
  }
  return scores;
}

/** Best-scoring category; ties go to the earlier category in the taxonomy. */
export function bestCategory(
  compiled: CompiledTaxonomy,
  text: string,
  emergencyKind: EmergencyKind | null,
): CategoryScore {
  const scores = scoreCategories(compiled, text);
  let best: CategoryScore = { code: compiled.fallbackCode, score: 0 };
  compiled.categories.forEach((category, i) => {
    let score = scores[i]!;
    if (emergencyKind && category.emergencyKinds?.includes(emergencyKind)) score += EMERGENCY_BOOST;
    if (score > best.score) best = { code: category.code, score };
  });
  return best;
}
