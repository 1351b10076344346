import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CSV_FILES, readRosterCsv } from './csv';
import { decodeRosterBytes } from './encoding';
import { formatPath, type Locator, type Path, type RosterIssue } from './issues';
import { validateRoster, type Roster } from './schema';
import { readRosterYaml } from './yaml';
import * as rt from '../templates/roster';

export interface LoadedRoster {
  roster?: Roster;
  issues: RosterIssue[];
  format: 'yaml' | 'csv';
  /** Things the office should know that are not errors (a file decoded as GB18030). */
  notes: string[];
  /** Maps a roster path to its place in the file (for errors found later, against the store). */
  locate?: Locator;
}

/**
 * Reads and validates a roster from disk: a YAML/JSON file, or a folder of
 * CSV sheets (a path to one of the sheets means its folder). Files need not be
 * UTF-8: see decodeRosterBytes.
 */
export function loadRosterFile(path: string): LoadedRoster {
  if (!existsSync(path)) return { issues: [{ path: [], message: rt.fileNotFound(path) }], format: 'yaml', notes: [] };
  const notes: string[] = [];
  const issues: RosterIssue[] = [];
  const read = (p: string, name: string): string | undefined => {
    const decoded = decodeRosterBytes(readFileSync(p));
    if (decoded.text === undefined) {
      issues.push({ path: [], source: name, message: rt.notUtf8() });
      return undefined;
    }
    if (decoded.encoding !== 'utf-8') notes.push(rt.decodedAs(name, decoded.encoding));
    return decoded.text;
  };
  const isDir = statSync(path).isDirectory();
  if (isDir || path.toLowerCase().endsWith('.csv')) {
    const dir = isDir ? path : dirname(path);
    const sheet = (name: string) => {
      const p = join(dir, name);
      return existsSync(p) ? read(p, name) : undefined;
    };
    const texts = { buildings: sheet(CSV_FILES.buildings), staff: sheet(CSV_FILES.staff), groups: sheet(CSV_FILES.groups) };
    if (issues.length) return { issues, format: 'csv', notes };
    return { ...finish(readRosterCsv(texts), csvPlaces), format: 'csv', notes };
  }
  const text = read(path, basename(path));
  if (text === undefined) return { issues, format: 'yaml', notes };
  return { ...finish(readRosterYaml(text, basename(path))), format: 'yaml', notes };
}

/** Validates text already in memory (YAML/JSON), e.g. from tests or stdin. */
export function loadRosterYamlText(text: string, file = 'roster.yaml'): { roster?: Roster; issues: RosterIssue[] } {
  return finish(readRosterYaml(text, file));
}

/**
 * CSV users never see the roster tree: a place in a sheet (file, line, column)
 * replaces the tree path wherever there is one.
 */
export function csvPlaces(issues: RosterIssue[]): RosterIssue[] {
  return issues.map((i) => (i.source ? { ...i, path: [] } : i));
}

function finish(
  src: { raw?: unknown; locate: Locator; issues: RosterIssue[] },
  places?: (issues: RosterIssue[]) => RosterIssue[],
): { roster?: Roster; issues: RosterIssue[]; locate: Locator } {
  const out = places ?? ((i: RosterIssue[]) => i);
  // Syntax errors come first, but the tree is still checked so one pass shows everything.
  if (src.raw === undefined) return { issues: out(src.issues), locate: src.locate };
  const refer = places ? (p: Path) => src.locate(p) ?? formatPath(p) : formatPath;
  const v = validateRoster(src.raw, src.locate, refer);
  const issues = out([...src.issues, ...v.issues]);
  return issues.length ? { issues, locate: src.locate } : { roster: v.roster, issues, locate: src.locate };
}
