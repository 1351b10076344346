import { z } from 'zod';
import { defineNotice, optionalField, signature, signOff } from './types';

export const antiFraud = defineNotice({
  name: 'anti_fraud',
  title: '防诈骗提醒',
  vars: z.object({
    tip: optionalField('本期提醒内容（默认：通用防诈骗提示）', 500),
    hotline: optionalField('反诈热线（默认：96110）', 20),
    signature: signature(),
  }),
  render: (v) =>
    `【防诈骗提醒】\n${v.tip || '凡是要求转账到「安全账户」、索要验证码、以退款或中奖为名让您先付钱的，都是诈骗。'}\n` +
    `不轻信、不透露、不转账。如遇可疑电话或短信，请拨打反诈专线 ${v.hotline || '96110'} 咨询，或联系社区网格员。\n——${signOff(v.signature)}`,
});
