/**
 * Reasons a cron expression is refused (shown inside the bad_cron text).
 * Kept apart from announcements.ts, which imports jobs/cron: no import cycle.
 */

export const cronFieldCount = (count: number) => `需要 5 段（分 时 日 月 周），实际 ${count} 段`;

const FIELD_ZH: Record<string, string> = {
  second: '秒',
  minute: '分（0–59）',
  hour: '时（0–23）',
  dayOfMonth: '日（1–31）',
  month: '月（1–12）',
  dayOfWeek: '周（0–7，0 和 7 都是周日）',
};

/** One refused field, e.g. "「61」不是有效的分（0–59）". */
export const cronFieldInvalid = (field: string, value: string) => `「${value}」不是有效的${FIELD_ZH[field] ?? field}`;
