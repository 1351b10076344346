import { sqliteTable, integer, text, real, index } from 'drizzle-orm/sqlite-core';
import { buildings, communities, grids } from './area';
import { people } from './people';
import { groups } from './messaging';
import { tickets } from './tickets';

/**
 * `pending`: waiting for a worker (立单 / 忽略); `ticketed`: 立单 made it a
 * ticket; `ignored`: 忽略; `expired`: nobody decided within three days.
 */
export const TRIAGE_STATUSES = ['pending', 'ticketed', 'ignored', 'expired'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

/**
 * A resident's message the bot was not sure about (action `triage`): nothing
 * was said in the group; it waits here, shown to the grid worker as 待确认 M<id>.
 */
export const intakeTriage = sqliteTable(
  'intake_triage',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id').references(() => communities.id),
    gridId: integer('grid_id').references(() => grids.id),
    buildingId: integer('building_id').references(() => buildings.id),
    /** The group it was said in; null for a direct chat. */
    groupId: integer('group_id').references(() => groups.id),
    channel: text('channel').notNull(),
    /** The resident's id on `channel`, for the @ when 立单 acks them. */
    reporterExternalId: text('reporter_external_id').notNull(),
    reporterId: integer('reporter_id').notNull().references(() => people.id),
    /** The resident's words as sent (staff only, like a ticket's text). */
    text: text('text').notNull(),
    summary: text('summary').notNull(),
    /** The parse at the time, used when 立单 opens the ticket. */
    intent: text('intent').notNull(),
    category: text('category'),
    urgency: text('urgency').notNull(),
    building: text('building'),
    unit: text('unit'),
    room: text('room'),
    confidence: real('confidence').notNull(),
    status: text('status', { enum: TRIAGE_STATUSES }).notNull().default('pending'),
    /** The worker whose digest and 待办 list it goes to (routed like a ticket). */
    assigneeId: integer('assignee_id').references(() => people.id),
    /** Set when a digest listing it was queued; null = still to be sent. */
    digestedAt: integer('digested_at', { mode: 'timestamp_ms' }),
    ticketId: integer('ticket_id').references(() => tickets.id),
    decidedBy: integer('decided_by').references(() => people.id),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('intake_triage_status_expires').on(t.status, t.expiresAt),
    index('intake_triage_assignee').on(t.assigneeId, t.status),
    index('intake_triage_grid').on(t.gridId, t.status),
  ],
);

export const CLARIFICATION_STATUSES = ['open', 'answered'] as const;

/**
 * The one question `ask` put to a reporter ("请问是几单元几室？"). Open until
 * their answer completes the ticket or `expiresAt` (30 minutes) passes.
 */
export const intakeClarifications = sqliteTable(
  'intake_clarifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id').notNull().references(() => tickets.id),
    personId: integer('person_id').notNull().references(() => people.id),
    channel: text('channel').notNull(),
    /** Where the answer must come from: the group's external id, or "dm:<sender id>". */
    chatKey: text('chat_key').notNull(),
    missing: text('missing', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: CLARIFICATION_STATUSES }).notNull().default('open'),
    askedAt: integer('asked_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('intake_clarifications_person').on(t.personId, t.chatKey, t.status)],
);

export const LABEL_KINDS = ['立单', '忽略', '退回', '改类'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/**
 * A worker's verdict on a message, kept as a training example for review
 * (npm run labels -- export). The text is masked: no phone or ID numbers.
 */
export const intakeLabels = sqliteTable(
  'intake_labels',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    label: text('label', { enum: LABEL_KINDS }).notNull(),
    ticketId: integer('ticket_id').references(() => tickets.id),
    triageId: integer('triage_id').references(() => intakeTriage.id),
    actorId: integer('actor_id').references(() => people.id),
    groupBuilding: text('group_building'),
    text: text('text').notNull(),
    intent: text('intent').notNull(),
    category: text('category'),
    emergency: integer('emergency', { mode: 'boolean' }).notNull().default(false),
    building: text('building'),
    unit: text('unit'),
    room: text('room'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('intake_labels_created').on(t.createdAt)],
);
