import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { and, asc, eq } from 'drizzle-orm';
import { first, type Store } from '../../store/db';
import type { SimulatorChannel } from '../../bot/simulator/channel';
import { buildings, identities, people } from '../../store/schema';
import { groupByExternal, groupsOfChannel } from '../../store/repos/groups';
import { buildingById } from '../../store/repos/area';
import { linkIdentity, personById } from '../../store/repos/people';
import { parse } from '../validate';
import { docSchema } from '../openapi';
import { fieldRequired, fieldTooLong } from '../../templates/common';
import { unknownGroup, unknownPerson } from '../../templates/http';

interface Opts {
  store: Store;
  simulator: SimulatorChannel;
}

const MAX_TEXT = 2000;
const groupMessage = z.object({
  from: z.string().min(1, fieldRequired('from')),
  text: z.string().trim().min(1, fieldRequired('text')).max(MAX_TEXT, fieldTooLong('text', MAX_TEXT)),
});
const directMessage = groupMessage.pick({ text: true });
/** The simulator id of a person without a simulator account yet (see actable). */
const UNLINKED_ID = /^person-(\d{1,15})$/;
const groupParam = z.object({ id: z.string().describe('群的模拟器编号，如 sim-b3') });
const personParam = z.object({ personId: z.string().describe('人的模拟器编号') });
const since = z.object({ since: z.coerce.number().int().min(0).default(0) });

/** The simulator's public JSON API: list groups and people, post as someone, read transcripts. */
export const simRoutes: FastifyPluginAsync<Opts> = async (app, { store, simulator }) => {
  const { db } = store;

  const simPerson = async (externalId: string) =>
    first(
      await db
        .select({ person: people, identity: identities })
        .from(identities)
        .innerJoin(people, eq(identities.personId, people.id))
        .where(and(eq(identities.channel, 'simulator'), eq(identities.externalId, externalId))),
    );

  /**
   * Someone the simulator may act as: a person with a simulator account, or
   * any other active person (staff from the roster, residents met on another
   * channel) under the id `person-<id>`, which has no account yet — like a
   * worker who has never written to the bot on WeChat.
   */
  const actable = async (externalId: string): Promise<{ personId: number; name: string; linked: boolean } | undefined> => {
    const known = await simPerson(externalId);
    if (known) return { personId: known.person.id, name: known.identity.displayName, linked: true };
    const m = UNLINKED_ID.exec(externalId);
    const p = m ? await personById(db, Number(m[1])) : undefined;
    return p?.active ? { personId: p.id, name: p.wechatName ?? p.name, linked: false } : undefined;
  };

  /** Writing is what makes a person known on a channel: the first message links the account. */
  const linkOnWrite = async (externalId: string) => {
    const who = await actable(externalId);
    if (who && !who.linked) await linkIdentity(db, who.personId, 'simulator', externalId, who.name);
    return who;
  };

  app.get('/sim/groups', { schema: docSchema({ summary: '模拟器：群列表', tags: ['模拟器'] }) }, async () => {
    const out: { id: string; name: string; kind: string; building: string | null }[] = [];
    for (const g of await groupsOfChannel(db, 'simulator')) {
      const building = g.buildingId ? ((await buildingById(db, g.buildingId))?.name ?? null) : null;
      out.push({ id: g.externalId, name: g.topic, kind: g.kind, building });
    }
    return out;
  });

  app.get('/sim/people', { schema: docSchema({ summary: '模拟器：人员列表', tags: ['模拟器'] }) }, async () => {
    const linked = await db
      .select({ identity: identities })
      .from(identities)
      .where(eq(identities.channel, 'simulator'))
      .orderBy(asc(identities.id));
    const simId = new Map<number, string>();
    for (const r of linked) if (!simId.has(r.identity.personId)) simId.set(r.identity.personId, r.identity.externalId);
    const rows = await db
      .select({ person: people, building: buildings.name })
      .from(people)
      .leftJoin(buildings, eq(people.buildingId, buildings.id))
      .where(eq(people.active, true))
      .orderBy(asc(people.id));
    return rows.map((r) => ({
      id: simId.get(r.person.id) ?? `person-${r.person.id}`,
      name: r.person.name,
      role: r.person.role,
      building: r.building ?? null,
      wecomUserId: r.person.wecomUserId ?? null,
      /** false until this person first writes in the simulator: the bot cannot message them before that. */
      reachable: simId.has(r.person.id),
    }));
  });

  app.post<{ Params: { id: string } }>('/sim/groups/:id/messages', { schema: docSchema({ summary: '模拟器：以某人身份在群里发言', tags: ['模拟器'], params: groupParam, body: groupMessage }) }, async (req, reply) => {
    const body = parse(groupMessage, req.body, reply);
    if (!body) return reply;
    const group = await groupByExternal(db, 'simulator', req.params.id);
    if (!group) return reply.status(404).send({ error: unknownGroup(req.params.id) });
    if (!(await linkOnWrite(body.from))) return reply.status(404).send({ error: unknownPerson(body.from) });
    const messageId = await simulator.post({ groupId: group.externalId, groupTopic: group.topic, from: body.from, text: body.text });
    return reply.status(202).send({ messageId });
  });

  app.post<{ Params: { personId: string } }>('/sim/direct/:personId/messages', { schema: docSchema({ summary: '模拟器：私聊机器人', tags: ['模拟器'], params: personParam, body: directMessage }) }, async (req, reply) => {
    const body = parse(directMessage, req.body, reply);
    if (!body) return reply;
    if (!(await linkOnWrite(req.params.personId))) return reply.status(404).send({ error: unknownPerson(req.params.personId) });
    const messageId = await simulator.post({ groupId: null, from: req.params.personId, text: body.text });
    return reply.status(202).send({ messageId });
  });

  app.get<{ Params: { id: string } }>('/sim/groups/:id/messages', { schema: docSchema({ summary: '模拟器：群聊记录', tags: ['模拟器'], params: groupParam, querystring: since }) }, async (req, reply) => {
    const q = parse(since, req.query, reply);
    if (!q) return reply;
    if (!(await groupByExternal(db, 'simulator', req.params.id))) return reply.status(404).send({ error: unknownGroup(req.params.id) });
    return simulator.groupTranscript(req.params.id, q.since);
  });

  app.get<{ Params: { personId: string } }>('/sim/direct/:personId/messages', { schema: docSchema({ summary: '模拟器：私聊记录', tags: ['模拟器'], params: personParam, querystring: since }) }, async (req, reply) => {
    const q = parse(since, req.query, reply);
    if (!q) return reply;
    if (!(await actable(req.params.personId))) return reply.status(404).send({ error: unknownPerson(req.params.personId) });
    return simulator.directTranscript(req.params.personId, q.since);
  });
};
