import { sqliteTable, integer, text, uniqueIndex, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { buildings, communities, grids } from './area';

export const ROLES = ['resident', 'grid_worker', 'grid_leader', 'office'] as const;
export type Role = (typeof ROLES)[number];

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    communityId: integer('community_id').references(() => communities.id),
    /** Residents: the building they live in (learned from the group they write in). */
    buildingId: integer('building_id').references(() => buildings.id),
    /** WeChat display name, used to recognise staff in Wechaty groups. */
    wechatName: text('wechat_name'),
    wecomUserId: text('wecom_user_id').unique(),
    /** Kept for staff only, never shown in groups. */
    phone: text('phone'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('people_role').on(t.role), index('people_wechat_name').on(t.wechatName)],
);

/** Which grids a worker or leader covers (a person may cover several). */
export const staffGrids = sqliteTable(
  'staff_grids',
  {
    personId: integer('person_id').notNull().references(() => people.id),
    gridId: integer('grid_id').notNull().references(() => grids.id),
  },
  (t) => [primaryKey({ columns: [t.personId, t.gridId] }), index('staff_grids_grid').on(t.gridId)],
);

/** A person's id on one channel (simulator id, Wechaty contact id, WeCom user id). */
export const identities = sqliteTable(
  'identities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id),
    channel: text('channel').notNull(),
    externalId: text('external_id').notNull(),
    displayName: text('display_name').notNull(),
  },
  (t) => [uniqueIndex('identities_channel_external').on(t.channel, t.externalId), index('identities_person').on(t.personId)],
);
