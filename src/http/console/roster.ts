import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { allStreets, readCurrent, unboundGroups } from '../../roster/current';
import { importRoster } from '../../roster/apply';
import { readRosterCsv } from '../../roster/csv';
import { formatIssue, type RosterIssue } from '../../roster/issues';
import { loadRosterYamlText } from '../../roster/load';
import { describeChange, roleText } from '../../roster/plan';
import { validateRoster, type Roster } from '../../roster/schema';
import type { GroupRow } from '../../store/repos/groups';
import * as rv from '../../templates/console/roster';
import { page } from '../../templates/console/layout';
import { sendHtml, viewerOf } from './session';
import type { ConsoleDeps } from './deps';

type Form = Record<string, string | undefined>;

/** The uploaded roster, read and validated exactly as the CLI reads a file or a folder of sheets. */
function rosterOf(form: Form): { roster?: Roster; issues: RosterIssue[] } {
  const text = (k: string) => (typeof form[k] === 'string' && form[k]!.trim() !== '' ? form[k]! : undefined);
  if (form.format === 'csv') {
    const src = readRosterCsv({ buildings: text('buildings'), staff: text('staff'), groups: text('groups') });
    if (src.raw === undefined) return { issues: src.issues };
    const v = validateRoster(src.raw, src.locate);
    const issues = [...src.issues, ...v.issues];
    return issues.length ? { issues } : { roster: v.roster, issues };
  }
  const yaml = text('yaml');
  if (!yaml) return { issues: [{ path: [], message: rv.nothingUploaded() }] };
  return loadRosterYamlText(yaml);
}

export const rosterRoutes: FastifyPluginAsync<{ deps: ConsoleDeps }> = async (app, { deps }) => {
  const { store } = deps;

  app.get('/console/roster', async (req, reply) => {
    const { db } = store;
    const binding = (g: GroupRow, names: Map<number, string>) =>
      g.kind === 'building' && g.buildingId != null ? rv.bindingBuilding(names.get(g.buildingId) ?? String(g.buildingId)) : g.kind === 'workers' ? rv.BINDING_WORKERS : rv.BINDING_UNBOUND;
    const streets: rv.RosterView['streets'] = [];
    for (const s of await allStreets(db)) {
      const cur = await readCurrent(db, s.name);
      const gridNames = new Map(cur.communities.flatMap((c) => c.grids.map((g) => [g.id, g.name] as const)));
      const buildingNames = new Map(cur.communities.flatMap((c) => c.buildings.map((b) => [b.id, b.name] as const)));
      streets.push({
        name: s.name,
        communities: cur.communities.map((c) => ({
          name: c.row.name,
          grids: c.grids.map((g) => ({
            name: g.name,
            buildings: c.buildings.filter((b) => b.gridId === g.id).map((b) => b.name),
            staff: cur.staff.filter((p) => p.row.active && p.gridIds.includes(g.id)).map((p) => `${roleText(p.row.role)}${p.row.name}`),
          })),
          looseBuildings: c.buildings.filter((b) => b.gridId === null).map((b) => b.name),
          leads: Object.fromEntries(
            c.buildings
              .map((b) => [b.name, cur.leads.filter((l) => l.buildingId === b.id && l.person.active).map((l) => l.person.name)] as const)
              .filter(([, names]) => names.length > 0),
          ),
        })),
        staff: cur.staff.map((p) => ({
          name: p.row.name,
          role: roleText(p.row.role),
          grids: p.gridIds.map((id) => gridNames.get(id) ?? String(id)),
          active: p.row.active,
          contact: [p.row.phone, p.row.wechatName, p.row.wecomUserId].filter(Boolean).join(' · '),
        })),
        groups: cur.groups.map((g) => ({ topic: g.topic, channel: g.channel, binding: binding(g, buildingNames) })),
      });
    }
    const unbound = (await unboundGroups(db)).map((g) => ({ topic: g.topic, channel: g.channel, binding: rv.BINDING_UNBOUND }));
    const body = rv.rosterBody({ streets, unbound, mayApply: req.consoleUser!.role === 'office', csrf: req.consoleCsrf! });
    return sendHtml(reply, page({ title: rv.ROSTER_TITLE, current: '/console/roster', viewer: viewerOf(req), body }));
  });

  const run = async (req: FastifyRequest, dryRun: boolean): Promise<rv.PlanView> => {
    const form = (req.body ?? {}) as Form;
    const loaded = rosterOf(form);
    const base = { street: '', changes: [], notes: [], notices: [], applied: false, dryRun };
    if (!loaded.roster) return { ...base, errors: loaded.issues.map(formatIssue) };
    const reassignTo = form.reassignTo?.trim() || undefined;
    const r = await importRoster(store, loaded.roster, { dryRun, reassignTo, channels: new Set(deps.channels()), now: deps.now() });
    if (r.applied) deps.kickOutbox();
    return {
      street: r.plan.street,
      changes: r.plan.changes.map(describeChange),
      notes: r.plan.notes,
      notices: r.notices.map((n) => ({ to: n.to, tickets: n.tickets, via: n.via?.channel ?? null, text: n.text })),
      errors: r.plan.errors.map(formatIssue),
      applied: r.applied,
      dryRun,
    };
  };

  const answer = (req: FastifyRequest, reply: Parameters<typeof sendHtml>[0], p: rv.PlanView) => {
    const status = p.errors.length ? (req.headers['hx-request'] ? 200 : 400) : 200;
    if (req.headers['hx-request']) return sendHtml(reply, rv.planBody(p), status);
    return sendHtml(reply, page({ title: rv.ROSTER_TITLE, current: '/console/roster', viewer: viewerOf(req), body: rv.planBody(p) }), status);
  };

  // Uploads can be large (a street of thousands of staff): a bigger limit on these two routes only.
  const big = { bodyLimit: 4 * 1024 * 1024 };
  app.post('/console/roster/plan', big, async (req, reply) => answer(req, reply, await run(req, true)));
  app.post('/console/roster/apply', big, async (req, reply) => {
    if (req.consoleUser!.role !== 'office') return sendHtml(reply, rv.planBody({ street: '', changes: [], notes: [], notices: [], applied: false, dryRun: false, errors: [rv.officeOnly()] }), 403);
    return answer(req, reply, await run(req, false));
  });
};
