import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CSV_FILES, readRosterCsv } from './csv';
import type { RosterIssue } from './issues';
import { validateRoster, type Roster } from './schema';
import { readRosterYaml } from './yaml';
import * as rt from '../templates/roster';

/**
 * Reads and validates a roster from disk: a YAML/JSON file, or a folder of
 * CSV sheets (a path to one of the sheets means its folder).
 */
export function loadRosterFile(path: string): { roster?: Roster; issues: RosterIssue[]; format: 'yaml' | 'csv' } {
  if (!existsSync(path)) return { issues: [{ path: [], message: rt.fileNotFound(path) }], format: 'yaml' };
  const isDir = statSync(path).isDirectory();
  if (isDir || path.toLowerCase().endsWith('.csv')) {
    const dir = isDir ? path : dirname(path);
    const read = (name: string) => {
      const p = join(dir, name);
      return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
    };
    const src = readRosterCsv({ buildings: read(CSV_FILES.buildings), staff: read(CSV_FILES.staff), groups: read(CSV_FILES.groups) });
    return { ...finish(src), format: 'csv' };
  }
  return { ...finish(readRosterYaml(readFileSync(path, 'utf8'), basename(path))), format: 'yaml' };
}

/** Validates text already in memory (YAML/JSON), e.g. from tests or stdin. */
export function loadRosterYamlText(text: string, file = 'roster.yaml'): { roster?: Roster; issues: RosterIssue[] } {
  return finish(readRosterYaml(text, file));
}

function finish(src: { raw?: unknown; locate: (p: readonly (string | number)[]) => string | undefined; issues: RosterIssue[] }) {
  // Syntax errors come first, but the tree is still checked so one pass shows everything.
  if (src.raw === undefined) return { issues: src.issues };
  const v = validateRoster(src.raw, src.locate);
  const issues = [...src.issues, ...v.issues];
  return issues.length ? { issues } : { roster: v.roster, issues };
}
