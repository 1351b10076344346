import { sqliteTable, integer, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { buildings, communities } from './area';
import { people } from './people';
import type { OutboundCard } from '../../bot/channel';

export const GROUP_KINDS = ['building', 'workers', 'unbound'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** A chat group on one channel, bound to a building or used as the workers' group. */
export const groups = sqliteTable(
  'groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    externalId: text('external_id').notNull(),
    topic: text('topic').notNull(),
    kind: text('kind', { enum: GROUP_KINDS }).notNull(),
    buildingId: integer('building_id').references(() => buildings.id),
    communityId: integer('community_id').references(() => communities.id),
    /**
     * The bot account that sits in this group (GRIDBOT_INSTANCE of the process
     * that first heard from it). With several processes on one PostgreSQL, only
     * that account can post here, so only its process sends the group's rows.
     * Null: any process with the channel (one process, or not heard from yet).
     */
    account: text('account'),
  },
  (t) => [uniqueIndex('groups_channel_external').on(t.channel, t.externalId), index('groups_topic').on(t.channel, t.topic)],
);

export const INBOX_STATUSES = ['pending', 'done', 'failed'] as const;

/**
 * Every accepted inbound message, written before it is handled. The unique
 * (channel, message_id) is the persisted duplicate guard; `pending` rows are
 * handled again at the next start, so a crash after accepting loses nothing.
 */
export const inbox = sqliteTable(
  'inbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    messageId: text('message_id').notNull(),
    payload: text('payload', { mode: 'json' }).notNull(),
    status: text('status', { enum: INBOX_STATUSES }).notNull().default('pending'),
    outcome: text('outcome'),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    handledAt: integer('handled_at', { mode: 'timestamp_ms' }),
    /**
     * The process (GRIDBOT_INSTANCE) that accepted it and handles it. A restart
     * resumes its own pending rows; the pending rows of a process that died are
     * adopted by a live one (src/bot/instance.ts).
     */
    instance: text('instance'),
  },
  (t) => [uniqueIndex('inbox_channel_message').on(t.channel, t.messageId), index('inbox_status').on(t.status)],
);

export const OUTBOX_STATUSES = ['pending', 'claimed', 'sending', 'sent', 'failed', 'review', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Every send, persisted before it is attempted.
 * pending → claimed (a process took it: claimed_by) → sending (handed to the
 * channel) → sent | pending (retry) | failed. A process that dies leaves
 * `claimed` rows that were never handed over: they are released to `pending`
 * and sent once by whoever may. `sending` rows may or may not have gone out:
 * they go to `review` instead of being re-sent blindly.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    groupExternalId: text('group_external_id'),
    toExternalId: text('to_external_id'),
    text: text('text').notNull(),
    mentions: text('mentions', { mode: 'json' }).$type<string[]>().notNull(),
    /** A card (title, description, link) for channels that can show one; others send `text`. */
    card: text('card', { mode: 'json' }).$type<OutboundCard>(),
    /** Higher goes first (emergency alerts). */
    priority: integer('priority').notNull().default(0),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    /** What produced it, e.g. "ticket:12" or "announcement:3" — for tracing and review. */
    ref: text('ref'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    /** The account that must send it (the group's `account`); null: any process with the channel. */
    account: text('account'),
    /** The process (GRIDBOT_INSTANCE) that claimed it, and when. */
    claimedBy: text('claimed_by'),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt), index('outbox_ref').on(t.ref), index('outbox_claimed').on(t.claimedBy, t.status)],
);

/** Small key/value settings the app creates for itself (e.g. the secret that signs ticket links). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Hashed bearer tokens for the HTTP API. */
export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tokenHash: text('token_hash').notNull().unique(),
  role: text('role').notNull(),
  label: text('label').notNull(),
  /**
   * The person a grid leader's token acts for: their grids (staff_grids) bound
   * what the token may target. Null for office tokens and for older tokens.
   */
  personId: integer('person_id').references(() => people.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * The gridbot processes sharing this store, each named by GRIDBOT_INSTANCE.
 * A live process refreshes `heartbeat_at` every few seconds; rows claimed by
 * one that stopped beating are released by the others. `leader_since` is set
 * by the process that holds leadership (it runs the schedules), for /healthz.
 */
export const instances = sqliteTable('instances', {
  name: text('name').primaryKey(),
  pid: integer('pid').notNull(),
  host: text('host').notNull(),
  /** The channels this process serves, e.g. ["simulator","wecom"]. */
  channels: text('channels', { mode: 'json' }).$type<string[]>().notNull(),
  startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
  heartbeatAt: integer('heartbeat_at', { mode: 'timestamp_ms' }).notNull(),
  leaderSince: integer('leader_since', { mode: 'timestamp_ms' }),
  stoppedAt: integer('stopped_at', { mode: 'timestamp_ms' }),
});
