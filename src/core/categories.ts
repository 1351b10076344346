import { DEFAULT_TAXONOMY, type ResponsibleRole } from './parse';

/** Tickets opened from questions the FAQ could not answer. */
export const CONSULT = { code: 'consult', label: '咨询', responsibleRole: 'grid_worker' as ResponsibleRole };

export function categoryLabel(code: string): string {
  if (code === CONSULT.code) return CONSULT.label;
  return DEFAULT_TAXONOMY.find((c) => c.code === code)?.label ?? code;
}

export function responsibleRole(code: string): ResponsibleRole {
  return DEFAULT_TAXONOMY.find((c) => c.code === code)?.responsibleRole ?? 'grid_worker';
}
