import { z } from 'zod';
import { normalizeBuildingName } from '../core/building-name';
import type { ChannelName } from '../bot/channel';
import { REPLACEMENT_CHAR } from './encoding';
import { formatPath, locateIssues, type Locator, type Path, type RosterIssue } from './issues';
import * as rt from '../templates/roster';

/**
 * The roster: one street → communities → grids (name, leader) → buildings,
 * with each community's staff and optional group bindings. This is the one
 * shape YAML and CSV files are read into, validated here, planned against the
 * store and written back out by export.
 */
export const STAFF_ROLES = ['grid_worker', 'grid_leader', 'office'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const CHANNELS = ['simulator', 'wechaty', 'wecom'] as const satisfies readonly ChannelName[];

export interface RosterBuilding {
  /** As residents say it, normalized like the parser does: "3号楼" → "3". */
  name: string;
  units?: number;
  /** The building's former name, to rename it in place instead of removing and adding. */
  was?: string;
  /**
   * The building's group-buy leads (团购长/楼长): residents of this building,
   * by name. When given, the list is the building's leads (others are
   * removed); when absent, leads named in chat (设团购长) stay as they are.
   */
  leads?: string[];
}

export interface RosterGrid {
  name: string;
  /** Must be one of the community's staff with role grid_leader; the leader covers this grid. */
  leader?: string;
  was?: string;
  buildings: RosterBuilding[];
}

export interface RosterStaff {
  name: string;
  role: StaffRole;
  /** Names of the grids this person covers, in their community. */
  grids: string[];
  wechatName?: string;
  wecomUserId?: string;
  /** Stored for the office, never shown in groups nor printed in plans. */
  phone?: string;
}

export type RosterBinding = { kind: 'building'; building: string } | { kind: 'workers' } | { kind: 'unbound' };

export interface RosterGroup {
  channel: ChannelName;
  /** The group's id on its channel (room id, chat id); when absent the topic must name exactly one known group. */
  id?: string;
  topic?: string;
  bind: RosterBinding;
}

export interface RosterCommunity {
  name: string;
  grids: RosterGrid[];
  /** Buildings that belong to no grid (routing then goes to leaders and the office). */
  buildings: RosterBuilding[];
  staff: RosterStaff[];
  groups: RosterGroup[];
}

export interface Roster {
  street: string;
  communities: RosterCommunity[];
}

// ---------------------------------------------------------------- field schemas

/** Empty cells and empty YAML values mean "not given". */
const blank = (v: unknown) => (v == null || (typeof v === 'string' && v.trim() === '') ? undefined : v);

// Numbers are accepted for callers that build rosters in code; files are read as text.
const scalar = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

const label = (what: string, max = 40) =>
  scalar.pipe(z.string().min(1, rt.fieldEmpty(what)).max(max, rt.fieldTooLong(what, max)));

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const buildingName = scalar.transform((s, ctx) => {
  const n = normalizeBuildingName(s);
  if (!n) {
    ctx.addIssue({ code: 'custom', message: rt.badBuildingName(s) });
    return z.NEVER;
  }
  return n;
});

const units = optional(
  z
    .union([z.number(), z.string().trim().regex(/^\d+$/, rt.unitsNotPositive())])
    .transform(Number)
    .pipe(z.number().int(rt.unitsNotPositive()).min(1, rt.unitsTooFew()).max(99, rt.unitsTooMany())),
);

const ROLE_ALIASES: Record<string, StaffRole> = {
  网格员: 'grid_worker',
  网格长: 'grid_leader',
  社区办: 'office',
  办公室: 'office',
  社区办公室: 'office',
};

const role = scalar
  .transform((s) => ROLE_ALIASES[s] ?? s)
  .pipe(z.enum(STAFF_ROLES, { error: rt.badRole() }));

const CHANNEL_ALIASES: Record<string, ChannelName> = { 微信: 'wechaty', 企业微信: 'wecom', 模拟器: 'simulator' };

const channel = scalar
  .transform((s) => CHANNEL_ALIASES[s] ?? s.toLowerCase())
  .pipe(z.enum(CHANNELS, { error: rt.badChannel() }));

const WORKERS = new Set(['工作群', '网格工作群', '网格群', 'workers', 'worker']);
const UNBIND = new Set(['解绑', '不绑定', 'unbound', 'none']);

const binding = scalar.transform((s, ctx): RosterBinding => {
  if (WORKERS.has(s.toLowerCase())) return { kind: 'workers' };
  if (UNBIND.has(s.toLowerCase())) return { kind: 'unbound' };
  const n = s ? normalizeBuildingName(s) : null;
  if (!n) {
    ctx.addIssue({ code: 'custom', message: rt.badBinding(s) });
    return z.NEVER;
  }
  return { kind: 'building', building: n };
});

/** "第一网格;第二网格" in a cell, or a YAML list. */
const splitList = (v: unknown) => {
  const b = blank(v);
  if (b === undefined) return [];
  return typeof b === 'string' ? b.split(/[;；、,，]/).map((s) => s.trim()).filter(Boolean) : b;
};
const gridList = z.preprocess(splitList, z.array(label(rt.FIELD.grid), { error: rt.notGridList() }));

/** A building's leads: `leads: [冯秀英]`, or "冯秀英;何俊". An empty list clears them. */
const leadList = z.preprocess(
  (v) => (v === undefined ? undefined : v === null ? [] : splitList(v)),
  z.array(label(rt.FIELD.lead), { error: rt.notLeadList() }).optional(),
);

const wecomUserId = optional(
  scalar.pipe(z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, rt.badWecomUserId())),
);
const phone = optional(scalar.pipe(z.string().regex(/^\+?[0-9][0-9 -]{2,19}$/, rt.badPhone())));

