/** Chinese output of the small operator scripts (npm run token, npm run backup). */

// ── npm run token ──────────────────────────────────────────────────────────

export const tokenUsage = (roles: readonly string[]) =>
  `用法：npm run token -- --role <${roles.join('|')}> --label <备注，如姓名> [--db <数据库文件>]`;

export const tokenArgsError = (reason: string) => `参数错误：${reason}`;

export const tokenBadRole = (role: string, usage: string) => `角色不正确：${role}\n${usage}`;

export const tokenLabelRequired = (usage: string) => `请用 --label 写明令牌给谁用。\n${usage}`;

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

export const parseFailed = (reason: string) => `解析失败（parser failed）：${reason}`;
