import { Document, LineCounter, isMap, isNode, isSeq, parseDocument } from 'yaml';
import type { Locator, RosterIssue } from './issues';
import { bindingText, type Roster } from './schema';
import * as rt from '../templates/roster';

/**
 * Reads a roster written in YAML (JSON is YAML too). The failsafe schema keeps
 * every value as text: `phone: 010...` keeps its leading zero, `units: 3` and
 * a building called `3` arrive as "3", and `name: no` stays "no". The roster
 * schema then reads them exactly as it reads CSV cells.
 */
export function readRosterYaml(text: string, file: string): { raw?: unknown; locate: Locator; issues: RosterIssue[] } {
  const lines = new LineCounter();
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseDocument(src, { schema: 'failsafe', lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const place = (offset: number) => rt.placeLine(file, lines.linePos(offset).line);
  const issues: RosterIssue[] = doc.errors.map((e) => ({
    path: [],
    source: place(e.pos[0]),
    message: rt.yamlSyntaxError(e.message.split('\n')[0]!),
  }));
  const locate: Locator = (path) => {
    for (let n = path.length; n > 0; n--) {
      let node: unknown;
      try {
        node = doc.getIn(path.slice(0, n), true);
      } catch {
        node = undefined;
      }
      if (isNode(node) && node.range) return place(node.range[0]);
    }
    return undefined;
  };
  if (issues.length > 0) return { locate, issues };
  return { raw: doc.toJS(), locate, issues };
}

/** Writes a roster as YAML, in the same shape the reader takes; export → import changes nothing. */
export function rosterToYaml(roster: Roster): string {
  const plain = {
    street: roster.street,
    communities: roster.communities.map((c) => ({
      name: c.name,
      grids: c.grids.map((g) => ({ name: g.name, ...(g.leader ? { leader: g.leader } : {}), buildings: g.buildings.map((b) => ({ ...b })) })),
      ...(c.buildings.length ? { buildings: c.buildings.map((b) => ({ ...b })) } : {}),
      staff: c.staff.map((s) => ({ ...s })),
      ...(c.groups.length
        ? { groups: c.groups.map((g) => ({ channel: g.channel, ...(g.id ? { id: g.id } : {}), ...(g.topic ? { topic: g.topic } : {}), bind: bindingText(g.bind) })) }
        : {}),
    })),
  };
  const doc = new Document(plain);
  // One line per building and per grid list keeps a 200-building street readable.
  roster.communities.forEach((c, ci) => {
    c.grids.forEach((g, gi) => {
      g.buildings.forEach((_, bi) => flow(doc.getIn(['communities', ci, 'grids', gi, 'buildings', bi], true)));
    });
    c.buildings.forEach((_, bi) => flow(doc.getIn(['communities', ci, 'buildings', bi], true)));
    c.staff.forEach((_, si) => flow(doc.getIn(['communities', ci, 'staff', si, 'grids'], true)));
  });
  doc.commentBefore = rt.yamlHeaderComment(roster.street);
  return doc.toString({ lineWidth: 0 });
}

function flow(node: unknown): void {
  if (isMap(node) || isSeq(node)) node.flow = true;
}
