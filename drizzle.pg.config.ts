import { defineConfig } from 'drizzle-kit';

/**
 * PostgreSQL migrations, generated from the mirror of the SQLite schema
 * (src/store/pg/schema.ts): `npm run db:generate:pg -- --name <change>`.
 * The SQLite ones stay in drizzle.config.ts.
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/pg/schema.ts',
  out: './src/store/pg/migrations',
});
