/**
 * Rule signals about how people thank, greet, forward and say "fixed now".
 * The intent itself is the trained classifier's (model/); these mark the
 * messages the rules set aside on purpose: content-free chatter, closed
 * problems, forwards and ads (features of the classifier, and no emergency
 * alarm for a forwarded safety tip or a fire already out).
 */

/** Words that can make up an entire chatter message ("收到，谢谢", "大家晚安", "社区辛苦啦"). */
const CHATTER_TOKENS = new RegExp(
  [
    '收到', '好的', '好滴', '好嘞', '好哒', '好吧', '好', '嗯+', '哦+', '噢', '额', 'ok', 'okay', '了解', '明白了?', '知道了',
    '谢谢', '感谢', '多谢', '谢了', '辛苦了?', '辛苦啦', '辛苦', '麻烦了', '费心了?', '点赞', '赞+', '棒', '厉害',
    '晚安', '早安', '早上好', '早', '中午好', '下午好', '晚上好', '你好', '您好', '大家好', '新年快乐', '节日快乐',
    '同意', '支持', '赞成', '附议', '是的', '对的?', '没问题', '可以', '行', '哈+', '呵+', '嘿+', '嘻+', '哇', '啊',
    // interjections: "我的天", "哎呀", "天哪"
    '我的天', '天哪', '天呐', '哎呀', '哎哟', '哎', '唉', '妈呀', '哇塞',
    '在吗', '在不在', '有人吗', '有人在吗', '欢迎', '欢迎新邻居', '加油', '客气了?', '不客气', '应该的', '也是', '确实', '真好', '太好了', '给力',
    // addressees and fillers that decorate the words above
    '大家', '各位', '邻居们?', '社区', '物业', '网格员', '书记', '主任', '老师', '师傅', '你们', '您', '你', '我们',
    '了', '啦', '呀', '哈', '呢', '哦', '的', '哟', '吧', '喔', '咯', '们', '一直', '真的', '非常', '太', '都',
    '!', '\\.', '。', ',', '，', '~', '～', '、', '…', ' ', '\\?', '？',
  ].join('|'),
  'gi',
);

// Forwards, notices passed along and ads are not addressed to the grid worker.
const FORWARD =
  /^(?:转发|转自|转:|转：|【转发】|\[转发\]|分享|扩散)|转发一下|转给大家|转发给|请大家转发|温馨提示|温馨提醒|友情提醒|提醒大家|提醒一下大家|已转(?:给|发)/;
// Notices passed along ("3月5号停水 大家提前储水") and hearsay ("听说隔壁小区着火了").
// Reminders to everyone ("天干物燥 小心火烛", "大家出门记得关燃气") too, and a call to store water
// before a cut, in any dialect ("大家储定水": 203 labelled lines, all chatter).
const NOTICE =
  /演习|演练|提前储水|(?:大家|各位|街坊|邻居|住户).{0,8}储(?:定|好)?(?:啲|些|点)?水|提前做好|届时|敬请|特此|相互转告|停水通知|停电通知|听说|据说|新闻|小心火烛|天干物燥|(?:大家|各位).{0,4}(?:记得|别忘|务必)|注意(?:保暖|防暑|防寒|添衣)/;
const AD =
  /专业(?:疏通|维修|开锁|保洁|搬家|清洗|家政|上门)|24小时(?:上门|服务|营业|接单)|上门服务|加微信|加v|vx|微信号|优惠|特价|低价|团购|接龙|秒杀|出售|转让|招聘|兼职|代理|折扣|包邮|促销|免费领|扫码|限时|(?<![开跑])出租(?!车(?!位)|司机)|求租|上门回收|有需要的.{0,4}(?:联系|私聊)|私聊我|需要的私|[0-9一二三四五六七八九]成新|闲置|转手|有意者|^出(?:一|个|台|辆|套|张|两)/i;
