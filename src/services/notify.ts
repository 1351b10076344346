import type { ServiceCtx } from './context';
import type { OutboundCard } from '../bot/channel';
import { enqueueOutbound } from '../store/repos/outbox';
import { maskPersonalNumbers } from '../core/mask';
import { identityOf, personById, type PersonRow } from '../store/repos/people';
import { groupById, workersGroups, type GroupRow } from '../store/repos/groups';
import { followersOf, type TicketRow } from '../store/repos/tickets';

/**
 * Addressing: turns "tell this person / this group" into outbox rows on the
 * right channel. Called inside the service's transaction, so the sends commit
 * with the change they announce.
 */
export interface SendOpts {
  priority?: number;
  ref?: string;
  /** Shown as a card where the channel can (WeCom); elsewhere the text goes alone. */
  card?: OutboundCard | null;
}

type Ctx = Pick<ServiceCtx, 'store' | 'now' | 'channels' | 'onMasked'>;

/** A direct message's address: a channel and the person's id on it. */
export interface Destination {
  channel: string;
  toExternalId: string;
}

/**
 * Where a direct message to this person goes, or null when the bot knows no
 * way to reach them. Staff prefer WeCom when it is on; everyone else gets a
 * direct message on the channel we know them by. `id` null: someone not stored
 * yet (a roster dry run), who can only be reached by a WeCom account.
 */
export async function personDestination(
  ctx: Pick<Ctx, 'store' | 'channels'>,
  person: { id: number | null; wecomUserId: string | null },
): Promise<Destination | null> {
  if (ctx.channels.has('wecom') && person.wecomUserId) return { channel: 'wecom', toExternalId: person.wecomUserId };
  if (person.id === null) return null;
  for (const channel of ctx.channels) {
    if (channel === 'wecom') continue;
    const id = await identityOf(ctx.store.db, person.id, channel);
    if (id) return { channel, toExternalId: id.externalId };
  }
  return null;
}

/** Queues a direct message (see personDestination); returns where it went, null when nobody could be reached. */
export async function notifyPerson(ctx: Ctx, person: PersonRow, text: string, opts: SendOpts = {}): Promise<Destination | null> {
  const to = await personDestination(ctx, person);
  if (to) await enqueueOutbound(ctx.store.db, { ...to, text, ...opts }, ctx.now());
  return to;
}

/** Who to @ in a group on `channel`: their account there, or for WeCom the roster's user id. */
async function mentionId(ctx: Ctx, personId: number, channel: string): Promise<string | undefined> {
  const known = (await identityOf(ctx.store.db, personId, channel))?.externalId;
  if (known || channel !== 'wecom') return known;
  // WeCom user ids come from the roster: a worker need not have written to the app first.
  return (await personById(ctx.store.db, personId))?.wecomUserId ?? undefined;
}

/**
 * Every ticket text bound for a group passes here. Anything but the workers'
 * group is residents' space: phone and ID numbers are masked there, whoever
 * wrote them (a worker's note, a reject reason, a resolve note). The original
 * stays in the ticket's history for staff.
 */
export async function postToGroup(
  ctx: Ctx,
  group: GroupRow,
  raw: string,
  mentionPeople: number[] = [],
  opts: SendOpts = {},
): Promise<void> {
  if (!ctx.channels.has(group.channel)) return;
  const text = group.kind === 'workers' ? raw : maskPersonalNumbers(raw);
  if (text !== raw) ctx.onMasked?.();
  const mentions: string[] = [];
  for (const pid of mentionPeople) {
    const id = await mentionId(ctx, pid, group.channel);
    if (id) mentions.push(id);
  }
  await enqueueOutbound(
    ctx.store.db,
    { channel: group.channel, groupExternalId: group.externalId, text, mentions: [...new Set(mentions)], ...opts },
    ctx.now(),
  );
}

export async function postToWorkersGroups(
  ctx: Ctx,
  communityId: number | null,
  text: string,
  mentionPeople: number[] = [],
  opts: SendOpts = {},
): Promise<void> {
  for (const g of await workersGroups(ctx.store.db, communityId)) await postToGroup(ctx, g, text, mentionPeople, opts);
}

/**
 * A progress reply goes to the reporter and every follower, in the group each
 * wrote from (one message per group, @-mentioning them all), or directly to
 * those who reported in a direct chat.
 */
export async function notifyReporters(ctx: Ctx, ticket: TicketRow, text: string, opts: SendOpts = {}): Promise<void> {
  const { db } = ctx.store;
  const byGroup = new Map<number | null, number[]>();
  const add = (groupId: number | null, personId: number) => {
    const list = byGroup.get(groupId) ?? [];
    if (!list.includes(personId)) list.push(personId);
    byGroup.set(groupId, list);
  };
  add(ticket.originGroupId, ticket.reporterId);
  for (const f of await followersOf(db, ticket.id)) add(f.groupId, f.personId);
  const ref = opts.ref ?? `ticket:${ticket.id}`;
  for (const [groupId, people] of byGroup) {
    const group = groupId === null ? undefined : await groupById(db, groupId);
    if (group) {
      await postToGroup(ctx, group, text, people, { ...opts, ref });
      continue;
    }
    for (const pid of people) {
      const p = await personById(db, pid);
      if (p) await notifyPerson(ctx, p, text, { ...opts, ref });
    }
  }
}
