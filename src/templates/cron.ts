/**
 * Reasons a cron expression is refused (shown inside the bad_cron text).
 * Kept apart from announcements.ts, which imports jobs/cron: no import cycle.
 */

export const cronFieldCount = (count: number) => `需要 5 段（分 时 日 月 周），实际 ${count} 段`;
