import { sqliteTable, integer, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { communities } from './area';
import { groups, outbox } from './messaging';
import { people } from './people';

/**
 * Lifecycle of an announcement (its deliveries have their own status, read
 * from the outbox): `scheduled` has a next run in `nextRunAt`; `done` has had
 * its last run fanned out; `cancelled` was stopped by a person (cancelledBy);
 * `missed` was a one-shot whose only run came too late after a restart;
 * `stopped` was a grid leader's notice that a run found outside the grids
 * its creator covers by then (the run says why).
 */
export const ANNOUNCEMENT_STATUSES = ['scheduled', 'done', 'cancelled', 'missed', 'stopped'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** What a notice is sent to; resolved against the groups bound in the store at each run. */
export interface AnnouncementTargets {
  all?: boolean;
  grids?: (string | number)[];
  buildings?: string[];
  /** The workers' group is only ever targeted when asked. */
  includeWorkers?: boolean;
}

export const announcements = sqliteTable(
  'announcements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id').references(() => communities.id),
    /** Free text as given, or null when composed from a template. */
    text: text('text'),
    template: text('template'),
    vars: text('vars', { mode: 'json' }).$type<Record<string, unknown>>(),
    /** The exact text every group receives (rendered once, at creation). */
    renderedText: text('rendered_text').notNull(),
    targets: text('targets', { mode: 'json' }).$type<AnnouncementTargets>().notNull(),
    sendAt: integer('send_at', { mode: 'timestamp_ms' }),
    cron: text('cron'),
    until: integer('until', { mode: 'timestamp_ms' }),
    maxRuns: integer('max_runs'),
    /** Scheduled slots used so far (sent or missed). */
    runCount: integer('run_count').notNull().default(0),
    status: text('status', { enum: ANNOUNCEMENT_STATUSES }).notNull(),
    /** The due time of the next run; null once nothing more will run. */
    nextRunAt: integer('next_run_at', { mode: 'timestamp_ms' }),
    /** "token:3", "admin-token" or "person:4" — who asked, for the audit trail. */
    createdBy: text('created_by').notNull(),
    createdByName: text('created_by_name'),
    /**
     * The creator's role when they created it. Each run of a grid leader's
     * notice re-checks their grids; an office notice is never limited, even
     * if that person's role changes later. Rows from before 0004 were filled
     * in by the migration; null counts as not limited.
     */
    createdByRole: text('created_by_role'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
    /** Who cancelled, as createdBy ("token:3", "person:4", "admin-token"); null before 0004 and when not cancelled. */
    cancelledBy: text('cancelled_by'),
    cancelledByName: text('cancelled_by_name'),
  },
  (t) => [index('announcements_due').on(t.status, t.nextRunAt)],
);

/**
 * `queued`: fanned out; `missed`: came too late after downtime; `stopped`:
 * not sent because the creator (a grid leader) no longer covers the targets
 * — the note says which check failed. No CHECK constraint: a TS-only enum.
 */
export const RUN_STATUSES = ['queued', 'missed', 'stopped'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/**
 * One scheduled slot of an announcement. Unique per (announcement, slot): the
 * fan-out of a slot can be committed once only, whatever restarts happen.
 */
export const announcementRuns = sqliteTable(
  'announcement_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    announcementId: integer('announcement_id').notNull().references(() => announcements.id),
    scheduledFor: integer('scheduled_for', { mode: 'timestamp_ms' }).notNull(),
    status: text('status', { enum: RUN_STATUSES }).notNull(),
    /** Why a run was missed, or a note on the fan-out (e.g. no group bound). */
    note: text('note'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('announcement_runs_slot').on(t.announcementId, t.scheduledFor)],
);

/**
 * One row per (run, group), written in the run's transaction together with
 * its outbox row; the delivery status is the outbox row's status.
 */
export const announcementDeliveries = sqliteTable(
  'announcement_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').notNull().references(() => announcementRuns.id),
    announcementId: integer('announcement_id').notNull().references(() => announcements.id),
    groupId: integer('group_id').notNull().references(() => groups.id),
    outboxId: integer('outbox_id').notNull().references(() => outbox.id),
    /** Set once the office was told this delivery needs review (a crash mid-send). */
    reviewReportedAt: integer('review_reported_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('announcement_deliveries_run_group').on(t.runId, t.groupId),
    index('announcement_deliveries_announcement').on(t.announcementId),
  ],
);

export const DRAFT_STATUSES = ['pending', 'confirmed', 'cancelled', 'superseded', 'expired'] as const;

/**
 * A notice typed in chat, waiting for `确认`. Kept in the store so a restart
 * between the preview and the confirmation does not lose it.
 */
export const announcementDrafts = sqliteTable(
  'announcement_drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id),
    channel: text('channel').notNull(),
    /** The chat the draft was typed in: a group external id, or "dm:<sender id>". */
    chatKey: text('chat_key').notNull(),
    /** The create-announcement input, as it will be submitted on 确认. */
    input: text('input', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: DRAFT_STATUSES }).notNull().default('pending'),
    announcementId: integer('announcement_id').references(() => announcements.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('announcement_drafts_chat').on(t.channel, t.chatKey, t.personId, t.status)],
);
