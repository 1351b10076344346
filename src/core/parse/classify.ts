/**
 * Compiles a taxonomy into flat matcher lists and scores a text against it.
 * Plain `includes` over a few hundred short words is a few microseconds, so
 * no trie: the data stays readable and debuggable.
 */
import type { Category, EmergencyKind } from './types';

/** A best score below this is not evidence of a problem. */
export const REPORT_THRESHOLD = 3;
/** Extra weight for the category that owns a detected emergency kind. */
const EMERGENCY_BOOST = 4;

interface Matcher {
  term: string | RegExp;
  weight: number;
}

export interface CompiledCategory {
  category: Category;
  matchers: Matcher[];
}

export interface CompiledTaxonomy {
  categories: CompiledCategory[];
  fallbackCode: string;
}

export interface CategoryScore {
  code: string;
  score: number;
}

export function compileTaxonomy(taxonomy: readonly Category[]): CompiledTaxonomy {
  const codes = new Set<string>();
  const categories: CompiledCategory[] = [];
  for (const category of taxonomy) {
    if (codes.has(category.code)) throw new Error(`duplicate category code: ${category.code}`);
    codes.add(category.code);
    const matchers: Matcher[] = [];
    for (const [w, terms] of Object.entries(category.keywords)) {
      const weight = Number(w);
      if (!Number.isFinite(weight)) throw new Error(`bad keyword weight "${w}" in ${category.code}`);
      for (const term of terms) {
        if (term instanceof RegExp && (term.global || term.sticky)) {
          // lastIndex state would make test() alternate between true and false.
          throw new Error(`keyword RegExp must not be global/sticky: ${term} in ${category.code}`);
        }
        if (term === '') continue;
        matchers.push({ term, weight });
      }
    }
    categories.push({ category, matchers });
  }
  const fallback = taxonomy.find((c) => c.fallback) ?? taxonomy.find((c) => c.code === 'other');
  return { categories, fallbackCode: fallback?.code ?? 'other' };
}

/** Best-scoring category; ties go to the earlier category in the taxonomy. */
export function bestCategory(
  compiled: CompiledTaxonomy,
  text: string,
  emergencyKind: EmergencyKind | null,
): CategoryScore {
  let best: CategoryScore = { code: compiled.fallbackCode, score: 0 };
  for (const { category, matchers } of compiled.categories) {
    let score = 0;
    for (const { term, weight } of matchers) {
      if (typeof term === 'string' ? text.includes(term) : term.test(text)) score += weight;
    }
    if (emergencyKind && category.emergencyKinds?.includes(emergencyKind)) score += EMERGENCY_BOOST;
    if (score > best.score) best = { code: category.code, score };
  }
  return best;
}
