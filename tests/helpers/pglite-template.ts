/**
 * An empty, migrated PGlite database, built once and kept in the temp
 * directory for every test process and later runs: a fresh PGlite costs
 * ~10 s (initdb in WebAssembly, then the migrations), a copy of this ~3 s.
 *
 * Names hold a hash of the PostgreSQL migrations and the PGlite version, so a
 * new migration (or a new PGlite) builds a new template. Processes racing to
 * build one each build their own and the first rename wins.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/db';
import { openPgliteStore } from '../../src/store/engines/pglite';

function templateKey(): string {
  const migrations = fileURLToPath(new URL('../../src/store/pg/migrations', import.meta.url));
  const hash = createHash('sha256');
  for (const f of readdirSync(migrations, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(migrations, f);
    if (statSync(file).isFile()) hash.update(f).update(readFileSync(file));
  }
  const pglitePackage = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  hash.update((JSON.parse(readFileSync(pglitePackage, 'utf8')) as { version: string }).version);
  return hash.digest('hex').slice(0, 16);
}

let dir: Promise<string> | undefined;

/** The template as a data directory, for `pglite:<copy of it>` (stores a test reopens by path). */
export function pgliteTemplateDir(): Promise<string> {
  dir ??= (async () => {
    const target = join(tmpdir(), `gridbot-pglite-template-${templateKey()}`);
    if (existsSync(join(target, 'PG_VERSION'))) return target;
    const building = mkdtempSync(join(tmpdir(), 'gridbot-pglite-building-'));
    const store = await openStore(`pglite:${building}`);
    await store.close();
    try {
      renameSync(building, target);
    } catch (e) {
      // Another process got there first: use theirs.
      rmSync(building, { recursive: true, force: true });
      if (!existsSync(join(target, 'PG_VERSION'))) throw e;
    }
    return target;
  })();
  return dir;
}

let dump: Promise<Blob> | undefined;

/**
 * The template as a `dumpDataDir()` tarball, for in-memory stores
 * (`openPgliteStore(undefined, { from })`): each test gets its own copy.
 */
export function pgliteTemplateDump(): Promise<Blob> {
  dump ??= (async () => {
    const file = join(tmpdir(), `gridbot-pglite-template-${templateKey()}.tgz`);
    if (!existsSync(file)) {
      const store = await openPgliteStore(await pgliteTemplateDir());
      const tarball = await store.pglite.dumpDataDir('gzip');
      await store.close();
      // Written aside then renamed, so a reader never sees half a file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
      renameSync(partial, file);
    }
    return new Blob([readFileSync(file)]);
  })();
  return dump;
}
