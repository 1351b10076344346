import { z } from 'zod';
import { targetsSchema } from '../announcements/input';

const item = z
  .object({
    name: z.string().trim().min(1, '品名不能为空').max(20, '品名最多 20 个字'),
    unit: z.string().trim().min(1, '单位不能为空').max(4, '单位最多 4 个字').nullish(),
    price: z.number({ error: '价格应为数字' }).nonnegative('价格不能为负').max(100000, '价格太大').nullish(),
  })
  .strict();

/** The body of POST /api/collections; chat commands are turned into the same shape. */
export const createCollectionInput = z
  .object({
    kind: z.enum(['order', 'signup', 'form'], { error: 'kind 应为 order、signup 或 form' }),
    title: z.string({ error: '缺少标题 title' }).trim().min(1, '缺少标题 title').max(60, '标题最多 60 个字'),
    targets: z.union([z.literal('all'), targetsSchema], { error: 'targets 应为 "all" 或 {"buildings": [...]} / {"grids": [...]}' }),
    /** ISO-8601; without an offset it is Asia/Shanghai wall-clock time. */
    deadline: z.string({ error: '缺少截止时间 deadline' }).trim().min(1, '缺少截止时间 deadline'),
    items: z.array(item).max(50, '选项最多 50 个').optional(),
    fields: z.array(z.string().trim().min(1, '字段名不能为空').max(20, '字段名最多 20 个字')).max(20, '字段最多 20 个').optional(),
    perHouseholdLimit: z.number({ error: '每户限量应为数字' }).int('每户限量应为正整数').positive('每户限量应为正整数').max(1000, '每户限量最多 1000').nullish(),
    visible: z.boolean().optional(),
    community: z.union([z.string().trim().min(1), z.number().int().positive()]).optional(),
  })
  .strict();

export type CreateCollectionInput = z.infer<typeof createCollectionInput>;
