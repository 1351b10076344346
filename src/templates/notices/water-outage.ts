import { defineNotice, field, optionalField, signature, signOff, contactLine } from './types';
import { z } from 'zod';

export const waterOutage = defineNotice({
  name: 'water_outage',
  title: '停水通知',
  vars: z.object({
    area: field('停水范围，如「3号楼、4号楼」'),
    start: field('开始时间，如「12月1日 9:00」', 40),
    end: field('恢复时间，如「12月1日 17:00」', 40),
    reason: field('停水原因，如「主管道维修」'),
    contact: optionalField('联系电话', 40),
    signature: signature(),
  }),
  render: (v) =>
    `【停水通知】\n各位居民：\n因${v.reason}，${v.area}将于${v.start}至${v.end}停水。请提前做好储水准备，停水期间请关闭家中水龙头，以免来水时跑水。` +
    `给您带来不便，敬请谅解。${contactLine(v.contact)}\n——${signOff(v.signature)}`,
});