// A bare value in a list is shorthand for { name: value }: `buildings: [1, 2, 3]`.
const buildingObject = z.strictObject({ name: buildingName, units, was: optional(buildingName), leads: leadList });
const shorthand = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? { name: v } : v);
const building = z.preprocess(shorthand, buildingObject);

const staff = z.strictObject({
  name: label(rt.FIELD.name),
  role,
  grids: gridList,
  wechatName: optional(label(rt.FIELD.wechatName)),
  wecomUserId,
  phone,
});

const group = z
  .strictObject({
    channel,
    id: optional(label(rt.FIELD.groupId, 200)),
    topic: optional(label(rt.FIELD.topic, 100)),
    bind: binding,
  })
  .refine((g) => g.id !== undefined || g.topic !== undefined, { message: rt.groupNeedsIdOrTopic() });

// Containers: their own fields are checked here, their lists item by item below,
// so one bad building does not hide the errors of every other building.
const rosterShell = z.strictObject({ street: label(rt.FIELD.street), communities: z.unknown().optional() });
const communityShell = z.strictObject({
  name: label(rt.FIELD.community),
  grids: z.unknown().optional(),
  buildings: z.unknown().optional(),
  staff: z.unknown().optional(),
  groups: z.unknown().optional(),
});
const gridShell = z.strictObject({ name: label(rt.FIELD.grid), leader: optional(label(rt.FIELD.leader)), was: optional(label(rt.FIELD.gridWas)), buildings: z.unknown().optional() });

const zh = z.locales.zhCN().localeError;
const errorMap: z.core.$ZodErrorMap = (iss) => {
  if ((iss.code === 'invalid_type' || iss.code === 'invalid_union') && iss.input === undefined) return rt.missingField();
  if (iss.code === 'unrecognized_keys') return rt.unknownFields(iss.keys);
  if (iss.code === 'invalid_type') return iss.expected === 'object' ? rt.notAnObject() : rt.wrongType(iss.expected);
  return zh(iss);
};

// ---------------------------------------------------------------- walking the tree

class Collector {
  readonly issues: RosterIssue[] = [];

  add(path: Path, message: string): void {
    this.issues.push({ path, message });
  }

  parse<T extends z.ZodType>(schema: T, raw: unknown, path: Path): z.output<T> | undefined {
    const r = schema.safeParse(raw, { error: errorMap });
    if (r.success) return r.data;
    for (const iss of r.error.issues) this.add([...path, ...(iss.path as (string | number)[])], iss.message);
    return undefined;
  }

  /**
   * The fields of a bad item that are fine on their own, so cross checks still
   * see its name: a building with bad units can still be reported as a duplicate.
   */
  salvage<T extends z.ZodRawShape>(shape: T, raw: unknown): Partial<{ [K in keyof T]: z.output<T[K]> }> {
    const out: Record<string, unknown> = {};
    for (const [k, schema] of Object.entries(shape)) {
      const r = (schema as z.ZodType).safeParse(field(raw, k));
      if (r.success && r.data !== undefined) out[k] = r.data;
    }
    return out as Partial<{ [K in keyof T]: z.output<T[K]> }>;
  }

  list(raw: unknown, path: Path): unknown[] {
    if (blank(raw) === undefined) return [];
    if (Array.isArray(raw)) return raw;
    this.add(path, rt.notAList());
    return [];
  }
}

function field(raw: unknown, key: string): unknown {
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>)[key] : undefined;
}

