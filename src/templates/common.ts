/** Texts every channel may show. Every user-facing sentence lives under src/templates/. */
import { z } from 'zod';

export const sorryInternalError = () => '抱歉，系统刚才出了点问题，请稍后再试一次。如情况紧急，请直接拨打社区电话。';

export const bindUsage = () => '绑定格式：在要绑定的群里发送「绑定 3号楼」或「绑定 工作群」。';

export const bindOnlyInGroup = () => '请在要绑定的群里发送绑定命令。';

export const bindNotAllowed = () => '只有网格员、网格长或社区办公室可以绑定群。';

export const bindUnknownBuilding = (name: string, known: string[]) =>
  `没有找到「${name}」号楼。本社区的楼栋有：${known.join('、') || '（暂无）'}。`;

export const boundToBuilding = (topic: string, building: string) => `已将「${topic}」绑定为 ${building}号楼 居民群。`;

export const boundToWorkers = (topic: string) => `已将「${topic}」绑定为网格工作群。`;

export const directFallback = () =>
  '您好，我是网格小助手。居民有问题可以直接在楼栋群里说，例如「3号楼2单元电梯坏了」；网格员发送「帮助」可查看工单命令。';

/** Who acted, when no person did (routing, jobs, the system actor): ticket history, announcements. */
export const SYSTEM_NAME = '系统';

// ── field checks (zod messages; the field name is the API's, in English) ──

export const fieldRequired = (field: string) => `${field} 不能为空`;

export const fieldTooLong = (field: string, max: number) => `${field} 不能超过 ${max} 字`;

export const fieldMissing = () => '缺少这个字段';

export const fieldNotANumber = () => '应为数字';

const zhLocale = z.locales.zhCN().localeError;
/**
 * zod's built-in messages ("Invalid input: expected string …") are English; API
 * and simulator callers must get a Chinese reason for every 400. Messages a
 * schema sets itself still win over this map.
 */
export const zodErrorsZh: z.core.$ZodErrorMap = (iss) => {
  if (iss.code === 'invalid_type' && iss.input === undefined) return fieldMissing();
  // A query string coerced to a number arrives as NaN: "实际接收 NaN" means nothing to a caller.
  if (iss.code === 'invalid_type' && iss.expected === 'number') return fieldNotANumber();
  return zhLocale(iss);
};

/** The label of the office API token created on first start. */
export const INITIAL_OFFICE_TOKEN_LABEL = '初始办公室令牌（首次启动创建）';
