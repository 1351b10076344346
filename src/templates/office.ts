/** Chinese reasons in the office API's error bodies ({ error }): /api/tickets and /api/stats. */

export const ticketIdInvalid = () => '工单编号应为正整数';

export const ticketNotFoundHttp = (id: number) => `没有找到工单 #${id}`;

export const unknownGrid = (key: string) => `没有这个网格：${key}（可以用网格编号或名称）`;

export const unknownCategory = (key: string, known: string[]) => `没有这个分类：${key}（可选：${known.join('、')}）`;

export const unknownStatus = (key: string, known: string[]) => `没有这个状态：${key}（可选：${known.join('、')}）`;

export const badDate = () => '日期格式不正确，请用 2026-06-01 或 2026-06-01T08:00:00+08:00';

export const fromAfterTo = () => 'from 不能晚于 to';

export const queryTooLong = (max: number) => `搜索词不能超过 ${max} 字`;

export const limitRange = (max: number) => `limit 应为 1 到 ${max} 之间的整数`;

export const offsetInvalid = () => 'offset 应为不小于 0 的整数';

export const unknownCommunity = (key: string, known: string[]) => `没有这个社区：${key}（库里的社区：${known.join('、') || '无'}）`;

export const communityAmbiguous = (what: string, known: string[]) =>
  `${what} 在多个社区里都有，请加 community=社区名 指明是哪个社区（可选：${known.join('、')}）`;
