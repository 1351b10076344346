import { z } from 'zod';
import { defineNotice, field, optionalField, signature, signOff, contactLine } from './types';

export const activity = defineNotice({
  name: 'activity',
  title: '活动通知',
  vars: z.object({
    name: field('活动名称，如「重阳节包饺子」', 60),
    time: field('活动时间', 60),
    place: field('活动地点', 60),
    content: optionalField('活动内容', 500),
    signup: optionalField('报名方式，如「在群里接龙」'),
    contact: optionalField('联系电话', 40),
    signature: signature(),
  }),
  render: (v) =>
    `【活动通知】${v.name}\n时间：${v.time}\n地点：${v.place}` +
    `${v.content ? `\n内容：${v.content}` : ''}${v.signup ? `\n报名：${v.signup}` : ''}` +
    `\n欢迎各位居民踊跃参加！${contactLine(v.contact)}\n——${signOff(v.signature)}`,
});
