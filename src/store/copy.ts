import { count, getTableName, is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';
import { rawSql, type Store } from './port';

type Table = SQLiteTable;

/** Every table of the schema, parents before children (foreign keys), so rows can be inserted in order. */
export function tablesInCopyOrder(): Table[] {
  const tables = (Object.values(schema) as unknown[]).filter((v): v is Table => is(v, SQLiteTable));
  const byName = new Map(tables.map((t) => [getTableName(t), t]));
  const done = new Set<string>();
  const out: Table[] = [];
  const visit = (t: Table, path: string[]) => {
    const name = getTableName(t);
    if (done.has(name)) return;
    if (path.includes(name)) return; // a self-reference: the table's own rows keep their ids
    for (const fk of getTableConfig(t).foreignKeys) {
      const parent = getTableName(fk.reference().foreignTable);
      const p = byName.get(parent);
      if (p && parent !== name) visit(p, [...path, name]);
    }
    done.add(name);
    out.push(t);
  };
  for (const t of tables) visit(t, []);
  return out;
}

export interface CopyReport {
  tables: { name: string; source: number; target: number }[];
}

/**
 * Copies every row of every table from one store to another (a community
 * moving from its SQLite file to the street's PostgreSQL), ids included, in
 * one transaction on the target, then checks the counts table by table.
 * The target must be empty: merging two communities' ids is not a copy.
 * PostgreSQL sequences are moved past the copied ids.
 */
export async function copyStore(from: Store, to: Store, opts: { batch?: number; onTable?: (name: string, n: number) => void } = {}): Promise<CopyReport> {
  const batch = opts.batch ?? 500;
  const tables = tablesInCopyOrder();
  for (const t of tables) {
    const [row] = await to.db.select({ n: count() }).from(t);
    if ((row?.n ?? 0) > 0) throw new Error(`目标库不是空的：表 ${getTableName(t)} 已有 ${row!.n} 行`);
  }
  await to.transaction(async () => {
    for (const t of tables) {
      const name = getTableName(t);
      const pk = getTableConfig(t).columns.find((c) => c.primary);
      let copied = 0;
      // Paged by primary key where there is one, so a large table never sits in memory whole.
      for (let offset = 0; ; offset += batch) {
        const q = from.db.select().from(t).$dynamic();
        const rows = await (pk ? q.orderBy(pk) : q).limit(batch).offset(offset);
        if (rows.length === 0) break;
        await to.db.insert(t).values(rows as never);
        copied += rows.length;
        if (rows.length < batch) break;
      }
      opts.onTable?.(name, copied);
    }
    if (to.dialect === 'postgres') await resetSequences(to, tables);
  });
  const report: CopyReport = { tables: [] };
  for (const t of tables) {
    const [a] = await from.db.select({ n: count() }).from(t);
    const [b] = await to.db.select({ n: count() }).from(t);
    report.tables.push({ name: getTableName(t), source: a?.n ?? 0, target: b?.n ?? 0 });
  }
  const wrong = report.tables.filter((r) => r.source !== r.target);
  if (wrong.length) throw new Error(`行数不一致：${wrong.map((r) => `${r.name} ${r.source}→${r.target}`).join('，')}`);
  return report;
}

/** serial columns count from 1 whatever was inserted: move each past the largest copied id. */
async function resetSequences(store: Store, tables: Table[]): Promise<void> {
  const raw = rawSql(store.db);
  for (const t of tables) {
    const name = getTableName(t);
    const pk = getTableConfig(t).columns.find((c) => c.primary && c.columnType === 'SQLiteInteger');
    if (!pk) continue;
    await raw.rows(
      `SELECT setval(pg_get_serial_sequence('"${name}"', '${pk.name}'), coalesce((SELECT max("${pk.name}") FROM "${name}"), 0) + 1, false)`,
    );
  }
}
