/**
 * What the command-line scripts share, so tests can run their main() in-process
 * (a node + tsx start costs about 2 s per process).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where a CLI writes: the process's own streams, or a test's buffers. */
export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** True when the module at `moduleUrl` is the script node was started with (not imported by a test). */
export function startedDirectly(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === pathToFileURL(resolve(entry)).href;
}
