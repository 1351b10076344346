import { z } from 'zod';
import { defineNotice, field, optionalField, signature, signOff, contactLine } from './types';

export const elevatorMaintenance = defineNotice({
  name: 'elevator_maintenance',
  title: '电梯维保',
  vars: z.object({
    area: field('楼栋/单元，如「5号楼2单元」'),
    start: field('开始时间', 40),
    end: field('结束时间', 40),
    note: optionalField('补充说明，如「期间请走楼梯，注意安全」'),
    contact: optionalField('联系电话', 40),
    signature: signature(),
  }),
  render: (v) =>
    `【电梯维保通知】\n各位居民：\n${v.area}电梯将于${v.start}至${v.end}进行例行维护保养，期间电梯暂停使用。${v.note ? `${v.note}。` : '请合理安排出行，上下楼梯注意安全。'}` +
    `${contactLine(v.contact)}\n——${signOff(v.signature)}`,
});
