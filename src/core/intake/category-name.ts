/**
 * A category as a worker types it in 改类 12 噪音 / 立单 M7 环境卫生: the code,
 * the label, or a unique part of the label ("噪音" → 噪音扰民). Pure.
 */
import { CONSULT } from '../categories';
import { DEFAULT_TAXONOMY } from '../parse/taxonomy';

export interface CategoryChoice {
  code: string;
  label: string;
}

export const CATEGORY_CHOICES: readonly CategoryChoice[] = [
  ...DEFAULT_TAXONOMY.map((c) => ({ code: c.code, label: c.label })),
  { code: CONSULT.code, label: CONSULT.label },
];

export function categoryByName(name: string): CategoryChoice | null {
  const key = name.trim().replace(/^[「"']|[」"']$/g, '');
  if (!key) return null;
  const exact = CATEGORY_CHOICES.find((c) => c.code === key.toLowerCase() || c.label === key);
  if (exact) return exact;
  const partial = CATEGORY_CHOICES.filter((c) => c.label.includes(key) || key.includes(c.label));
  return partial.length === 1 ? partial[0]! : null;
}
