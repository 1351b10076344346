import { sqliteTable, integer, text, uniqueIndex, index, real, primaryKey } from 'drizzle-orm/sqlite-core';
import { buildings, communities } from './area';
import { groups } from './messaging';
import { people } from './people';
import type { AnnouncementTargets } from './announcements';

export const COLLECTION_STATUSES = ['open', 'closed', 'purged'] as const;
export type CollectionStatus = (typeof COLLECTION_STATUSES)[number];

/** An item of an order collection, as stored (the core's CollectionItem). */
export interface StoredItem {
  name: string;
  unit: string | null;
  price: number | null;
}

/**
 * A collection (接龙, group-buy, registration) posted in building groups.
 * `open` until its deadline or an early close; `purged` when its personal
 * data was deleted after the retention (the row stays, with its totals).
 */
export const collections = sqliteTable(
  'collections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id').references(() => communities.id),
    kind: text('kind', { enum: ['order', 'signup', 'form'] }).notNull(),
    title: text('title').notNull(),
    items: text('items', { mode: 'json' }).$type<StoredItem[]>().notNull(),
    fields: text('fields', { mode: 'json' }).$type<string[]>().notNull(),
    perHouseholdLimit: integer('per_household_limit'),
    /** Entries listed in group summaries (never for forms with personal fields). */
    visible: integer('visible', { mode: 'boolean' }).notNull(),
    targets: text('targets', { mode: 'json' }).$type<AnnouncementTargets>().notNull(),
    deadline: integer('deadline', { mode: 'timestamp_ms' }).notNull(),
    /** When the pre-deadline reminder is due (null: none). */
    remindAt: integer('remind_at', { mode: 'timestamp_ms' }),
    remindedAt: integer('reminded_at', { mode: 'timestamp_ms' }),
    status: text('status', { enum: COLLECTION_STATUSES }).notNull(),
    createdById: integer('created_by_id').references(() => people.id),
    /** Who started it, in words (a person's name or a token's label). */
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    /** Totals kept after a purge, so the office still sees what was collected. */
    finalSummary: text('final_summary'),
    purgedAt: integer('purged_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('collections_status_deadline').on(t.status, t.deadline)],
);

/** The groups a collection was posted in, with the batching state of its confirmations. */
export const collectionGroups = sqliteTable(
  'collection_groups',
  {
    collectionId: integer('collection_id').notNull().references(() => collections.id),
    groupId: integer('group_id').notNull().references(() => groups.id),
    buildingId: integer('building_id').references(() => buildings.id),
    /** Entries recorded since the last summary in this group. */
    pending: integer('pending').notNull().default(0),
    pendingSince: integer('pending_since', { mode: 'timestamp_ms' }),
    lastSummaryAt: integer('last_summary_at', { mode: 'timestamp_ms' }),
  },
  (t) => [primaryKey({ columns: [t.collectionId, t.groupId] }), index('collection_groups_group').on(t.groupId)],
);

/** One household's answer (the room is the household); the newest line wins. */
export const collectionEntries = sqliteTable(
  'collection_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collectionId: integer('collection_id').notNull().references(() => collections.id),
    householdKey: text('household_key').notNull(),
    building: text('building'),
    unit: text('unit'),
    room: text('room'),
    groupId: integer('group_id').references(() => groups.id),
    personId: integer('person_id').references(() => people.id),
    /** A name written on the line (personal: staff and the lead only). */
    name: text('name'),
    items: text('items', { mode: 'json' }).$type<Record<string, number>>(),
    count: real('count'),
    fields: text('fields', { mode: 'json' }).$type<Record<string, string>>(),
    withdrawn: integer('withdrawn', { mode: 'boolean' }).notNull().default(false),
    /** Came from a pasted chain: a stale re-paste must not undo the household's own later answer. */
    viaChain: integer('via_chain', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('collection_entries_household').on(t.collectionId, t.householdKey),
    index('collection_entries_person').on(t.personId),
  ],
);

/** Append-only history of a collection: created, entries, summaries, reminder, close, purge. */
export const collectionEvents = sqliteTable(
  'collection_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collectionId: integer('collection_id').notNull().references(() => collections.id),
    type: text('type').notNull(),
    personId: integer('person_id').references(() => people.id),
    note: text('note'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('collection_events_collection').on(t.collectionId, t.type)],
);

/** A building's group-buy lead (团购长/楼长): a resident who may start collections for that building. */
export const buildingLeads = sqliteTable(
  'building_leads',
  {
    buildingId: integer('building_id').notNull().references(() => buildings.id),
    personId: integer('person_id').notNull().references(() => people.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.buildingId, t.personId] }), index('building_leads_person').on(t.personId)],
);
