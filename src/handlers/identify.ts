import { and, eq, inArray } from 'drizzle-orm';
import { first } from '../store/port';
import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { buildingLeads, people } from '../store/schema';
import { buildingById } from '../store/repos/area';
import { createGroup, groupByExternal, groupsByTopic, rekeyGroup, setGroupTopic, type GroupRow } from '../store/repos/groups';
import { createPerson, identityOf, linkIdentity, personByIdentity, type PersonRow } from '../store/repos/people';
import { RESIDENT_NAME } from '../templates/tickets';

/**
 * Works out where the message came from (group → building) and who sent it
 * (channel identity → person). Unknown senders in a building group are
 * residents of that building, created on first sight.
 */
export const identify: Middleware<BotContext> = async (ctx, next) => {
  // Plain reads on the common path: a transaction only where rows are created.
  if (!ctx.isDirect) ctx.group = await resolveGroup(ctx);
  ctx.building = ctx.group?.buildingId ? ((await buildingById(ctx.db, ctx.group.buildingId)) ?? null) : null;
  ctx.actor = await resolvePerson(ctx);
  return next();
};

async function resolveGroup(ctx: BotContext): Promise<GroupRow> {
  const { channel, groupId, groupTopic } = ctx.msg;
  const externalId = groupId as string;
  const known = await groupByExternal(ctx.db, channel, externalId);
  if (known) {
    if (groupTopic && groupTopic !== known.topic) await setGroupTopic(ctx.db, known.id, groupTopic);
    return known;
  }
  if (groupTopic) {
    // Wechaty room ids can change after a re-login; the topic is what stays.
    const sameTopic = (await groupsByTopic(ctx.db, channel, groupTopic)).filter((g) => g.kind !== 'unbound');
    if (sameTopic.length === 1 && sameTopic[0]) {
      const old = sameTopic[0];
      await rekeyGroup(ctx.db, old.id, externalId, groupTopic);
      ctx.deps.logger.warn({ groupId: old.id, from: old.externalId, to: externalId }, 'group re-bound under its new room id');
      return { ...old, externalId };
    }
  }
  return createGroup(ctx.db, { channel, externalId, topic: groupTopic ?? externalId, kind: 'unbound' });
}

async function resolvePerson(ctx: BotContext): Promise<PersonRow | null> {
  const { channel, senderId, senderName } = ctx.msg;
  const known = await personByIdentity(ctx.db, channel, senderId);
  if (known) return known.active ? known : null;

  const staff = await findStaffForNewIdentity(ctx);
  if (staff) {
    await linkIdentity(ctx.db, staff.id, channel, senderId, senderName);
    return staff;
  }
  const building = ctx.building;
  if (ctx.group?.kind === 'building' && building) {
    const lead = await rosterLeadForNewIdentity(ctx, building.id);
    if (lead) {
      await linkIdentity(ctx.db, lead.id, channel, senderId, senderName);
      return lead;
    }
    return ctx.deps.store.transaction(async () => {
      const resident = await createPerson(ctx.db, {
        name: senderName || RESIDENT_NAME,
        role: 'resident',
        communityId: building.communityId,
        buildingId: building.id,
        wechatName: senderName,
        createdAt: ctx.now(),
      });
      await linkIdentity(ctx.db, resident.id, channel, senderId, senderName);
      return resident;
    });
  }
  return null;
}

/**
 * A group-buy lead the roster named before the bot ever met her is a resident
 * with no account. Her first message in her own building's group, under that
 * name, links the account: only a lead of this building, only while she has no
 * account on this channel, and only when exactly one such lead has the name
 * (the office named this person for this building; anyone else is a resident).
 */
async function rosterLeadForNewIdentity(ctx: BotContext, buildingId: number): Promise<PersonRow | undefined> {
  const { channel, senderName } = ctx.msg;
  if (!senderName) return undefined;
  const named = await ctx.db
    .select({ person: people })
    .from(people)
    .innerJoin(buildingLeads, and(eq(buildingLeads.personId, people.id), eq(buildingLeads.buildingId, buildingId)))
    .where(and(eq(people.role, 'resident'), eq(people.buildingId, buildingId), eq(people.name, senderName), eq(people.active, true)));
  const found: PersonRow[] = [];
  for (const { person } of named) if (!(await identityOf(ctx.db, person.id, channel))) found.push(person);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Staff are known from the roster by WeCom user id, or by WeChat display name.
 * A display name is anyone's to choose, so a name match links an account only
 * while that staff member has no account on this channel yet, and never from
 * a building group, where residents (who could rename themselves) talk.
 */
async function findStaffForNewIdentity(ctx: BotContext): Promise<PersonRow | undefined> {
  const { channel, senderId, senderName } = ctx.msg;
  if (channel === 'wecom') {
    return first(await ctx.db.select().from(people).where(and(eq(people.wecomUserId, senderId), eq(people.active, true))).limit(1));
  }
  if (!senderName || ctx.group?.kind === 'building') return undefined;
  const staffRoles = inArray(people.role, ['grid_worker', 'grid_leader', 'office']);
  const matches = await ctx.db
    .select()
    .from(people)
    .where(and(staffRoles, eq(people.wechatName, senderName), eq(people.active, true)));
  // Two staff with one display name: refuse to guess.
  const staff = matches.length === 1 ? matches[0] : undefined;
  if (staff && (await identityOf(ctx.db, staff.id, channel))) {
    ctx.deps.logger.warn({ personId: staff.id, channel }, 'a second account uses a staff display name; not linked');
    return undefined;
  }
  return staff;
}
