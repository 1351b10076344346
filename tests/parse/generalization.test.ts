/**
 * Rules added after measuring the parser on two blind labelled sets
 * (tests/fixtures/intake-blind-*.jsonl). The cases here are new phrasings of
 * each rule, not lines of those sets, so they test the rule rather than the
 * sample.
 */
import { describe, expect, it } from 'vitest';
import { decideAction } from '../../src/core/parse/decide';
import { expectMostly } from './labelled-set';
import { parse } from '../../src/core/parse';
import { checkEmergency } from '../../src/core/parse/emergency';
import { normalize } from '../../src/core/parse/normalize';

const at = (text: string, groupBuilding = '1') => {
  const p = parse(text, { groupBuilding });
  return [p.building, p.unit, p.room];
};

describe('self-corrections take the corrected place', () => {
  it.each([
    ['2栋 不对 是3栋的路灯不亮', ['3', null, null]],
    ['五单元 哦不 六单元楼道灯坏了', ['1', '6', null]],
    ['7号楼1-302 说错了 1-402 家里漏水', ['7', '1', '402']],
    ['901 打错了 应该是902 暖气不热', ['1', null, '902']],
    ['4栋2单元... 不对 3单元的电梯不动了', ['4', '3', null]],
    ['8号楼2单元701 不对不对 是801 卫生间往下渗水', ['8', '2', '801']],
    ['5栋楼下 哦说错了 是6栋楼下的垃圾桶满了', ['6', null, null]],
  ])('%s', (text, expected) => {
    expect(at(text)).toEqual(expected);
  });

  it('leaves 不对劲 and 不是他家的 alone', () => {
    expect(at('3单元电梯声音不对劲 502家里都能听到')).toEqual(['1', '3', '502']);
    expect(at('2单元 楼上说不是他家的问题 我家天花板还在渗水')).toEqual(['1', '2', null]);
  });
});

describe('room numbers next to floors and neighbours', () => {
  it('a numbered parking space is not a room', () => {
    expect(at('我那个215号车位又被占了')).toEqual(['1', null, null]);
  });
  it('an explicit "说错了" corrects a room said a few words earlier', () => {
    expect(at('3单元602的下水道堵了 哦说错了 是702')).toEqual(['1', '3', '702']);
  });

  it('an @mention of a flat number is the flat', () => {
    expect(at('@802 你家空调一直往我家阳台滴水')).toEqual(['1', null, '802']);
  });
  it('a numeral floor right after a room number starts a new number', () => {
    expect(at('5-1-201二楼那家天天往下扔烟头')).toEqual(['5', '1', '201']);
  });
  it('楼上 after a room number is "upstairs", not a floor', () => {
    expect(at('6栋1单元1203 楼上每晚都在剁东西')).toEqual(['6', '1', '1203']);
    expect(at('家住1203 3楼那家在装修')).toEqual(['1', null, '1203']);
  });
});