// (A man who "开出租的" drives a taxi, "出租车都直接开进来了": no ad; "出租车位一个" is one.)
// "房子出租要去社区登记吗" names an ad word but asks a question.
const ENDS_AS_QUESTION = /(?:吗|呢|么)\s*[?？]*\s*$|[?？]\s*$/;
// Follow-ups that close a problem: "已经修好了，谢谢", "来水了", "解决了".
// Work under way counts too: "师傅已经在弄了".
// "灯也灭了" is a light gone out (in a stuck lift), not a fire put out; voice input spaces it ("灯 也 灭了").
const RESOLVED =
  /虚惊一场|(?:自己)?(?:跑|走|找)回来了|已经联系.{0,8}(?:了|师傅|物业|公司)|(?:师傅|人)马上(?:就)?到|(?:谈|说|商量|约)好了|(?:弄|修|干|搞|处理)完了|已经在(?:弄|修|处理)|[换装清通接]好了|(?:说|约了?|安排).{0,4}(?:明天|后天|下午|晚上|等会|一会儿?)(?:上门|过来|来修|来看)|正在(?:处理|维修|修|弄)|师傅.{0,4}(?:来了|到了|在弄|在修)|修好|弄好|修复了|恢复了|恢复正常|来水了|来电了|通了|已解决|解决了|处理好|处理完|搞定|清理干净|清走了|收拾好|(?<!灯\s*(?:(?:也|都|全|又|突然|一下)\s*)?)灭了|扑灭|找到了|没事了|(?:人|老人家?|孩子|小孩)(?:都|也)?没事|好了谢谢|已经好了|可以用了|能用了/;
// …unless the message says it broke again or was never fixed.
const RELAPSE = /又|还是|还没|没有?修好|没好|没恢复|没解决|不好|怎么还|仍然|依然|再次|又坏/;

// Information questions: hours, documents, phone numbers, procedures, events.
const QUESTION_STRONG = new RegExp(
  [
    '请问', '问一下', '问下', '想问', '咨询', '打听', '如何', '(?:怎么|咋)(?:办|申请|开|弄|交|缴|领|报名|预约|查|走|去|联系|处理|操作|登记|认证|填|写|用|收费|算)',
    // an either-or with the same verb on both sides: "往左拧还是往右拧", "找物业还是找…"
    '(?<verb>[拧转按弄办去走用交找选买]).{0,6}还是.{0,8}\\k<verb>',
    '怎样', '在哪', '哪里', '去哪', '哪儿', '哪个部门', '找谁', '什么时候', '啥时候', '几点', '多久', '多长时间', '多少钱', '收费',
    '电话(?:是)?多少', '电话号码', '联系方式', '号码是', '需要(?:哪些|什么|带)', '要带', '要什么材料', '材料', '流程', '手续', '条件',
    '哪天', '哪一天', '来着', '(?<!好)几天(?:啊|呢|吗)?$', '好多钱', '咋个',
    // "涨没涨", "开没开": the A-not-A question
    '(?<a>[\\u4e00-\\u9fa5])(?<!有)没\\k<a>',
    '能不能', '可不可以', '可以.{0,8}吗', '是否', '有没有.{0,10}(?:活动|服务|通知|安排|名额|讲座|课)', '开放', '几号', '星期几', '周几',
    '知道.{0,12}(?:电话|号码|联系方式|地址|哪)',
  ].join('|'),
);
// "要本人去办吗 带户口本还是身份证": a 吗 ends a clause, not only the message.
const QUESTION_WEAK = /(?:开门|营业|上班|有人|收费|能用|要钱|可以)不\s*$|吗(?:[\s?？!！。.,，]|$)|[?？]|呢[?？]?$|是不是|有没有|怎么|什么|哪|是谁|还是.{1,10}$|多少\s*$/;

export function isResolvedFollowUp(text: string): boolean {
  // "什么时候能修好" asks about the fix; it does not report one.
  return RESOLVED.test(text) && !RELAPSE.test(text) && !QUESTION_STRONG.test(text) && !QUESTION_WEAK.test(text);
}

/** True when some "fixed"/"over" phrase stands at or after `index` (not only before it). */
export function resolvedFrom(text: string, index: number): boolean {
  return RESOLVED.test(text.slice(index));
}

/** A forwarded message ("转发：…", "扩散…", "温馨提示…"), as a whole. */
export function isForward(text: string): boolean {
  return FORWARD.test(text);
}

export function isForwardOrAd(text: string): boolean {
  if (FORWARD.test(text)) return true;
  // "停电通知说今天几点恢复来着" asks about a notice; "食堂有优惠吗 要带什么证件" asks too.
  if (NOTICE.test(text)) return !asks(text);
  return AD.test(text) && !ENDS_AS_QUESTION.test(text) && !asks(text);
}

function asks(text: string): boolean {
  return text.includes('吗') || QUESTION_STRONG.test(text);
}

/** True when nothing but greetings/thanks/acks (and punctuation) is left. */
export function isPureChatter(text: string): boolean {
  if (text.length > 40) return false;
  return text.replace(CHATTER_TOKENS, '').length === 0;
}

