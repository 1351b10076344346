import { formatPath, type Locator, type Path, type RosterIssue } from './issues';
import { toCsv } from '../core/csv';
import { bindingText, type Roster } from './schema';
import { normalizeBuildingName } from '../core/building-name';

/** staff.csv roles that name a building's group-buy lead, not a member of staff. */
export const LEAD_ROLES = new Set(['团购长', '楼长', '团购长/楼长', 'building_lead']);
/** How export writes the lead role. */
export const LEAD_ROLE_TEXT = '团购长';
import * as rt from '../templates/roster';

// ---------------------------------------------------------------- CSV text

export interface CsvCell {
  value: string;
  /** 1-based physical line where the cell starts (a quoted cell may span lines). */
  line: number;
  /** 1-based position of the cell in its row. */
  column: number;
}

export interface CsvRow {
  line: number;
  cells: CsvCell[];
}

export interface CsvSyntaxError {
  line: number;
  column: number;
  message: string;
}

/**
 * RFC 4180 CSV as Excel writes it: comma-separated, fields with commas, quotes
 * or line breaks are quoted, a quote inside doubles (""), CRLF or LF line ends,
 * and a UTF-8 BOM at the start (Excel's "CSV UTF-8"). A stray quote inside an
 * unquoted field is kept as text, as Excel does. Rows whose cells are all
 * empty are dropped: Excel leaves them behind after clearing cells.
 */
