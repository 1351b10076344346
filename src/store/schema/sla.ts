import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tickets } from './tickets';
import { people } from './people';

/** 延期: a worker asks, the grid leader decides. One approved extension per ticket. */
export const slaExtensions = sqliteTable(
  'sla_extensions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id').notNull().references(() => tickets.id),
    requestedBy: integer('requested_by').notNull().references(() => people.id),
    /** Working days asked for. */
    days: integer('days').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'refused'] }).notNull(),
    decidedBy: integer('decided_by').references(() => people.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('sla_extensions_ticket').on(t.ticketId)],
);

/**
 * Supervision report runs (weekly 督查, monthly 通报, quarterly 排名): one row per
 * kind and period, inserted in the same transaction as its outbox rows, so a
 * restart never posts a period twice. The body is the stored report (JSON).
 */
export const slaReports = sqliteTable(
  'sla_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['weekly', 'monthly', 'quarterly'] }).notNull(),
    period: text('period').notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('sla_reports_kind_period').on(t.kind, t.period)],
);

/**
 * 部门报到: functional departments a ticket can be handed to (物业, 供水, 供电 …).
 * Defined in the SLA file (upserted at start by name); a WeChat group is bound
 * with `绑定 部门 物业`. Contacts: WeCom user ids and/or that group.
 */
export const departments = sqliteTable('departments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  /** Other names people type (物业 for 物业服务中心), space-separated. */
  aliases: text('aliases').notNull().default(''),
  /** WeCom user ids of its contacts, space-separated. */
  wecomUserIds: text('wecom_user_ids').notNull().default(''),
  /** The bound WeChat (or other channel) group where its people answer. */
  groupId: integer('group_id'),
});
