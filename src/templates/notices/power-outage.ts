import { z } from 'zod';
import { defineNotice, field, optionalField, signature, signOff, contactLine } from './types';

export const powerOutage = defineNotice({
  name: 'power_outage',
  title: '停电通知',
  vars: z.object({
    area: field('停电范围，如「1号楼至3号楼」'),
    start: field('开始时间', 40),
    end: field('恢复时间', 40),
    reason: field('停电原因，如「线路检修」'),
    contact: optionalField('联系电话', 40),
    signature: signature(),
  }),
  render: (v) =>
    `【停电通知】\n各位居民：\n因${v.reason}，${v.area}将于${v.start}至${v.end}停电，届时电梯暂停运行。请提前做好准备，关闭大功率电器；家中有用电医疗设备的居民请提前联系社区。` +
    `${contactLine(v.contact)}\n——${signOff(v.signature)}`,
});
