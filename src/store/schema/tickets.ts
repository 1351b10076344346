import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { buildings, communities, grids } from './area';
import { people } from './people';
import { groups } from './messaging';

export const TICKET_STATUSES = ['open', 'claimed', 'escalated', 'resolved', 'rejected', 'reopened'] as const;
export const URGENCIES = ['emergency', 'urgent', 'normal'] as const;

export const tickets = sqliteTable(
  'tickets',
  {
    /** Shown to people as #id. */
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id').references(() => communities.id),
    gridId: integer('grid_id').references(() => grids.id),
    buildingId: integer('building_id').references(() => buildings.id),
    building: text('building'),
    unit: text('unit'),
    room: text('room'),
    category: text('category').notNull(),
    urgency: text('urgency', { enum: URGENCIES }).notNull(),
    emergencyKind: text('emergency_kind'),
    status: text('status', { enum: TICKET_STATUSES }).notNull(),
    summary: text('summary').notNull(),
    /** The resident's words as sent (staff only; group replies mask numbers). */
    text: text('text').notNull(),
    reporterId: integer('reporter_id').notNull().references(() => people.id),
    originGroupId: integer('origin_group_id').references(() => groups.id),
    assigneeId: integer('assignee_id').references(() => people.id),
    /** 0 = grid worker, 1 = grid leader, 2 = office. */
    escalationLevel: integer('escalation_level').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    lastNote: text('last_note'),
    /**
     * The resident's words in the form text is matched in (simplified,
     * half-width; core/chat-text): office search finds 電梯 and 电梯 alike.
     * Null on tickets from before this column; search then reads `text`.
     */
    searchText: text('search_text'),
    // Time limits (issue 15; planned by src/services/sla/plan.ts). Columns, not timers: they survive restarts.
    /** When the current clock started (open, transfer, escalation, reopen). */
    slaPlannedAt: integer('sla_planned_at', { mode: 'timestamp_ms' }),
    /** 签收 deadline: met by a claim or the first note. */
    signDueAt: integer('sign_due_at', { mode: 'timestamp_ms' }),
    /** 办结 deadline (moved by an approved 延期). */
    resolveDueAt: integer('resolve_due_at', { mode: 'timestamp_ms' }),
    signedAt: integer('signed_at', { mode: 'timestamp_ms' }),
    /** Index of the next ladder step (src/core/sla/ladder.ts) and when the tick should look at it. */
    slaStage: integer('sla_stage').notNull().default(0),
    slaNextAt: integer('sla_next_at', { mode: 'timestamp_ms' }),
    /** 督办 rung reached: 0 none, 1 grid leader, 2 community office, 3 street. */
    supervision: integer('supervision').notNull().default(0),
    /** 社区吹哨、部门报到: the department it was handed to, when, its own deadline, and its first answer (stops its clock). */
    departmentId: integer('department_id'),
    deptHandedAt: integer('dept_handed_at', { mode: 'timestamp_ms' }),
    deptDueAt: integer('dept_due_at', { mode: 'timestamp_ms' }),
    deptAnsweredAt: integer('dept_answered_at', { mode: 'timestamp_ms' }),
    /** The department's own ladder: 0 nothing sent, 1 催办 sent (80%), 2 超期 reported; and when its next step is due. */
    deptStage: integer('dept_stage').notNull().default(0),
    deptNextAt: integer('dept_next_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('tickets_assignee_status').on(t.assigneeId, t.status),
    index('tickets_grid_status').on(t.gridId, t.status),
    index('tickets_dup').on(t.buildingId, t.category, t.createdAt),
    index('tickets_sla_next').on(t.slaNextAt),
    index('tickets_dept_next').on(t.deptNextAt),
  ],
);

/** Append-only history: every state change and note, written in the same transaction. */
export const ticketEvents = sqliteTable(
  'ticket_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id').notNull().references(() => tickets.id),
    actorId: integer('actor_id').references(() => people.id),
    type: text('type').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('ticket_events_ticket').on(t.ticketId)],
);

/** Residents who reported the same problem; they get every progress reply. */
export const ticketFollowers = sqliteTable(
  'ticket_followers',
  {
    ticketId: integer('ticket_id').notNull().references(() => tickets.id),
    personId: integer('person_id').notNull().references(() => people.id),
    groupId: integer('group_id').references(() => groups.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.personId] })],
);

export const faq = sqliteTable('faq', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  communityId: integer('community_id').references(() => communities.id),
  /** Space-separated keywords; a question matches when enough of them appear. */
  keywords: text('keywords').notNull(),
  question: text('question').notNull(),
  answer: text('answer').notNull(),
});
