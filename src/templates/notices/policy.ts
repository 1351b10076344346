import { z } from 'zod';
import { defineNotice, field, optionalField, signature, signOff, contactLine } from './types';

export const policy = defineNotice({
  name: 'policy',
  title: '政策宣传',
  vars: z.object({
    title: field('政策名称，如「城乡居民医保缴费」', 60),
    content: field('政策要点', 1500),
    deadline: optionalField('办理截止时间', 40),
    contact: optionalField('咨询电话', 40),
    signature: signature(),
  }),
  render: (v) =>
    `【政策宣传】${v.title}\n${v.content}${v.deadline ? `\n办理截止：${v.deadline}` : ''}` +
    `${contactLine(v.contact)}\n——${signOff(v.signature)}`,
});