describe('intent', () => {
  const CASES: Array<[string, string]> = [
    // a problem plus "what now?" asks for help
    ['单元门的锁坏了关不上 晚上外人随便进 这怎么办', 'report'],
    ['楼道灯全黑了 老人晚上摔了咋整', 'report'],
    // …but advice for a case that has not happened is a question
    ['要是遇到水管爆了应该怎么办', 'question'],
    // an addressed ask
    ['麻烦物业 2单元门口的路灯一直灭着', 'report'],
    ['谁能过来看一下我家门口的水表 一直在转', 'report'],
    ['能不能跟物业反映一下 把楼下那堆砖头清走', 'report'],
    // slang for broken
    ['2号楼电梯又罢工了', 'report'],
    // praise and thanks for something good
    ['对门大姐包的粽子真好吃 谢谢啦', 'chatter'],
    ['谢谢大家这些年对我家老人的照顾', 'chatter'],
    // a notice asked about is a question, a notice passed along is not
    ['停气通知上说的是哪天', 'question'],
    ['周六消防演习 听到警报别慌', 'chatter'],
    // a service ad, and a neighbourly favour
    ['专业开锁换锁 24小时上门 价格实惠', 'chatter'],
    ['楼上小妹 能帮我收一下快递吗 谢谢', 'chatter'],
    // which office to ask, not a request
    ['暖气片漏水一般是找物业还是找热力公司', 'question'],
    // settled between neighbours
    ['空调水的事跟楼上说好了 他们今晚就改管子', 'chatter'],
    // rounds two (set C)
    ['上周停水那会儿我正刷牙呢 哈哈 满嘴泡沫', 'chatter'],
    ['好嘞 这就下去把车挪开', 'chatter'],
    ['这次物业效率真高 下水道半天就通完了', 'chatter'],
    ['小区里能不能养鸽子 有没有个规定', 'question'],
    ['独生子女补贴咋申请 要去街道吗', 'question'],
    ['热水器的阀门是拧到底还是拧一半', 'question'],
    ['？？', 'chatter'],
    ['哪位邻居家有不用的婴儿车 想借两天', 'chatter'],
    ['单元门口有个大娘说不清自己住哪 一直在转圈', 'report'],
    ['隔壁空调外机响了一宿 能不能让他晚上关一下', 'report'],
    ['地下室墙上全发霉了 能不能找人来处理一下', 'report'],
    // round three (set D)
    ['停车费今年调没调', 'question'],
    ['社区卫生站周日开门不', 'question'],
    ['收到 已经联系电梯公司了 师傅马上到', 'chatter'],
    ['老家带来的土豆吃不完 有要的邻居来拿', 'chatter'],
    ['@1203 你家狗半夜一直叫 能不能注意点', 'report'],
    // round four (set E)
    ['为了楼道堆的杂物两家闹得很僵 能不能请网格员出面调解', 'report'],
    ['请问谁家在练鼓 已经连续五个晚上了 孩子要考试受不了', 'report'],
    ['上周停电那天好在我家有蜡烛', 'chatter'],
    ['隔壁装修声我都习惯了 哈哈', 'chatter'],
    ['我家猫自己跑回来了 虚惊一场 谢谢大家', 'chatter'],
    ['小区车库的固定车位多少钱一年 外来车怎么收费', 'question'],
    // round five (set F)
    ['门禁卡咋办 要带啥证件', 'question'],
    ['换单元门的钱是物业出还是业主自己掏钱', 'question'],
    ['楼梯扶手松了好久了 反正我也不怎么下楼 无所谓', 'chatter'],
    ['小区里能不能装几个路灯 晚上太黑了', 'report'],
  ];
  it('right for ≥ 90% of them; gold chatter never gets a public reply', () => {
    const at1 = (text: string) => parse(text, { groupBuilding: '1' });
    expectMostly(CASES, ([text, intent]) => at1(text).intent === intent, ([text, intent]) => `${text} → ${at1(text).intent} (want ${intent})`, 0.9);
    const chatterInPublic = CASES.filter(([text, intent]) => intent === 'chatter' && ['ticket', 'ask'].includes(decideAction(at1(text), { faqHit: false }).action));
    expect(chatterInPublic.length).toBeLessThanOrEqual(1);
  });
});