interface Node<T> {
  value: T;
  path: Path;
}

/** Items that failed validation keep their good fields here; a Roster is only built when none failed. */
type Loose<T> = Node<Partial<T>>;

interface CommunityNode {
  path: Path;
  name?: string;
  grids: (Node<Omit<RosterGrid, 'buildings'>> & { buildings: Loose<RosterBuilding>[] })[];
  /** Every building of the community, in grids or not, for duplicate checks. */
  buildings: Loose<RosterBuilding>[];
  loose: Loose<RosterBuilding>[];
  staff: Loose<RosterStaff>[];
  groups: Node<RosterGroup>[];
}

function walkBuildings(c: Collector, raw: unknown, path: Path): Loose<RosterBuilding>[] {
  const nodes: Loose<RosterBuilding>[] = [];
  c.list(raw, path).forEach((item, i) => {
    const p = [...path, i];
    const b = c.parse(building, item, p);
    nodes.push({ value: b ? stripUndefined(b.leads ? { ...b, leads: [...new Set(b.leads)] } : b) : c.salvage(buildingObject.shape, shorthand(item)), path: p });
  });
  return nodes;
}

function walkCommunity(c: Collector, raw: unknown, path: Path): CommunityNode {
  const shell = c.parse(communityShell, raw, path);
  const node: CommunityNode = { path, name: shell?.name, grids: [], buildings: [], loose: [], staff: [], groups: [] };
  c.list(field(raw, 'grids'), [...path, 'grids']).forEach((g, gi) => {
    const gp = [...path, 'grids', gi];
    const gs = c.parse(gridShell, g, gp);
    const nodes = walkBuildings(c, field(g, 'buildings'), [...gp, 'buildings']);
    node.buildings.push(...nodes);
    if (gs) node.grids.push({ value: stripUndefined({ name: gs.name, leader: gs.leader, was: gs.was }), path: gp, buildings: nodes });
  });
  node.loose = walkBuildings(c, field(raw, 'buildings'), [...path, 'buildings']);
  node.buildings.push(...node.loose);
  c.list(field(raw, 'staff'), [...path, 'staff']).forEach((s, si) => {
    const p = [...path, 'staff', si];
    const v = c.parse(staff, s, p);
    node.staff.push({ value: v ? stripUndefined({ ...v, grids: [...new Set(v.grids)] }) : c.salvage(staff.shape, s), path: p });
  });
  c.list(field(raw, 'groups'), [...path, 'groups']).forEach((g, gi) => {
    const p = [...path, 'groups', gi];
    const v = c.parse(group, g, p);
    if (v) node.groups.push({ value: stripUndefined(v), path: p });
  });
  return node;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------- cross checks

function checkCommunity(c: Collector, n: CommunityNode, refer: (path: Path) => string): void {
  const cname = n.name ?? formatPath(n.path);
  firstSeen(c, n.grids, (g) => g.value.name, (g, first) => rt.gridTwice(g.value.name!, cname, refer(first.path)));
  firstSeen(c, n.buildings, (b) => b.value.name, (b, first) => rt.buildingTwice(b.value.name!, cname, refer(first.path)));
  firstSeen(c, n.staff, (s) => s.value.name, (s, first) => rt.staffTwice(s.value.name!, cname, refer(first.path)));

  // A former name must not also be a current one, or rename and keep would collide.
  const buildingNames = new Set(n.buildings.map((b) => b.value.name));
  for (const b of n.buildings) {
    if (b.value.was !== undefined && b.value.was !== b.value.name && buildingNames.has(b.value.was)) {
      c.add([...b.path, 'was'], rt.buildingWasTaken(b.value.was, cname));
    }
  }
  firstSeen(c, n.buildings.filter((b) => b.value.was !== undefined), (b) => b.value.was!, (b, first) => rt.buildingWasTwice(b.value.was!, refer(first.path)), 'was');
  const gridNames = new Set(n.grids.map((g) => g.value.name));
  for (const g of n.grids) {
    if (g.value.was !== undefined && g.value.was !== g.value.name && gridNames.has(g.value.was)) {
      c.add([...g.path, 'was'], rt.gridWasTaken(g.value.was, cname));
    }
  }

  // The first of two same-named people is the one a leader name refers to (the second is reported above).
  const staffByName = new Map<string, Partial<RosterStaff>>();
  for (const s of n.staff) if (s.value.name !== undefined && !staffByName.has(s.value.name)) staffByName.set(s.value.name, s.value);
  for (const g of n.grids) {
    const leader = g.value.leader;
    if (leader === undefined) continue;
    const person = staffByName.get(leader);
    if (!person) c.add([...g.path, 'leader'], rt.leaderNotInStaff(leader, cname));
    else if (person.role !== undefined && person.role !== 'grid_leader') c.add([...g.path, 'leader'], rt.leaderWrongRole(leader, person.role));
  }
  for (const s of n.staff) {
    (s.value.grids ?? []).forEach((gname, i) => {
      if (!gridNames.has(gname)) c.add([...s.path, 'grids', i], rt.gridNotInCommunity(gname, cname));
    });
  }
  for (const g of n.groups) {
    const bind = g.value.bind;
    if (bind.kind === 'building' && !buildingNames.has(bind.building)) {
      c.add([...g.path, 'bind'], rt.bindBuildingNotInCommunity(bind.building, cname));
    }
  }
}

/** Reports every item whose key was already used by an earlier one. */
function firstSeen<T extends { path: Path }>(
  c: Collector,
  items: T[],
  key: (item: T) => string | undefined,
  message: (item: T, first: T) => string,
  sub?: string,
): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const first = seen.get(k);
    if (first) c.add(sub ? [...item.path, sub] : item.path, message(item, first));
    else seen.set(k, item);
  }
}

