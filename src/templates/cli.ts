/** Chinese output of the small operator scripts (npm run token, npm run backup). */

// ── npm run token ──────────────────────────────────────────────────────────

export const tokenUsage = (roles: readonly string[]) =>
  `用法：npm run token -- --role <${roles.join('|')}> --label <备注，如姓名> [--db <数据库文件>]\n` +
  `      npm run token -- --role grid_leader --person <网格长姓名> [--label <备注>]（网格长令牌只能发往此人负责的网格）`;

export const tokenArgsError = (reason: string) => `参数错误：${reason}`;

export const tokenBadRole = (role: string, usage: string) => `角色不正确：${role}\n${usage}`;

export const tokenLabelRequired = (usage: string) => `请用 --label 写明令牌给谁用（网格长令牌用 --person 姓名）。\n${usage}`;

const ROLE_TEXT: Record<string, string> = { resident: '居民', grid_worker: '网格员', grid_leader: '网格长', office: '社区办公室' };

/** Why --person was refused (TokenPersonError codes). */
export function tokenPersonRefused(
  code: string,
  d: { name?: string; role?: string; choices?: { id: number; grids: string[] }[] },
): string {
  switch (code) {
    case 'person_needs_leader_role':
      return `--person 只用于网格长令牌（--role grid_leader），不能用于 ${d.role}。`;
    case 'person_not_found':
      return `找不到「${d.name}」：请写人员名单里的姓名（可用 npm run roster -- export 查看）。`;
    case 'person_not_leader':
      return `「${d.name}」是${ROLE_TEXT[d.role ?? ''] ?? d.role}，不是网格长，不能关联网格长令牌。`;
    case 'person_inactive':
      return `网格长「${d.name}」已停用，不能关联令牌。`;
    case 'person_ambiguous':
      return (
        `有多位网格长叫「${d.name}」，请改用编号 --person <编号>：` +
        (d.choices ?? []).map((c) => `${c.id}（${c.grids.length ? c.grids.join('、') : '暂无网格'}）`).join('；') +
        '。'
      );
    default:
      return code;
  }
}

/** A leader token without a person can read only: say so when it is created. */
export const tokenLeaderUnlinked = () =>
  '提示：这个网格长令牌没有关联人员，只能查看，不能发布或撤销通知。要发通知，请用 --person 姓名 新建。';

export const tokenLinkedTo = (name: string, grids: string[]) =>
  `关联网格长：${name}，负责 ${grids.length ? grids.join('、') : '（暂无网格，发通知会被拒绝）'}。`;

export const tokenCreated = (id: number, role: string, label: string, token: string) =>
  `已创建令牌 #${id}（角色 ${role}，${label}）。只显示这一次，请妥善保存：\n${token}`;

// ── npm run backup (bilingual headline; the details below it are English) ──

export const backupWritten = (path: string) => `备份完成 backup written: ${path}`;

export const backupFailed = (reason: string) => `备份失败 backup failed: ${reason}`;

// ── npm run parse: Chinese first, the English after it for scripts that grep ──

export const parseLineError = (lineNo: number, reason: string) => `第 ${lineNo} 行 line ${lineNo}: ${reason}`;

export const parseInvalidJson = () => '不是合法的 JSON（invalid JSON）';

export const parseTextRequired = () => 'text 应为字符串（text must be a string）';

export const parseBadGroupBuilding = () => 'groupBuilding 应为字符串、数字或 null（groupBuilding must be a string, a number or null）';

export const parseFaqMissing = () => '--faq 后面要跟 FAQ 文件路径（--faq needs a file）';

export const parseFailed = (reason: string) => `解析失败（parser failed）：${reason}`;

// ── npm run labels: workers' verdicts as training labels ─────────────────────

export const labelsUsage = () =>
  '用法：npm run labels -- export [--out 文件.jsonl] [--since 2026-12-01] [--db 数据库文件]\n' +
  '  把网格员的「立单 / 忽略 / 退回 非诉求 / 改类」导出为 JSONL（语料格式，文字已脱敏），审核后用 npm run train -- --with 文件 并入训练。';

export const labelsBadSince = (value: string) => `--since 日期不对：${value}（应为 2026-12-01 这样的日期）`;

export const labelsWritten = (count: number, path: string) => `已导出 ${count} 条标注到 ${path}（exported ${count} labels）`;
