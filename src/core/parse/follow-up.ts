/**
 * "我上周报的下水道什么时候来修？": a resident asking after a problem reported
 * earlier. It names the problem (so it reads like a report) but asks for
 * news, and the blind sets showed the classifier taking such messages for new
 * reports. Two rule signals for the classifier, not a decision: a reference
 * to an earlier report, and a progress-asking phrase. Either alone is weak
 * ("昨天说的停水" can be news, "什么时候来修" can close a new report); the
 * model learns how much each, and both together, weigh.
 */

const WHEN_BEFORE =
  '(?:上次|上回|那回|之前|以前|前天|昨天|昨儿个?|夜儿个|夜来|昨晚|前几天|头几天|前些日子|前两天|前些天|大前天|上周.?|上礼拜.?|上星期.?|上个?月|那天|早上|上午|周.|礼拜.|星期.|去年|年前|\\d+号|\\d+月\\d+)';
// "我上周三报的…", "上个月报修的…", "前天说的地下室那个灯", "12345上反映的…", "打电话反映过".
const EARLIER = new RegExp(
  [
    `${WHEN_BEFORE}[^,，。!！?？]{0,10}?(?:报|反映|反应|说|提|投诉|打电话|登记|反馈|找)(?:修|过|了)?(?:的|过|哩|嘞|滴|嘅)`,
    '(?:12345|热线|市长信箱|网上|小程序|app)[^,，。!！?？]{0,4}(?:反映|反应|投诉|留言|报)(?:的|过)',
    '(?:反映|投诉|报修|报)过(?:好)?(?:几|多|[一二两三]+)次',
    '(?:报修|维修|工)单号?|单号',
  ].join('|'),
  'i',
);
// "到现在也没人联系", "处理到哪一步了", "有结果了吗", "几点到", "还没来".
const PROGRESS = new RegExp(
  [
    '怎么样了', '(?:啥|什么)情况了?[?？]*$', '到哪一?步', '有(?:结果|进展|消息|回音|回复|下文)(?:了|吗|没)', '(?:来|到|修|看)了没有?',
    '来没来', '还没(?:有)?(?:人)?(?:来|到|修|弄|处理|回复|联系|动静)', '没(?:人|有人)(?:来|联系|回复|管|理)',
    '几点(?:到|来|能到)', '(?:什么|啥)时候(?:能|会|才|可以)?(?:来|到|修|弄|处理|解决|有人)', '排到', '(?:还要|要等|还得)(?:等)?多久',
    '(?:能|可以)来(?:吗|不)', '(?:报|递|交|转)上去了?(?:吗|没)', '有信儿?(?:了|没|吗)', '(?:去|来)(?:看|查)了(?:吗|没)', '有没有(?:去|来)(?:看|查|处理)', '处理了(?:吗|没)', '等了[^,，。]{0,4}(?:天|周|礼拜|星期|个月)',
  ].join('|'),
);

export interface FollowUp {
  earlier: boolean;
  progress: boolean;
}

export function followUpSignals(normalized: string): FollowUp {
  return { earlier: EARLIER.test(normalized), progress: PROGRESS.test(normalized) };
}