export function parseCsv(text: string): { rows: CsvRow[]; errors: CsvSyntaxError[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const errors: CsvSyntaxError[] = [];
  let line = 1;
  let i = 0;
  let row: CsvRow = { line, cells: [] };
  const endRow = () => {
    if (row.cells.some((c) => c.value.trim() !== '')) rows.push(row);
  };
  // At the top of this loop we are always at the start of a field.
  while (i <= src.length) {
    const start = { line, column: row.cells.length + 1 };
    let value = '';
    if (src[i] === '"') {
      i++;
      let closed = false;
      while (i < src.length) {
        const ch = src[i]!;
        if (ch === '"') {
          if (src[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (ch === '\r' && src[i + 1] === '\n') {
          value += '\r\n';
          i += 2;
          line++;
          continue;
        }
        if (ch === '\n' || ch === '\r') line++;
        value += ch;
        i++;
      }
      if (!closed) {
        errors.push({ ...start, message: rt.csvUnclosedQuote() });
        row.cells.push({ value, ...start });
        endRow();
        break;
      }
      // Text after the closing quote is malformed; keep it so nothing is lost, but say so.
      let tail = '';
      while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') tail += src[i++];
      if (tail !== '') {
        errors.push({ ...start, message: rt.csvTextAfterQuote(tail) });
        value += tail;
      }
    } else {
      while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') value += src[i++];
    }
    row.cells.push({ value, ...start });
    if (i >= src.length) {
      endRow();
      break;
    }
    const sep = src[i]!;
    i++;
    if (sep === ',') continue;
    if (sep === '\r' && src[i] === '\n') i++;
    line++;
    endRow();
    row = { line, cells: [] };
    if (i >= src.length) break;
  }
  return { rows, errors };
}

/** Writes rows as Excel-friendly CSV (src/core/csv.ts), values exactly as stored so an export imports back unchanged. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return toCsv(rows, { defuseFormulas: false });
}

// ---------------------------------------------------------------- roster sheets

interface Column {
  key: string;
  aliases: string[];
  required?: boolean;
}

const BUILDING_COLUMNS: Column[] = [
  { key: 'street', aliases: ['街道'], required: true },
  { key: 'community', aliases: ['社区'], required: true },
  { key: 'grid', aliases: ['网格'] },
  { key: 'leader', aliases: ['网格长'] },
  { key: 'building', aliases: ['楼栋', '楼号'] },
  { key: 'units', aliases: ['单元数', '单元'] },
  { key: 'was', aliases: ['原名'] },
];

const STAFF_COLUMNS: Column[] = [
  { key: 'community', aliases: ['社区'] },
  { key: 'name', aliases: ['姓名'], required: true },
  { key: 'role', aliases: ['角色'], required: true },
  { key: 'grids', aliases: ['网格', '负责网格'] },
  { key: 'wechatName', aliases: ['微信名'] },
  { key: 'wecomUserId', aliases: ['企业微信账号', '企业微信ID', '企业微信id'] },
  { key: 'phone', aliases: ['电话', '手机'] },
  /** Only for group-buy leads (团购长/楼长): the building they lead. */
  { key: 'building', aliases: ['楼栋', '楼号'] },
];

const GROUP_COLUMNS: Column[] = [
  { key: 'community', aliases: ['社区'] },
  { key: 'channel', aliases: ['渠道'], required: true },
  { key: 'id', aliases: ['群id', '群ID'] },
  { key: 'topic', aliases: ['群名'] },
  { key: 'bind', aliases: ['绑定'], required: true },
];

export const CSV_FILES = { buildings: 'buildings.csv', staff: 'staff.csv', groups: 'groups.csv' } as const;

interface SheetRow {
  line: number;
  get(key: string): CsvCell | undefined;
  text(key: string): string;
}

interface Sheet {
  file: string;
  rows: SheetRow[];
  header: Map<string, string>;
}

function cellPlace(file: string, cell: { line: number; column: number }, header?: string): string {
  return rt.placeCell(file, cell.line, cell.column, header);
}

function readSheet(file: string, text: string, columns: Column[], issues: RosterIssue[]): Sheet | undefined {
  const { rows, errors } = parseCsv(text);
  for (const e of errors) issues.push({ path: [], source: cellPlace(file, e), message: e.message });
  const [head, ...body] = rows;
  if (!head) {
    issues.push({ path: [], source: file, message: rt.csvEmptyFile() });
    return undefined;
  }
  const byKey = new Map<string, number>();
  const header = new Map<string, string>();
  for (const cell of head.cells) {
    const name = cell.value.trim();
    if (name === '') continue;
    const col = columns.find((c) => c.key.toLowerCase() === name.toLowerCase() || c.aliases.includes(name));
    if (!col) {
      issues.push({
        path: [],
        source: cellPlace(file, cell),
        message: rt.csvUnknownColumn(name, columns.map((c) => c.key)),
      });
    } else if (byKey.has(col.key)) {
      issues.push({ path: [], source: cellPlace(file, cell), message: rt.csvDuplicateColumn(name) });
    } else {
      byKey.set(col.key, cell.column);
      header.set(col.key, name);
    }
  }
  for (const c of columns) {
    if (c.required && !byKey.has(c.key)) issues.push({ path: [], source: rt.placeLine(file, head.line), message: rt.csvMissingColumn(c.key) });
  }
  const sheetRows = body.map((r): SheetRow => {
    const get = (k: string) => {
      const col = byKey.get(k);
      return col === undefined ? undefined : (r.cells[col - 1] ?? { value: '', line: r.line, column: col });
    };
    return { line: r.line, get, text: (k) => get(k)?.value.trim() ?? '' };
  });
  return { file, rows: sheetRows, header };
}

/**
 * Builds the raw roster tree from the three sheets, remembering where every
 * value came from so validation errors point at a file, line and column.
 * Values stay text: the roster schema validates them exactly as for YAML.
 */
export function readRosterCsv(files: { buildings?: string; staff?: string; groups?: string }): {
  raw?: unknown;
  locate: Locator;
  issues: RosterIssue[];
} {
  const issues: RosterIssue[] = [];
  const where = new Map<string, string>();
  const at = (path: Path, place: string) => {
    const k = formatPath(path);
    if (!where.has(k)) where.set(k, place);
  };
  const locate: Locator = (path) => {
    for (let n = path.length; n >= 0; n--) {
      const hit = where.get(formatPath(path.slice(0, n)));
      if (hit) return hit;
    }
    return undefined;
  };
  const cellAt = (sheet: Sheet, row: SheetRow, k: string) => {
    const cell = row.get(k);
    return cell ? cellPlace(sheet.file, cell, sheet.header.get(k)) : rt.placeLine(sheet.file, row.line);
  };

  if (files.buildings === undefined) issues.push({ path: [], source: CSV_FILES.buildings, message: rt.csvMissingFile(CSV_FILES.buildings) });
  if (files.staff === undefined) issues.push({ path: [], source: CSV_FILES.staff, message: rt.csvMissingFile(CSV_FILES.staff) });
  const b = files.buildings !== undefined ? readSheet(CSV_FILES.buildings, files.buildings, BUILDING_COLUMNS, issues) : undefined;
  const s = files.staff !== undefined ? readSheet(CSV_FILES.staff, files.staff, STAFF_COLUMNS, issues) : undefined;
  const g = files.groups !== undefined ? readSheet(CSV_FILES.groups, files.groups, GROUP_COLUMNS, issues) : undefined;
  if (!b) return { locate, issues };

  type RawBuilding = Record<string, string | string[]>;
  type RawGrid = { name: string; leader?: string; buildings: RawBuilding[] };
  type RawCommunity = { name: string; grids: RawGrid[]; buildings: RawBuilding[]; staff: unknown[]; groups: unknown[] };
  const raw: { street?: string; communities: RawCommunity[] } = { communities: [] };
  let streetLine = 0;
  const leaderLine = new Map<RawGrid, number>();

  for (const row of b.rows) {
    const street = row.text('street');
    if (street) {
      if (raw.street === undefined) {
        raw.street = street;
        streetLine = row.line;
        at(['street'], cellAt(b, row, 'street'));
      } else if (street !== raw.street) {
        issues.push({
          path: [],
          source: cellAt(b, row, 'street'),
          message: rt.csvStreetDiffers(street, streetLine, raw.street),
        });
      }
    }
    const cname = row.text('community');
    if (!cname) {
      issues.push({ path: [], source: cellAt(b, row, 'community'), message: rt.csvCommunityEmpty() });
      continue;
    }
    let ci = raw.communities.findIndex((c) => c.name === cname);
    if (ci < 0) {
      ci = raw.communities.push({ name: cname, grids: [], buildings: [], staff: [], groups: [] }) - 1;
      at(['communities', ci], cellAt(b, row, 'community'));
    }
    const community = raw.communities[ci]!;
    const gname = row.text('grid');
    const leader = row.text('leader');
    let list = community.buildings;
    let listPath: Path = ['communities', ci, 'buildings'];
    if (gname) {
      let gi = community.grids.findIndex((x) => x.name === gname);
      if (gi < 0) {
        gi = community.grids.push({ name: gname, buildings: [] }) - 1;
        at(['communities', ci, 'grids', gi], cellAt(b, row, 'grid'));
      }
      const grid = community.grids[gi]!;
      if (leader) {
        if (grid.leader === undefined) {
          grid.leader = leader;
          leaderLine.set(grid, row.line);
          at(['communities', ci, 'grids', gi, 'leader'], cellAt(b, row, 'leader'));
        } else if (grid.leader !== leader) {
          issues.push({
            path: [],
            source: cellAt(b, row, 'leader'),
            message: rt.csvLeaderDiffers(gname, leader, leaderLine.get(grid), grid.leader),
          });
        }
      }
      list = grid.buildings;
      listPath = ['communities', ci, 'grids', gi, 'buildings'];
    } else if (leader) {
      issues.push({ path: [], source: cellAt(b, row, 'leader'), message: rt.csvLeaderWithoutGrid() });
    }
    const bname = row.text('building');
    if (bname) {
      const entry: RawBuilding = { name: bname };
      if (row.text('units')) entry.units = row.text('units');
      if (row.text('was')) entry.was = row.text('was');
      const bi = list.push(entry) - 1;
      at([...listPath, bi], rt.placeLine(b.file, row.line));
      at([...listPath, bi, 'name'], cellAt(b, row, 'building'));
      at([...listPath, bi, 'units'], cellAt(b, row, 'units'));
      at([...listPath, bi, 'was'], cellAt(b, row, 'was'));
    } else if (row.text('units')) {
      issues.push({ path: [], source: cellAt(b, row, 'units'), message: rt.csvUnitsWithoutBuilding() });
    }
  }
  if (raw.street === undefined && b.header.has('street')) {
    issues.push({ path: [], source: rt.placeColumn(b.file, 'street'), message: rt.csvStreetEmpty() });
  }

  // staff.csv and groups.csv rows belong to a community of buildings.csv; with one community the column may stay empty.
  const communityOf = (sheet: Sheet, row: SheetRow): number | undefined => {
    const name = row.text('community');
    if (!name) {
      if (raw.communities.length === 1) return 0;
      issues.push({ path: [], source: cellAt(sheet, row, 'community'), message: rt.csvCommunityRequired() });
      return undefined;
    }
    const ci = raw.communities.findIndex((c) => c.name === name);
    if (ci < 0) issues.push({ path: [], source: cellAt(sheet, row, 'community'), message: rt.csvCommunityNotInBuildings(name) });
    return ci < 0 ? undefined : ci;
  };
  const addRow = (sheet: Sheet, row: SheetRow, list: 'staff' | 'groups', keys: string[]) => {
    const ci = communityOf(sheet, row);
    if (ci === undefined) return;
    const entry: Record<string, string> = {};
    for (const k of keys) if (row.get(k) !== undefined) entry[k] = row.text(k);
    const items = raw.communities[ci]![list];
    const i = items.push(entry) - 1;
    at(['communities', ci, list, i], rt.placeLine(sheet.file, row.line));
    for (const k of keys) at(['communities', ci, list, i, k], cellAt(sheet, row, k));
  };
  /**
   * A 团购长/楼长 row names a building's lead: it joins that building's `leads`
   * (as YAML writes them), not the staff. Buildings named by such rows get
   * exactly these leads; the others keep the leads named in chat.
   */
  const addLead = (sheet: Sheet, row: SheetRow) => {
    const ci = communityOf(sheet, row);
    if (ci === undefined) return;
    for (const k of ['grids', 'wechatName', 'wecomUserId', 'phone']) {
      if (row.text(k)) issues.push({ path: [], source: cellAt(sheet, row, k), message: rt.csvLeadExtraCell() });
    }
    const bname = row.text('building');
    if (!bname) {
      issues.push({ path: [], source: cellAt(sheet, row, 'building'), message: rt.csvLeadWithoutBuilding() });
      return;
    }
    const c = raw.communities[ci]!;
    const wanted = normalizeBuildingName(bname) ?? bname;
    const lists: Array<[RawBuilding[], Path]> = [
      ...c.grids.map((g, gi): [RawBuilding[], Path] => [g.buildings, ['communities', ci, 'grids', gi, 'buildings']]),
      [c.buildings, ['communities', ci, 'buildings']],
    ];
    for (const [list, path] of lists) {
      const bi = list.findIndex((x) => (normalizeBuildingName(String(x.name)) ?? x.name) === wanted);
      if (bi < 0) continue;
      const entry = list[bi]!;
      const leads = (entry.leads ??= []) as string[];
      const li = leads.push(row.text('name')) - 1;
      at([...path, bi, 'leads', li], cellAt(sheet, row, 'name'));
      return;
    }
    issues.push({ path: [], source: cellAt(sheet, row, 'building'), message: rt.csvLeadBuildingUnknown(bname, c.name) });
  };
  for (const row of s?.rows ?? []) {
    if (LEAD_ROLES.has(row.text('role'))) addLead(s!, row);
    else if (row.text('building')) issues.push({ path: [], source: cellAt(s!, row, 'building'), message: rt.csvBuildingOnlyForLeads() });
    else addRow(s!, row, 'staff', ['name', 'role', 'grids', 'wechatName', 'wecomUserId', 'phone']);
  }
  for (const row of g?.rows ?? []) addRow(g!, row, 'groups', ['channel', 'id', 'topic', 'bind']);

  return { raw, locate, issues };
}

/** The roster as the three sheets, in the same columns the reader takes. */
export function rosterToCsv(roster: Roster): { buildings: string; staff: string; groups: string } {
  const b: string[][] = [['street', 'community', 'grid', 'leader', 'building', 'units']];
  const s: string[][] = [['community', 'name', 'role', 'grids', 'wechatName', 'wecomUserId', 'phone']];
  const g: string[][] = [['community', 'channel', 'id', 'topic', 'bind']];
  const leads: string[][] = [];
  for (const c of roster.communities) {
    const units = (u: number | undefined) => (u === undefined ? '' : String(u));
    for (const grid of c.grids) {
      if (grid.buildings.length === 0) b.push([roster.street, c.name, grid.name, grid.leader ?? '', '', '']);
      for (const x of grid.buildings) b.push([roster.street, c.name, grid.name, grid.leader ?? '', x.name, units(x.units)]);
    }
    for (const x of c.buildings) b.push([roster.street, c.name, '', '', x.name, units(x.units)]);
    // A community with nothing in it still needs a row to exist.
    if (c.grids.length === 0 && c.buildings.length === 0) b.push([roster.street, c.name, '', '', '', '']);
    for (const p of c.staff) {
      s.push([c.name, p.name, p.role, p.grids.join(';'), p.wechatName ?? '', p.wecomUserId ?? '', p.phone ?? '']);
    }
    for (const x of [...c.grids.flatMap((grid) => grid.buildings), ...c.buildings]) {
      for (const lead of x.leads ?? []) leads.push([c.name, lead, LEAD_ROLE_TEXT, '', '', '', '', x.name]);
    }
    for (const x of c.groups) g.push([c.name, x.channel, x.id ?? '', x.topic ?? '', bindingText(x.bind)]);
  }
  // The building column only when some building has a lead: rosters without leads keep their old sheet.
  if (leads.length) s.forEach((r, i) => r.push(i === 0 ? 'building' : ''));
  return { buildings: writeCsv(b), staff: writeCsv([...s, ...leads]), groups: writeCsv(g) };
}
