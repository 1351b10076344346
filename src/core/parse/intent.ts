/**
 * Intent signals that do not depend on the community's taxonomy: how people
 * ask, thank, greet, forward and say "fixed now". The decision itself is in
 * decideIntent() and reads top to bottom as a priority list.
 */
import type { Intent } from './types';

/** Words that can make up an entire chatter message ("收到，谢谢", "大家晚安", "社区辛苦啦"). */
const CHATTER_TOKENS = new RegExp(
  [
    '收到', '好的', '好滴', '好嘞', '好哒', '好吧', '好', '嗯+', '哦+', '噢', '额', 'ok', 'okay', '了解', '明白了?', '知道了',
    '谢谢', '感谢', '多谢', '谢了', '辛苦了?', '辛苦啦', '辛苦', '麻烦了', '费心了?', '点赞', '赞+', '棒', '厉害',
    '晚安', '早安', '早上好', '早', '中午好', '下午好', '晚上好', '你好', '您好', '大家好', '新年快乐', '节日快乐',
    '同意', '支持', '赞成', '附议', '是的', '对的?', '没问题', '可以', '行', '哈+', '呵+', '嘿+', '嘻+', '哇', '啊',
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
// Reminders to everyone ("天干物燥 小心火烛", "大家出门记得关燃气") too.
const NOTICE =
  /演习|演练|提前储水|提前做好|届时|敬请|特此|相互转告|停水通知|停电通知|听说|据说|新闻|小心火烛|天干物燥|(?:大家|各位).{0,4}(?:记得|别忘|务必)|注意(?:保暖|防暑|防寒|添衣)/;
// Stories from the past: "去年冬天那次停电我们冻了一晚上".
const PAST_STORY = /^(?:去年|前年|以前|那年|小时候|当年)|(?:之前|以前|去年|上次|小时候).{0,8}过(?:一|两|几|好几)次/;
// Planned work passed along ("电梯今天年检 停运两个小时") — unless it broke again.
const PLANNED_WORK = /年检|维保|例行检修|线路检修|计划停|检修停/;
const AD =
  /专业(?:疏通|维修|开锁|保洁|搬家|清洗|家政|上门)|24小时(?:上门|服务|营业|接单)|上门服务|加微信|加v|vx|微信号|优惠|特价|低价|团购|接龙|秒杀|出售|转让|招聘|兼职|代理|折扣|包邮|促销|免费领|扫码|限时|出租|求租|上门回收|有需要的.{0,4}(?:联系|私聊)|私聊我|需要的私|[0-9一二三四五六七八九]成新|闲置|转手|有意者|^出(?:一|个|台|辆|套|张|两)/i;
// "房子出租要去社区登记吗" names an ad word but asks a question.
const ENDS_AS_QUESTION = /(?:吗|呢|么)\s*[?？]*\s*$|[?？]\s*$/;
// Lost and found objects: neighbours help each other, no ticket. (Missing
// people are caught earlier as emergencies.)
const LOST_FOUND =
  /捡到|遗失|失物|招领|谁丢的|谁的.{0,6}(?:掉|丢|落)|(?:丢|掉|不见)了.{0,10}(?:谁|有人)(?:看到|看见|捡)|有人看到我的|我丢了|(?:狗|猫|宠物|鹦鹉|鸟).{0,4}(?:丢了|跑丢|走丢|不见了|跑了)/;
// Follow-ups that close a problem: "已经修好了，谢谢", "来水了", "解决了".
// Work under way counts too: "师傅已经在弄了".
const RESOLVED =
  /虚惊一场|(?:自己)?(?:跑|走|找)回来了|已经联系.{0,8}(?:了|师傅|物业|公司)|(?:师傅|人)马上(?:就)?到|(?:谈|说|商量|约)好了|(?:弄|修|干|搞|处理)完了|已经在(?:弄|修|处理)|[换装清通接]好了|(?:说|约了?|安排).{0,4}(?:明天|后天|下午|晚上|等会|一会儿?)(?:上门|过来|来修|来看)|正在(?:处理|维修|修|弄)|师傅.{0,4}(?:来了|到了|在弄|在修)|修好|弄好|修复了|恢复了|恢复正常|来水了|来电了|通了|已解决|解决了|处理好|处理完|搞定|清理干净|清走了|收拾好|灭了|扑灭|找到了|没事了|好了谢谢|已经好了|可以用了|能用了/;
// …unless the message says it broke again or was never fixed.
const RELAPSE = /又|还是|还没|没有?修好|没好|没恢复|没解决|不好|怎么还|仍然|依然|再次|又坏/;

// Invitations between neighbours are chatter even when they name a noisy
// activity: "晚上有人一起去跳广场舞吗", "周末有人约球吗".
const INVITATION =
  /(?:有人|有没有人?|谁|有谁|哪位|大家).{0,6}(?:一起|约|拼车|拼单|要不要|去不去)|一起.{0,12}(?:吗|不)[?？]?$/;
// Neighbours borrowing and giving things: "有没有人家里有多余的纸箱子".
const NEIGHBOURLY =
  /有要的|要的(?:邻居|话)?(?:来拿|私聊|说一声)|帮(?:我|忙)?(?:收|拿|取|代收|签收)(?:一下)?个?快递|(?:有没有人|有人|谁|哪位|哪家)(?:邻居)?(?:家里?)?有.{0,8}(?:多余|不要|不用|闲置|用不着)|(?:有人|有谁|谁)要.{0,6}(?:吗|不)|(?:借|借用)(?:一下|个|我)/;
// Praise for help already given: "网格员小王人真好 上次帮我家老人取药".
const THANKS_FOR_PAST =
  /(?:人真好|真好|真负责|真热心|表扬|感谢|谢谢|点赞).{0,20}(?:上次|之前|那天|前几天|昨天|上回)|(?:上次|之前|那天|前几天|昨天|上回).{0,12}帮.{0,20}(?:真好|谢谢|感谢|点赞)/;
// Praise and thanks for something good, not a problem: "邻居送的饺子好吃 谢谢",
// "谁家孩子钢琴弹得真好 每天听着挺享受", "谢谢邻居们平时照顾".
const PRAISE =
  /好吃|好听|真好|挺好|真棒|真不错|挺享受|享受|恭喜|祝贺|考上|生日快乐|效率(?:挺|很|真|好)?高|手艺(?:不错|真好|好)|辛苦(?:了|啦)|(?:谢谢|感谢|多谢).{0,12}(?:照顾|关心|关照|帮助|帮忙|送的)/;
// Anecdotes told for a laugh: "昨天停电那会儿我正好在洗澡 哈哈".
const ANECDOTE =
  /(?:昨天|昨晚|前天|那天|那会儿|上次|后来).{0,30}(?:哈哈|笑死|哈哈哈|好在|幸好|幸亏|还好)|(?:哈哈|笑死).{0,30}(?:后来|那会儿)|(?:习惯了|无所谓|挺好玩).{0,12}(?:哈哈|笑死)/;
const WAVED_OFF = /(?:无所谓|不碍事|不要紧|没啥影响|不影响)[了吧啊]?\s*$/;
// The speaker doing something themselves: "好的 马上下去挪车".
const SPEAKER_ACTS = /(?:马上|这就|立刻|现在就)(?:下去|下楼|去|过去|来)?(?:挪|开走|收|拿|关|弄)/;
// Other social questions: "谁家的猫" (checked after problems: "谁家的狗天天叫" is one).
const SOCIAL_QUESTION = /(?:有人|有没有人|谁|有谁|哪位).{0,10}(?:玩|打球|跑步|散步|下棋|吃饭|团|带|捎|顺路)|谁家的/;

// Procedure questions ("怎么申请", "在哪办", "要带什么材料") ask how to get
// something done; topic words in them ("独居老人补贴") are not a problem.
const PROCEDURE =
  /^(?:请问|问一下|问下|想问|我想问|咨询)|归不归|谁(?:出|掏)钱|自己掏钱|让不让|准不准|允不允许|有没有.{0,4}规定|找.{1,8}还是(?:找|自己)|(?:需要|要|得)去哪|先问问|(?:怎么|咋|如何|怎样|在哪里?|去哪里?|哪里可以|哪儿)(?:办理?|申请|开|交|缴|领|报名|预约|登记|认证|打|买|盖章|补办)|需要(?:哪些|什么|带)|要带什么|什么材料|哪些材料|电话(?:是)?多少|流程|手续|多少钱|收费标准|怎么收费|归谁管|(?:管|负责)还是.{1,6}(?:管|负责)|(?:要|需要)(?:定期|每年|本人|自己)|还有名额|名额吗|应该先|先.{1,6}还是先|(?:能|可以)(?:领|申请|报销|享受)/;
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
const FEE_QUESTION = /(?:多少钱|怎么收费|收费标准|收多少|怎么交费|怎么缴费|能不能买|卖不卖|产权)/;
// "明天停水吗": asking about a planned event, not reporting one.
const FUTURE = /明天|后天|下周|下个月|今晚会|过几天|几号|会不会|是不是要|要停|会停/;
// "要本人去办吗 带户口本还是身份证": a 吗 ends a clause, not only the message.
const QUESTION_WEAK = /(?:开门|营业|上班|有人|收费|能用|要钱|可以)不\s*$|吗(?:[\s?？!！。.,，]|$)|[?？]|呢[?？]?$|是不是|有没有|怎么|什么|哪|是谁|还是.{1,10}$|多少\s*$/;

// Asking for help or action makes a report even when no category word matched.
// Asking someone to find something out ("帮我问问") is not asking for action.
const ASK_FOR_INFO = /帮(?:我|忙)?(?:问|查|打听)/;
// "能不能打点药", "可以派人来换个灯泡吗", "能不能小声点": a request phrased as a question.
const ACTION_ASK =
  /(?<!什么时候|啥时候|多久|几点|哪里|哪儿|在哪|去哪|谁)(?:能不能|可不可以|能否|可以)[^吗?？]{0,8}(?:找人|叫人|来人|让(?:他|她|他们|对方|人家)|派|安排|打.{0,2}药|消杀|修|换|清理|处理|看看|看一下|看下|来看|去看|管管|小声|安静|轻点|拖走|挪走|搬走|清走|拆|说说|说一下|反映|沟通|协调|调解|出面|加装|增加|再加|装(?:几|个|一)|加固|注意(?:点|一下|些)|查(?:一下|下|查)?)/;
const REQUEST =
  /^(?:麻烦|劳驾|拜托)|(?:谁|哪位|有没有人|有人)(?:能|可以)(?:来|帮|过来|处理|修|看)|帮我|帮一下|帮下忙|能不能不要|可不可以不要|别再|不要再|麻烦.{0,6}(?:处理|看看|看一下|来|修|解决|管|协调)|请.{0,4}(?:处理|派人|解决|管一管|管管|过来|来人)|帮忙|帮帮|求助|反映|投诉|举报|报修|没人管|管管|管一管|谁来管|有人管吗|有没有人管|快来|救命|(?:尽快|赶紧|赶快)(?:派|来|处理|修|解决|管|安排|看|叫)/;
// Signs of a standing complaint: "都黑了一个礼拜了", "好几天了", "怎么还没".
// "停水了 什么时候来水啊": asking when a current outage ends is a complaint.
const STATE_THEN_ETA = /了.{0,6}(?:什么时候|啥时候|多久|几点)(?:能|才|会)?(?:来|修|好|恢复|通|处理|解决)/;
const COMPLAINT = /连续.{0,3}(?:天|晚|个晚上|个星期|几天)|受不了|整夜|一整晚|怎么又|怎么老是|怎么总是|又.{0,4}了|好几天|一个礼拜|一个星期|一周了|半个月|一个月了|好久|多少天|几天了|都.{0,6}了|怎么还|还不(?:来|修|管|处理|给|好|行)|(?<![拧转推拉按走])到底/;

// "车位又被占了怎么办", "小孩踩到怎么办": a problem plus "what now?" asks for
// help, unless it is advice for a case that has not happened ("遇到…怎么办").
const PLEA = /(?<![卡证])(?:怎么办|咋办)(?![卡证理])|咋整|怎么整/;
const HYPOTHETICAL = /遇到|如果|万一|要是|假如/;

export interface IntentSignals {
  emergency: boolean;
  /** Best category score from the taxonomy. */
  problemScore: number;
  reportThreshold: number;
}

export function isResolvedFollowUp(text: string): boolean {
  // "什么时候能修好" asks about the fix; it does not report one.
  return RESOLVED.test(text) && !RELAPSE.test(text) && !QUESTION_STRONG.test(text) && !QUESTION_WEAK.test(text);
}

export function isForwardOrAd(text: string): boolean {
  if (FORWARD.test(text)) return true;
  // "停电通知说今天几点恢复来着" asks about a notice; "食堂有优惠吗 要带什么证件" asks too.
  const asks = () => text.includes('吗') || QUESTION_STRONG.test(text);
  if (NOTICE.test(text)) return !asks();
  return AD.test(text) && !ENDS_AS_QUESTION.test(text) && !asks();
}

/** "电梯今天年检 停运两个小时": planned work passed along. Not a reason to
 * silence an emergency ("年检刚过就困人了"), so checked after emergencies. */
function isPlannedWorkNotice(text: string): boolean {
  return PLANNED_WORK.test(text) && !RELAPSE.test(text) && !QUESTION_STRONG.test(text) && !ENDS_AS_QUESTION.test(text);
}

/** True when nothing but greetings/thanks/acks (and punctuation) is left. */
export function isPureChatter(text: string): boolean {
  if (text.length > 40) return false;
  return text.replace(CHATTER_TOKENS, '').length === 0;
}

export function decideIntent(text: string, s: IntentSignals): Intent {
  if (text.length === 0) return 'chatter';
  if (s.emergency) return 'report';
  if (isPureChatter(text) || isForwardOrAd(text) || isResolvedFollowUp(text)) return 'chatter';
  if (LOST_FOUND.test(text) || INVITATION.test(text) || NEIGHBOURLY.test(text)) return 'chatter';
  if (isPlannedWorkNotice(text)) return 'chatter';
  if ((THANKS_FOR_PAST.test(text) || PAST_STORY.test(text)) && !RELAPSE.test(text)) return 'chatter';

  const strongQuestion = QUESTION_STRONG.test(text);
  const problem = s.problemScore >= s.reportThreshold;
  const request =
    (REQUEST.test(text) && !ASK_FOR_INFO.test(text)) ||
    (ACTION_ASK.test(text) && s.problemScore >= 2) ||
    (problem && PLEA.test(text) && !HYPOTHETICAL.test(text));
  // The words praised ("照顾", "钢琴") score a little as problems; a real problem scores more.
  if (PRAISE.test(text) && !request && !COMPLAINT.test(text) && s.problemScore < s.reportThreshold + 3) return 'chatter';
  if ((ANECDOTE.test(text) || SPEAKER_ACTS.test(text)) && !request && s.problemScore < s.reportThreshold + 3) return 'chatter';
  // "灯坏了好几天了 不过我一般白天去 无所谓": mentioned, and waved off.
  if (WAVED_OFF.test(text) && !request && s.problemScore < s.reportThreshold + 5) return 'chatter';

  // "怎么申请电动车充电卡" mentions things that can be problems but asks how
  // to do something; a real complaint with a question tacked on
  // ("没水了，是不是又停水了") carries far more problem evidence.
  const complaint = problem && (COMPLAINT.test(text) || STATE_THEN_ETA.test(text));
  if (!request && !complaint && PROCEDURE.test(text) && s.problemScore < s.reportThreshold + 5) return 'question';
  if (strongQuestion && !request && !complaint && s.problemScore < s.reportThreshold + 3) return 'question';
  // "车位多少钱一个月 外来车辆怎么收费": the words are parking words, the message asks a price.
  if (FEE_QUESTION.test(text) && !request && !COMPLAINT.test(text) && s.problemScore < s.reportThreshold + 8) return 'question';
  if (!request && FUTURE.test(text) && QUESTION_WEAK.test(text)) return 'question';
  if (problem || request) return 'report';
  // Checked after problems: "谁家的狗天天叫" is a complaint, "谁家的猫" is not.
  if (SOCIAL_QUESTION.test(text)) return 'chatter';
  if (strongQuestion || QUESTION_WEAK.test(text)) return 'question';
  return 'chatter';
}
