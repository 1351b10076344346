import { sqliteTable, integer, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';

/** The administrative tree: street → community → grid → building. */
export const streets = sqliteTable('streets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
});

export const communities = sqliteTable(
  'communities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    streetId: integer('street_id').notNull().references(() => streets.id),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('communities_street_name').on(t.streetId, t.name)],
);

export const grids = sqliteTable(
  'grids',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id').notNull().references(() => communities.id),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('grids_community_name').on(t.communityId, t.name)],
);

/**
 * A building belongs to a community and (normally) one grid. `gridId` is
 * nullable on purpose: routing must still find someone when a building has no grid.
 */
export const buildings = sqliteTable(
  'buildings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id').notNull().references(() => communities.id),
    gridId: integer('grid_id').references(() => grids.id),
    /** As residents say it: "3", "B", "12". Matches the parser's normalized building. */
    name: text('name').notNull(),
    units: integer('units'),
  },
  (t) => [uniqueIndex('buildings_community_name').on(t.communityId, t.name), index('buildings_grid').on(t.gridId)],
);