describe('emergencies', () => {
  it.each([
    ['厨房有股臭鸡蛋味 是不是燃气漏了', 'gas'],
    ['找孩子 七岁女孩 扎马尾 刚才还在小区滑梯那 现在找不到了', 'missing'],
    ['隔壁独居的王大爷三天没出门了 敲门没人应 屋里电视白天晚上一直开着', 'medical'],
    ['楼道电表箱那边有股烧橡胶的味道', 'electric'],
    ['电梯停在12楼和13楼之间 我儿子还在里头', 'trapped'],
    ['我妈从凳子上摔下来了 起不来', 'medical'],
    ['楼下有人打起来了 有一个脸上头都破了 流好多血', 'police'],
    ['我爸有点糊涂 早上出去买菜到现在还没回来', 'missing'],
    ['谁看到一个穿蓝衣服的男孩 六七岁 刚才在健身器材那玩 一转眼就不见了', 'missing'],
    ['我奶奶被锁在阳台上了 门打不开 一直在敲玻璃', 'trapped'],
    ['有个三四岁的女娃在广场跟大人走散了 穿黄衣服', 'missing'],
    ['楼下李奶奶两天没开门了 喊她也不应 贴着门听见里面有人在哼', 'medical'],
  ])('%s → %s', (text, kind) => {
    const p = parse(text, { groupBuilding: '1' });
    expect(p.emergency).toBe(true);
    expect(p.emergencyKind).toBe(kind);
  });

  it.each([
    ['楼道里堆满纸箱 这不是等着着火吗'],
    ['消防通道被车堵了 真着火了消防车都进不来'],
    ['化粪池堵了 粪水漫到院子里了'],
    ['卫生间地漏脏水倒灌 味道大'],
    ['有人把垃圾倒在消防通道里'],
    ['外墙瓷砖松了 下面是人行道，怕掉下来'],
    ['我去年摔伤了腿 现在上下楼不方便 能不能帮忙买点菜'],
    ['消防通道堆满了杂物 真要着火了咋跑'],
  ])('not an emergency: %s', (text) => {
    expect(parse(text, { groupBuilding: '1' }).emergency).toBe(false);
  });

  // Not seen for days and no answer, with no sign of trouble inside, is `assistance` for the grid
  // worker under the labelling guide settled on 2026-12-05 (these two were medical emergencies
  // before it). The rule no longer calls 120 on worry alone; the head may still alarm on its own
  // (it does on the second, 2026-12-05), so the rule's reading is what is pinned here.
  it.each([['隔壁独居的王大爷三天没出门了 敲门没人应 电话也不接'], ['楼下李奶奶两天没开门了 喊她也不应 别出什么事']])(
    'no rule alarm on worry alone: %s',
    (text) => {
      expect(checkEmergency(normalize(text)).kind).toBeNull();
      expect(parse(text, { groupBuilding: '1' }).category).toBe('assistance');
    },
  );

  it('the emergency decides the category over the words around it', () => {
    expect(parse('楼道里瓦斯味很重 敲了好几家门都没人应', { groupBuilding: '1' }).category).toBe('safety');
    expect(parse('有个大爷在电梯里晕倒了 电梯停着没动', { groupBuilding: '1' }).category).toBe('assistance');
  });
});

describe('categories', () => {
  const CASES: Array<[string, string]> = [
    ['家里天然气没了 灶台打不着 是停气了吗 能派人看看吗', 'repair'],
    ['隔壁烧烤的烟呛死了 窗都不敢开', 'sanitation'],
    ['楼上水管漏到我家 跟他说了好几次他还不承认', 'dispute'],
    ['3楼那户把楼道圈起来装了门 成了他家的储物间', 'construction'],
    ['装修队在把承重墙砸了 整栋楼都在响', 'construction'],
    ['单元门口坐着个流浪的老人 冻得发抖', 'assistance'],
    ['建议社区在广场多装几个路灯', 'other'],
    ['楼上又扔下来一个酸奶盒 差点砸到人', 'safety'],
    ['有辆车横着停在地库出口 我开不出来', 'parking'],
    ['3楼那家在楼道里砌了个隔间 把过道占了', 'construction'],
    ['楼顶水箱溢水了 顺着墙往我家流', 'repair'],
    ['那辆三轮车在楼下停了好几个月了 一直没人管', 'parking'],
    ['对门把鞋架放到我门口 跟他讲不通 吵了好几次了', 'dispute'],
    ['5楼那家在院子里挖地下室 挖了个大坑', 'construction'],
    ['楼道的暖气片冰凉 一点都不热', 'repair'],
    ['住6楼的大爷坐轮椅 楼里没电梯 想找人帮忙抬下楼去医院', 'assistance'],
  ];
  it('right for ≥ 85% of them', () => {
    const at1 = (text: string) => parse(text, { groupBuilding: '1' });
    expectMostly(CASES, ([text, category]) => at1(text).category === category, ([text, category]) => `${text} → ${at1(text).category} (want ${category})`, 0.85);
  });
  it('a stray cat is not a person in need', () => {
    expect(parse('楼下那只流浪猫又生了一窝 好可爱', { groupBuilding: '1' }).intent).toBe('chatter');
  });
});
