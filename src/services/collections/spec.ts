import { compileSpec, type CompiledSpec } from '../../core/collections/reply';
import type { CollectionRow } from '../../store/repos/collections';

// An open collection sees every line of its groups: compile its patterns once.
const cache = new Map<number, { items: string; fields: string; compiled: CompiledSpec }>();

export function compiledSpecOf(c: CollectionRow): CompiledSpec {
  const items = JSON.stringify(c.items);
  const fields = JSON.stringify(c.fields);
  const hit = cache.get(c.id);
  if (hit && hit.items === items && hit.fields === fields) return hit.compiled;
  const compiled = compileSpec({ kind: c.kind, items: c.items, fields: c.fields });
  if (cache.size > 200) cache.clear();
  cache.set(c.id, { items, fields, compiled });
  return compiled;
}

/** Item name → unit, for texts such as "白菜2斤". */
export function unitsOf(c: CollectionRow): Map<string, string | null> {
  return new Map(c.items.map((i) => [i.name, i.unit]));
}
