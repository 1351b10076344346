/**
 * Errors found in a roster file or while planning it against the store. Every
 * one carries its place, so an office can fix a whole file in one pass.
 */
export type Path = readonly (string | number)[];

export interface RosterIssue {
  /** Where in the roster tree, e.g. ["communities", 0, "grids", 2, "buildings", 5]. Empty for file-level problems. */
  path: Path;
  /** Where in the source file, e.g. "roster.yaml 第 12 行" or "staff.csv 第 3 行 第 5 列（wecomUserId）". */
  source?: string;
  message: string;
}

/** Maps a roster path to a readable place in the file it came from. */
export type Locator = (path: Path) => string | undefined;

/** `communities[0].grids[2].buildings[5]` — the same notation whatever the file format. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

export function formatIssue(issue: RosterIssue): string {
  const path = formatPath(issue.path);
  const where = path && issue.source ? `${path}（${issue.source}）` : path || issue.source;
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Attaches file places to issues that do not have one yet. */
export function locateIssues(issues: RosterIssue[], locate: Locator | undefined): RosterIssue[] {
  if (!locate) return issues;
  return issues.map((i) => (i.source ? i : { ...i, source: locate(i.path) }));
}

export class RosterError extends Error {
  constructor(readonly issues: RosterIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}
