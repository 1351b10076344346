import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDb } from '../helpers/app';
import { openStore } from '../../src/store/db';
import { ensureBootstrapToken, verifyApiToken } from '../../src/services/tokens';
import { startAnnBot, type AnnBot } from './support';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let b: AnnBot | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await b?.stop();
  b = undefined;
  for (const c of cleanups.splice(0)) c();
});

describe('API tokens', () => {
  it('the bootstrap token is created once, on an empty table, and works as an office token', async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);
    const store = openStore(db.path);
    const token = ensureBootstrapToken(store);
    expect(token).toMatch(/^gb_[\w-]{32}$/);
    expect(ensureBootstrapToken(store)).toBeNull();
    expect(verifyApiToken(store.db, token!)).toMatchObject({ role: 'office' });
    expect(verifyApiToken(store.db, `${token}x`)).toBeNull();
    store.close();

    b = await startAnnBot({ dbPath: db.path, env: { GRIDBOT_ADMIN_TOKEN: '' } });
    const res = await b.api('POST', '/api/announcements', { text: '令牌测试', targets: { buildings: ['1'] } }, token);
    expect(res.status).toBe(201);
  });

  it('npm run token creates a token that the API accepts, with its role', async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);
    openStore(db.path).close();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/create-token.ts', '--role', 'grid_worker', '--label', '李强', '--db', db.path], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const token = /\n(gb_\S+)/.exec(run.stdout)?.[1];
    expect(token).toBeDefined();
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/create-token.ts', '--role', 'resident', '--label', 'x', '--db', db.path], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);

    b = await startAnnBot({ dbPath: db.path });
    expect((await b.api('GET', '/api/announcements', undefined, token)).status).toBe(200);
    expect((await b.api('POST', '/api/announcements', { text: 'x', targets: { all: true } }, token)).status).toBe(403);
  });
});
