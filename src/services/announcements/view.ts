import type { Db } from '../../store/db';
import { allCommunities } from '../../store/repos/area';
import {
  announcementById,
  deliveriesOf,
  deliveryCounts,
  listAnnouncementRows,
  runsOf,
  type AnnouncementRow,
} from '../../store/repos/announcements';

/**
 * How announcements look from the outside (API). The stored lifecycle status
 * is refined with the deliveries: a fanned-out one still being delivered is
 * `sending`; `needsReview` flags group messages a crash left uncertain.
 */
export type ViewStatus = 'scheduled' | 'sending' | 'done' | 'cancelled' | 'missed' | 'stopped';

export interface AnnouncementSummary {
  id: number;
  status: ViewStatus;
  text: string;
  template: string | null;
  targets: unknown;
  sendAt: string | null;
  cron: string | null;
  until: string | null;
  maxRuns: number | null;
  runCount: number;
  nextRunAt: string | null;
  createdBy: string;
  createdByName: string | null;
  createdAt: string;
  cancelledAt: string | null;
  /** Who cancelled: ref ("token:3", "person:4", "admin-token") and display name; null when not cancelled (or cancelled before this was kept). */
  cancelledBy: string | null;
  cancelledByName: string | null;
  deliveries: Record<'pending' | 'sent' | 'failed' | 'review' | 'cancelled', number>;
  needsReview: boolean;
  /** Which community the notice is for: with several, the office must see it. */
  community: { id: number; name: string } | null;
}

export interface AnnouncementDetail extends AnnouncementSummary {
  vars: Record<string, unknown> | null;
  runs: { id: number; scheduledFor: string; status: string; note: string | null; at: string }[];
  groups: {
    runId: number;
    groupId: number;
    group: string;
    building: string | null;
    kind: string;
    status: string;
    attempts: number;
    error: string | null;
    queuedAt: string;
    sentAt: string | null;
    needsReview: boolean;
  }[];
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function summarize(a: AnnouncementRow, counts: Record<string, number>, communityName: (id: number) => string): AnnouncementSummary {
  const deliveries = {
    // 'sending' is pending from the office's point of view: not delivered yet.
    pending: (counts.pending ?? 0) + (counts.sending ?? 0),
    sent: counts.sent ?? 0,
    failed: counts.failed ?? 0,
    review: counts.review ?? 0,
    cancelled: counts.cancelled ?? 0,
  };
  const status: ViewStatus = a.status === 'done' && deliveries.pending > 0 ? 'sending' : a.status;
  return {
    id: a.id,
    status,
    text: a.renderedText,
    template: a.template,
    targets: a.targets,
    sendAt: iso(a.sendAt),
    cron: a.cron,
    until: iso(a.until),
    maxRuns: a.maxRuns,
    runCount: a.runCount,
    nextRunAt: iso(a.nextRunAt),
    createdBy: a.createdBy,
    createdByName: a.createdByName,
    createdAt: a.createdAt.toISOString(),
    cancelledAt: iso(a.cancelledAt),
    cancelledBy: a.cancelledBy,
    cancelledByName: a.cancelledByName,
    deliveries,
    needsReview: deliveries.review > 0,
    community: a.communityId == null ? null : { id: a.communityId, name: communityName(a.communityId) },
  };
}

/** Community names by id, read once per view. */
async function communityNames(db: Db): Promise<(id: number) => string> {
  const names = new Map((await allCommunities(db)).map((c) => [c.id, c.name]));
  return (id) => names.get(id) ?? `#${id}`;
}

export async function listAnnouncements(db: Db, limit = 100, communityId?: number): Promise<AnnouncementSummary[]> {
  const rows = await listAnnouncementRows(db, limit, communityId);
  const name = await communityNames(db);
  const counts = await deliveryCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => summarize(r, counts.get(r.id) ?? {}, name));
}

export async function announcementDetail(db: Db, id: number): Promise<AnnouncementDetail | null> {
  const a = await announcementById(db, id);
  if (!a) return null;
  const deliveries = await deliveriesOf(db, id);
  const counts: Record<string, number> = {};
  for (const d of deliveries) counts[d.status] = (counts[d.status] ?? 0) + 1;
  return {
    ...summarize(a, counts, await communityNames(db)),
    vars: a.vars ?? null,
    runs: (await runsOf(db, id)).map((r) => ({
      id: r.id,
      scheduledFor: r.scheduledFor.toISOString(),
      status: r.status,
      note: r.note,
      at: r.createdAt.toISOString(),
    })),
    groups: deliveries.map((d) => ({
      runId: d.runId,
      groupId: d.groupId,
      group: d.groupName,
      building: d.building,
      kind: d.groupKind,
      status: d.status,
      attempts: d.attempts,
      error: d.error,
      queuedAt: d.queuedAt.toISOString(),
      sentAt: iso(d.sentAt),
      needsReview: d.status === 'review',
    })),
  };
}
