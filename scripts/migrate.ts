/**
 * Applies pending migrations to the store GRIDBOT_DB names (SQLite file,
 * postgres:// URL or pglite:) and exits. `npm start` does the same at start;
 * this is for deploy scripts that migrate before starting several processes.
 */
import 'dotenv/config';
import { openStore } from '../src/store/db';

const spec = process.argv[2] ?? process.env.GRIDBOT_DB ?? './data/gridbot.db';
const store = await openStore(spec);
console.log(`已迁移到最新：${store.location}（${store.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'}）`);
await store.close();
