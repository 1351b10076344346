import type { ServiceCtx } from './context';
import type { OutboundCard } from '../bot/channel';
import { enqueueOutbound } from '../store/repos/outbox';
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

type Ctx = Pick<ServiceCtx, 'store' | 'now' | 'channels'>;

/** Staff prefer WeCom when it is on; everyone else gets a direct message on the channel we know them by. */
export function notifyPerson(ctx: Ctx, person: PersonRow, text: string, opts: SendOpts = {}): boolean {
  const { db } = ctx.store;
  if (ctx.channels.has('wecom') && person.wecomUserId) {
    enqueueOutbound(db, { channel: 'wecom', toExternalId: person.wecomUserId, text, ...opts }, ctx.now());
    return true;
  }
  for (const channel of ctx.channels) {
    if (channel === 'wecom') continue;
    const id = identityOf(db, person.id, channel);
    if (id) {
      enqueueOutbound(db, { channel, toExternalId: id.externalId, text, ...opts }, ctx.now());
      return true;
    }
  }
  return false;
}

export function postToGroup(ctx: Ctx, group: GroupRow, text: string, mentionPeople: number[] = [], opts: SendOpts = {}): void {
  if (!ctx.channels.has(group.channel)) return;
  const mentions = mentionPeople
    .map((pid) => identityOf(ctx.store.db, pid, group.channel)?.externalId)
    .filter((x): x is string => !!x);
  enqueueOutbound(
    ctx.store.db,
    { channel: group.channel, groupExternalId: group.externalId, text, mentions: [...new Set(mentions)], ...opts },
    ctx.now(),
  );
}

export function postToWorkersGroups(
  ctx: Ctx,
  communityId: number | null,
  text: string,
  mentionPeople: number[] = [],
  opts: SendOpts = {},
): void {
  for (const g of workersGroups(ctx.store.db, communityId)) postToGroup(ctx, g, text, mentionPeople, opts);
}

/**
 * A progress reply goes to the reporter and every follower, in the group each
 * wrote from (one message per group, @-mentioning them all), or directly to
 * those who reported in a direct chat.
 */
export function notifyReporters(ctx: Ctx, ticket: TicketRow, text: string, opts: SendOpts = {}): void {
  const { db } = ctx.store;
  const byGroup = new Map<number | null, number[]>();
  const add = (groupId: number | null, personId: number) => {
    const list = byGroup.get(groupId) ?? [];
    if (!list.includes(personId)) list.push(personId);
    byGroup.set(groupId, list);
  };
  add(ticket.originGroupId, ticket.reporterId);
  for (const f of followersOf(db, ticket.id)) add(f.groupId, f.personId);
  const ref = opts.ref ?? `ticket:${ticket.id}`;
  for (const [groupId, people] of byGroup) {
    const group = groupId === null ? undefined : groupById(db, groupId);
    if (group) {
      postToGroup(ctx, group, text, people, { ...opts, ref });
      continue;
    }
    for (const pid of people) {
      const p = personById(db, pid);
      if (p) notifyPerson(ctx, p, text, { ...opts, ref });
    }
  }
}
