/**
 * The clocks of the intake actions, in one place (issue 12). Pure.
 */
const MINUTE = 60_000;

/** How long a reporter's answer to "请问是几单元几室？" is taken as the answer. */
export const CLARIFY_WINDOW_MS = 30 * MINUTE;
/** Unconfirmed triage items expire (and are counted) after this long. */
export const TRIAGE_TTL_MS = 3 * 24 * 60 * MINUTE;
/**
 * A digest waits this long after the oldest item it lists, so a burst of
 * unsure messages goes out as one direct message, not one per item…
 */
export const DIGEST_DELAY_MS = 2 * MINUTE;
/** …and a worker gets at most one digest in this long. */
export const DIGEST_GAP_MS = 10 * MINUTE;

/** When the next digest to one worker is due: after the batching delay and the per-worker gap. */
export function digestDueAt(oldestUndigested: Date, lastDigest: Date | null): Date {
  const batched = oldestUndigested.getTime() + DIGEST_DELAY_MS;
  const spaced = lastDigest ? lastDigest.getTime() + DIGEST_GAP_MS : 0;
  return new Date(Math.max(batched, spaced));
}

/** The "M7" of a triage item: tickets are #12, items waiting for a worker's look are M7. */
export const triageRef = (id: number) => `M${id}`;
