import { getTableColumns, is, SQL } from 'drizzle-orm';
import {
  bigint,
  doublePrecision,
  foreignKey,
  getTableConfig as getPgTableConfig,
  index,
  integer,
  PgDialect,
  pgTable,
  primaryKey,
  serial,
  text,
  unique,
  uniqueIndex,
  type PgColumn,
  type PgColumnBuilderBase,
  type PgTable,
} from 'drizzle-orm/pg-core';
import { getTableConfig, SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * Derives the PostgreSQL table from a SQLite table (src/store/schema), column
 * by column. The result is only used to CREATE the tables (drizzle-kit
 * migrations for the `postgresql` dialect): query code keeps using the SQLite
 * table objects on both engines, so every PostgreSQL column must store a value
 * in exactly the form the SQLite table's mapping sends and expects back —
 * epoch-millisecond integers, 0/1, JSON text, enum text.
 *
 * Anything not understood here throws, naming the table and column, so a new
 * kind of column cannot end up silently different on PostgreSQL.
 */
export function mirror(source: SQLiteTable): PgTable {
  const known = mirrored.get(source);
  if (known) return known;
  const config = getTableConfig(source);
  const tableName = config.name;
  const where = (what: string) => `mirror(${tableName}): ${what}`;

  // Same JS keys as the SQLite table, so the two read alike.
  const keyOf = keysByColumn(source);
  const columns: Record<string, PgColumnBuilderBase> = {};
  for (const [key, column] of Object.entries(getTableColumns(source))) {
    columns[key] = mirrorColumn(tableName, column as SQLiteColumn);
  }

  if (config.checks.length > 0) throw new Error(where(`CHECK constraints are not mirrored (${config.checks.map((c) => c.name).join(', ')})`));

  const table = pgTable(tableName, columns, (t) => {
    // `t` holds the "extra config" columns: drizzle-kit reads the index
    // column order (asc/desc) from them, so indexes must be built on these and
    // not on the table's plain columns (those would come out as DESC).
    const col = (c: unknown, role: string): PgColumn => {
      if (!is(c, SQLiteColumn)) throw new Error(where(`${role} on an SQL expression is not mirrored`));
      const key = c.table === source ? keyOf.get(c) : undefined;
      const pgCol = key === undefined ? undefined : t[key];
      if (!pgCol) throw new Error(where(`${role} uses column ${c.name} of another table`));
      return pgCol as PgColumn;
    };
    const cols = (list: unknown[], role: string) => {
      const [first, ...rest] = list.map((c) => col(c, role));
      if (!first) throw new Error(where(`${role} has no columns`));
      return [first, ...rest] as [PgColumn, ...PgColumn[]];
    };
    return [
      // Composite keys (single-column ones are on the column itself). Same name as SQLite's, if one was given.
      ...config.primaryKeys.map((pk) => primaryKey({ name: pk.name, columns: cols(pk.columns, `primary key ${pk.getName()}`) })),
      // Table-level unique(): a named constraint on PostgreSQL, a unique index of that name on SQLite.
      ...config.uniqueConstraints.map((u) => unique(u.name).on(...cols(u.columns, `unique ${u.name}`))),
      // Indexes: same name, uniqueness, columns and order; a partial index keeps its WHERE.
      ...config.indexes.map((ix) => {
        const { name, unique: isUnique, columns: on, where: predicate } = ix.config;
        const built = (isUnique ? uniqueIndex(name) : index(name)).on(...cols(on, `index ${name}`));
        if (predicate === undefined) return built;
        // drizzle-kit writes the WHERE as the PG dialect renders it, with
        // bound parameters left as $1…: only parameter-free SQL survives.
        if (!is(predicate, SQL) || pgDialect.sqlToQuery(predicate).params.length > 0) {
          throw new Error(where(`index ${name}: a partial WHERE with bound values is not mirrored (use sql.raw literals)`));
        }
        return built.where(predicate);
      }),
      // Foreign keys, inline (.references) and table-level alike: same
      // columns → the mirrored target table's same columns, same actions
      // (unset = NO ACTION on both engines).
      ...config.foreignKeys.map((fk) => {
        const ref = fk.reference();
        const target = ref.foreignTable as SQLiteTable;
        // Mirrored on demand (memoized), so table order in schema.ts does not matter.
        const targetPg = mirror(target);
        const targetKeys = keysByColumn(target);
        const targetCols = getTableColumns(targetPg);
        const foreignColumns = ref.foreignColumns.map((fc) => {
          const k = targetKeys.get(fc as SQLiteColumn);
          const pgCol = k === undefined ? undefined : targetCols[k];
          if (!pgCol) throw new Error(where(`foreign key ${fk.getName()} targets unknown column ${fc.name}`));
          return pgCol;
        });
        let built = foreignKey({
          name: ref.name,
          columns: cols(ref.columns, `foreign key ${fk.getName()}`),
          foreignColumns: foreignColumns as [PgColumn, ...PgColumn[]],
        });
        if (fk.onDelete) built = built.onDelete(fk.onDelete);
        if (fk.onUpdate) built = built.onUpdate(fk.onUpdate);
        return built;
      }),
    ];
  });
  mirrored.set(source, table);
  // pgTable defers the callback above to whoever reads the table's config
  // (drizzle-kit); run it now so a key, index or foreign key it cannot mirror
  // throws here too. After the set: a foreign key back to this table finds it.
  getPgTableConfig(table);
  return table;
}

const mirrored = new WeakMap<SQLiteTable, PgTable>();
const pgDialect = new PgDialect();

function keysByColumn(table: SQLiteTable): Map<SQLiteColumn, string> {
  return new Map(Object.entries(getTableColumns(table)).map(([k, c]) => [c as SQLiteColumn, k]));
}

/** One column: its type, then NOT NULL, DEFAULT, PRIMARY KEY and UNIQUE. */
function mirrorColumn(tableName: string, c: SQLiteColumn): PgColumnBuilderBase {
  const fail = (what: string): never => {
    throw new Error(`mirror(${tableName}.${c.name}): ${what}`);
  };
  if (c.generated) fail('generated columns are not mirrored');

  const type = c.columnType;
  const mode = (c as SQLiteColumn & { mode?: string }).mode;
  // SQLite's `integer primary key` (any integer mode) is the rowid: it is
  // assigned when an insert leaves it out, with or without AUTOINCREMENT
  // (drizzle types it as optional on insert either way), and foreign keys
  // point at it. `serial` is PostgreSQL's equivalent (int4 + sequence);
  // columns referencing it stay int4. A date or boolean rowid makes no sense.
  const rowid = c.primary && (type === 'SQLiteInteger' || type === 'SQLiteTimestamp' || type === 'SQLiteBoolean');
  if (rowid && type !== 'SQLiteInteger') fail(`a ${type} primary key is not mirrored`);
  let b: PgColumnBuilderBase & Record<string, any>;
  switch (type) {
    case 'SQLiteInteger':
      // Other plain integers here are foreign keys / ids and small counters
      // and levels (attempts, priority, stages, days…): int4, which every PG
      // driver returns as a JS number and whose sum() stays an integer
      // (int8's sum() is NUMERIC, a string in node-postgres and PGlite).
      b = rowid ? serial(c.name) : integer(c.name);
      break;
    case 'SQLiteTimestamp':
      // Epoch milliseconds (or seconds for mode 'timestamp'): past 2^31, so int8.
      // mode 'number' keeps the PG builder's JS type a number; the value read
      // back is whatever the driver's int8 parser makes of it (the engines
      // parse int8 as a JS number, as SQLite returns it).
      if (mode !== 'timestamp_ms' && mode !== 'timestamp') fail(`unknown timestamp mode ${String(mode)}`);
      b = bigint(c.name, { mode: 'number' });
      break;
    case 'SQLiteBoolean':
      // drizzle's SQLite boolean sends and reads 0/1: keep an integer, not PG boolean.
      b = integer(c.name);
      break;
    case 'SQLiteText':
    case 'SQLiteTextJson':
      // Plain, enum (no CHECK on SQLite either) and JSON (stored as its text) alike.
      b = text(c.name);
      break;
    case 'SQLiteReal':
      // SQLite REAL is an 8-byte IEEE float.
      b = doublePrecision(c.name);
      break;
    default:
      // blob (buffer/json/bigint modes), numeric, custom types…: not used by
      // the schema and not proven to round-trip the same on both engines.
      return fail(`column type ${type} is not mirrored; add a mapping to src/store/pg/mirror.ts`);
  }

  if (c.notNull && !c.primary) b = b.notNull();
  if (c.default !== undefined) b = b.default(mirrorDefault(c, fail));
  // $defaultFn / $onUpdateFn run in drizzle when a query is built, not in the
  // database, and queries use the SQLite table (which has them) on both
  // engines: nothing to create. (SQLite's migrations have no DEFAULT for them either.)
  if (c.primary) b = b.primaryKey();
  // Same constraint name as the unique index SQLite gets (<table>_<column>_unique).
  if (c.isUnique) b = b.unique(c.uniqueName);
  return b;
}

/** A literal default, in the stored form; SQL defaults would be SQLite SQL, so they throw. */
function mirrorDefault(c: SQLiteColumn, fail: (what: string) => never): unknown {
  const d: unknown = c.default;
  if (is(d, SQL)) return fail('an SQL default is SQLite SQL and is not mirrored; use a literal or $defaultFn');
  if (c.columnType === 'SQLiteBoolean' && typeof d === 'boolean') return d ? 1 : 0;
  if (typeof d === 'boolean') return fail(`boolean default on a ${c.columnType} column`);
  if (typeof d === 'number' || typeof d === 'string') {
    if (c.columnType === 'SQLiteTextJson') return fail('a JSON default is not mirrored');
    return d;
  }
  return fail(`default ${String(d)} (${typeof d}) is not mirrored`);
}