/** A U+FFFD in any value means the file was decoded wrongly: such a name must never be written. */
function findReplacementChars(c: Collector, raw: unknown, path: Path): void {
  if (typeof raw === 'string') {
    if (raw.includes(REPLACEMENT_CHAR)) c.add(path, rt.replacementChar(raw));
  } else if (Array.isArray(raw)) {
    raw.forEach((v, i) => findReplacementChars(c, v, [...path, i]));
  } else if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) findReplacementChars(c, v, [...path, k]);
  }
}

/**
 * Validates a roster read from any file. Every error is reported, each with its
 * place; a Roster is returned only when there are none.
 */
export function validateRoster(
  raw: unknown,
  locate?: Locator,
  /** How "另见" names an earlier item: a tree path by default, a file line for CSV. */
  refer: (path: Path) => string = formatPath,
): { roster?: Roster; issues: RosterIssue[] } {
  const c = new Collector();
  findReplacementChars(c, raw, []);
  const shell = c.parse(rosterShell, raw, []);
  const rawCommunities = field(raw, 'communities');
  const communities = c.list(rawCommunities, ['communities']).map((r, i) => walkCommunity(c, r, ['communities', i]));
  if (communities.length === 0 && (blank(rawCommunities) === undefined || Array.isArray(rawCommunities))) {
    c.add(['communities'], rt.noCommunity());
  }

  firstSeen(c, communities.filter((n) => n.name !== undefined), (n) => n.name, (n, first) => rt.communityTwice(n.name!, refer(first.path)));
  for (const n of communities) checkCommunity(c, n, refer);

  // Across the whole file: the bot recognises staff by these, so they must be unambiguous.
  const allStaff = communities.flatMap((n) => n.staff);
  firstSeen(c, allStaff, (s) => s.value.wecomUserId, (s, first) => rt.wecomUserIdTwice(s.value.wecomUserId, refer(first.path)), 'wecomUserId');
  firstSeen(c, allStaff, (s) => s.value.wechatName, (s, first) => rt.wechatNameTwice(s.value.wechatName, refer(first.path)), 'wechatName');
  const allGroups = communities.flatMap((n) => n.groups);
  firstSeen(c, allGroups, (g) => (g.value.id !== undefined ? `${g.value.channel}\u0000id\u0000${g.value.id}` : undefined), (g, first) => rt.groupIdTwice(g.value.id, refer(first.path)), 'id');
  firstSeen(c, allGroups.filter((g) => g.value.id === undefined), (g) => `${g.value.channel}\u0000${g.value.topic}`, (g, first) => rt.groupTopicTwice(g.value.topic, refer(first.path)), 'topic');

  const issues = locateIssues(c.issues, locate);
  if (issues.length > 0 || !shell) return { issues };
  return {
    issues,
    roster: {
      street: shell.street,
      communities: communities.map((n) => ({
        name: n.name!,
        grids: n.grids.map((g) => ({ ...g.value, buildings: g.buildings.map((b) => b.value as RosterBuilding) })),
        buildings: n.loose.map((b) => b.value as RosterBuilding),
        staff: n.staff.map((s) => s.value as RosterStaff),
        groups: n.groups.map((g) => g.value),
      })),
    },
  };
}

/** The text a binding is written as in files. */
export function bindingText(b: RosterBinding): string {
  return b.kind === 'building' ? b.building : b.kind === 'workers' ? '工作群' : '解绑';
}
