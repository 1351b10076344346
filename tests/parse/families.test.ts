/**
 * Families of messages the held-out work taught the parser, each on
 * sentences that appear in no fixture: a guard for the rules themselves.
 */
import { describe, expect, it } from 'vitest';
import { expectMostly } from './labelled-set';
import { parse } from '../../src/core/parse';
import { checkEmergency } from '../../src/core/parse/emergency';
import { normalize } from '../../src/core/parse/normalize';
import { ruleView } from '../../src/core/parse/rules';
import { isForwardOrAd } from '../../src/core/parse/intent';
import { assemble } from '../../src/core/parse/assemble';
import { compileTaxonomy } from '../../src/core/parse/classify';
import { THRESHOLDS } from '../../src/core/parse/decide';
import { DEFAULT_MODEL } from '../../src/core/parse/model';
import { DEFAULT_TAXONOMY } from '../../src/core/parse/taxonomy';

const p = (text: string) => parse(text, { groupBuilding: '3' });
/** The emergency rules' reading alone (no head): its kind, and whether it read the danger as over. */
const kind = (text: string) => checkEmergency(normalize(text)).kind;
const dismissed = (text: string) => checkEmergency(normalize(text)).dismissed;

describe('families of messages', () => {
  it.each<[string, string]>([
    ['电梯年检刚过就困人了 里面有两个人', 'trapped'],
    ['阳台那边冒白烟 不知道烧的什么', 'fire'],
    ['地下室那台电瓶车自燃了', 'fire'],
    ['墙上的开关一按就打火', 'electric'],
    ['煤气表后面的管子松了 有味', 'gas'],
    ['洗衣机的进水软管崩了 满地是水', 'flood'],
    ['楼下有人被电动车撞了 躺着没动', 'medical'],
    ['我家老爷子出门买菜 人找不着了', 'missing'],
    // A past fault told first does not hide the danger now, told in a later sentence.
    ['这电梯上个礼拜就停过一回，修了说好了。刚刚我闺女坐电梯到五楼又停住了，门开不开，她在里面哭', 'trapped'],
    ['去年三楼着过一次火，吓死人。现在四楼窗户又往外冒黑烟了！', 'fire'],
    ['楼道灯坏了好几天。刚才电梯卡在六楼，灯也灭了，我妈还在里面', 'trapped'],
    ['听见锅炉房里有人在喊，门被锁上了出不来，快来人开门', 'trapped'],
    ['猫打翻了蜡烛，窗帘着火了', 'fire'],
    ['那部又停在半截了，我婆婆关在里面，按了警铃没人应，快来人', 'trapped'],
    ['电梯里有人啊 停在九楼不动了 二单元', 'trapped'],
    ['我出门丢垃圾门被风带上了，钥匙在里面，屋里就我三岁的闺女一个人，灶上还烧着水', 'trapped'],
    ['隔壁张大爷说胸口疼，刚才我去看，脸色发白，满头冷汗', 'medical'],
    ['楼下有个老人家坐在地上起不来，谁赶紧帮忙叫个救护车', 'medical'],
    // Fire still burning and reaching what lies beside it, said in Cantonese or not.
    ['后楼梯有人烧东西，火还在烧，烧到旁边堆的纸箱了', 'fire'],
    // A family asking the group to pass its own appeal on is no forward.
    ['麻烦大家帮忙转一下，我爸有点糊涂，早上出门到现在还没回来，穿蓝棉袄', 'missing'],
    ['刚才楼下那只狗把我孙女胳膊咬了，出血了，我们在去打针的路上', 'medical'],
    ['敲了半天门没人开，可里头好像有人在哼，声音很小', 'medical'],
    ['刚才小区门口有条狗把一个小孩咬了，血流了一裤腿，谁帮忙叫个车', 'medical'],
    // Someone said to be in the lift before the fault is told.
    ['我爸在电梯里面呢，电梯停了半天不动了，快来人', 'trapped'],
    ['厨房里一股臭鸡蛋似的味道，越来越大', 'gas'],
    ['车库里的水一直在往里涌，已经淹到小腿了', 'flood'],
    ['我闺女下午去同学家，说好六点回，到现在还没回来，电话也打不通', 'missing'],
    ['隔壁独居的大爷在里面喊人，我敲门没人开，门从里面反锁了', 'medical'],
    // Wu: 弗 for 不/没.
    ['伊拉屋里个老太有点糊涂个，早浪向出去到现在还弗回来', 'missing'],
    ['孩子手被门口那只狗咬破了，血一直在流，哪个有车', 'medical'],
    ['我家小孙子把自己反锁在里头了，一直哭，大人在外面拧不开', 'trapped'],
    // "就刚刚开始的" says when, not "if … then".
    ['三楼楼道好大一股煤气味就刚刚开始的，越来越浓', 'gas'],
    ['风好大，五楼那个空调外机吹得摇来摇去，下面好多小朋友在玩', 'falling'],
    ['卫生间一股怪味道，臭鸡蛋那样的，我都不敢开灯', 'gas'],
    ['我阿妈有啲老人痴呆，今朝出咗去，到而家都未返', 'missing'],
    ['有个小孩一个人在池塘边上玩，周围没有大人', 'police'],
  ])('emergency: %s → %s', (text, kind) => {
    const r = p(text);
    expect(r.emergency).toBe(true);
    expect(r.emergencyKind).toBe(kind);
  });

  it.each([
    '煤气灶点不着火 是不是电池没电了',
    '那堆纸箱万一着火了就麻烦了',
    '纸箱堆在那 着火了都跑不出去',
    '我家孩子小时候走丢过一次 吓死了',
    // Within one sentence, words after a past danger are the same event.
    '昨晚楼道里闻到煤气味，今早没了，也不知道是不是谁家漏气',
    '那个大爷刚才在超市门口晕倒了，救护车已经拉走了，人也醒了',
    // An animal shut in, no person named: neither the rule nor the head alone alarms.
    '邻居家的狗被锁在阳台上出不来，叫了一晚上',
    '杂物间里有只猫被关在里面出不来了',
    '就是刚才那个电梯卡住了关了个人在里面差不多二十分钟吧现在已经放出来了人没啥事就是电梯得好好查查',
    '3单元电梯又卡住了，没人在里面，物业来修一下',
    '刚在别的群看到的，说是城东有个小区电瓶车充电着火了，大家别往楼道里推车了',
    '昨晚那个要跳楼的小伙子，后来被他爸妈拽回来了，现在人没事',
    '刚才是谁在群里说五栋有人煤气中毒了，后来怎么样了，人送医院了没',
    '上个月被楼下的狗咬了，没出血，打了疫苗，那狗还是没人拴',
    '我转一下啊，说是有人冒充物业上门收费，大家别开门',
    '刚才有人被困在电梯里，过了一会儿自己出来了，人没事，按钮还是不灵',
    '街坊，我屋企猫仔走失咗，白色嘅，见到话我知',
    '厨房水管爆了，水喷了一地，已经关了总阀，明天来修就行',
    '门口有个细路仔找不到妈妈，我已经带他到门卫了，帮忙广播下',
    '今晚好浓烟味，原来系隔离村烧稻草，唔系着火',
    '刚才那股煤气味是楼下在炒菜，不是漏气，大家放心',
    '群里有人话5座煤气漏，我去闻过，冇味，大家唔使惊',
    '有个阿婆唔记得屋企喺边，我而家陪住佢喺保安亭，边个识佢',
    '小区门口的路灯杆被车撞歪了，灯也不亮了',
    '暑假到了，别让孩子去河边玩，没大人看着很危险',
  ])('no emergency: %s', (text) => {
    expect(p(text).emergency).toBe(false);
  });

  // The rules themselves, not the head: lines a model caught one training and missed the next
  // (the emergency head swings on these between trainings; the rules do not).
  it.each<[string, string]>([
    ['院子里那条狗把收废品的大爷手咬了，血淌了一地', 'medical'],
    ['两口子都头晕想吐，屋里炉子生了一晚上没开窗', 'medical'],
    ['厨房那个液化气罐一直嘶嘶地响，我们都跑出来了', 'gas'],
    ['楼后头那根线噼噼啪啪的，还冒烟', 'electric'],
    ['厨房里臭烘烘的，像烂鸡蛋', 'gas'],
    ['对门老太太家灯日日夜夜亮着，敲门也没人应', 'medical'],
    ['楼下有个老头躺在地上，喊他不吭声', 'medical'],
    ['那个嬢嬢摔在台阶边，额头那儿有血', 'medical'],
    ['狗咬了我一口，血还往外渗', 'medical'],
    ['我阿爸早上出门去赶集，到现在还没回，电话也不接', 'missing'],
    ['车库那边水在往里灌，好多车都泡了', 'flood'],
    ['老两口烧煤球取暖没开窗，都说脑壳痛', 'medical'],
    // "就是起不来" is how it is now, not "if … then".
    ['老李家一直没动静，敲门里头有人哼哼就是起不来', 'medical'],
    ['一进门就一股怪味道，我赶紧开了窗，不敢开灯', 'gas'],
    ['隔壁女的在哭喊别打了，一直有摔东西的声音', 'police'],
    ['对面晒台上有个男的坐在栏杆外面，腿悬着', 'police'],
    ['风好大，那块广告牌歪了随时要掉下来，底下是人行道', 'falling'],
    ['楼上咚的一声，然后一直有人在哼', 'medical'],
    ['那个梯子停半截了，我爸在里头呢', 'trapped'],
    ['地下车库有人在偷电动车', 'police'],
    ['两个人打起来了，一个拿着铁锹在抡', 'police'],
    ['一楼水已经漫过膝盖了，老人还在屋里', 'flood'],
    ['狗把孩子腿掏了，血呼淋拉的', 'medical'],
    ['几个孩子跑到河上的冰面上玩，冰咔咔响', 'police'],
    // A notice board is no safety campaign.
    ['楼下宣传栏玻璃碎了。还有3单元一股煤气味，越来越冲', 'gas'],
    ['路边那根线掉地上了，还刺啦刺啦的', 'electric'],
    ['楼上漏水漏到我家，接线盒里也在滴', 'electric'],
    ['有个大爷蹲下去就起不来了，叫他也不吭声', 'medical'],
    ['楼道里一股子味儿，跟臭鸡蛋似的', 'gas'],
    ['楼下有人拎着铁棍子在砸车', 'police'],
    // Cantonese: someone not out yet, water shooting down, half the body that will not move, a thud then pain.
    ['地下停车场水好深，车入面仲有个阿婆出唔到嚟', 'trapped'],
    ['楼上爆水管，水由灯位一直射落嚟，越嚟越多', 'flood'],
    ['阿爸讲嘢含含糊糊，话半边身郁唔到', 'medical'],
    ['隔篱咚一声，跟住有人喊好痛', 'medical'],
    ['楼上又吵起来了，听着像拿东西往人身上砸', 'police'],
    ['花坛里钻出一条蛇，老太太脚被咬了', 'medical'],
    ['我妈在厕所跶倒了，爬不起来', 'medical'],
    // A smell likened to gas; heart pain with cold hands or no breath (Wu, Cantonese).
    ['厨房里有股味道，好像是煤气，闻着头发晕', 'gas'],
    ['我老伴心口疼得厉害，手脚冰凉', 'medical'],
    ['阿伯话个心好痛，透唔到气', 'medical'],
    // Cantonese falls: cannot be lifted, no answer; sat on the snow and cannot get up; waiting for the ambulance.
    ['楼下阿婆跌低咗，我扶佢唔起', 'medical'],
    ['我阿爸喺冲凉房跌咗，而家叫唔应', 'medical'],
    ['路口有个大爷坐在雪地上起不来', 'medical'],
    ['我陪着她在楼下等救护车', 'medical'],
    ['我哋喺电梯入面，电梯停咗唔郁', 'trapped'],
    ['我个仔五岁，揾咗半个钟都揾唔到佢', 'missing'],
    ['池塘边上有个小孩在水里扑腾', 'police'],
    ['天台上有个人一直念叨不想活了', 'police'],
    // Only the emergency head caught this one, and a retraining lost it: now a rule.
    ['我家小孩翻到一楼的雨棚上去了，下不来', 'falling'],
    // A stove banked for the night with dizziness; speech that stops halfway; a fall into the light well
    // (Teochew "跋落…无郁了"); a weak voice behind the door saying they cannot get up.
    ['我妈说头晕想吐，屋里的炉子昨晚封了火', 'medical'],
    ['电话里阿婆说话说到一半就没声了', 'medical'],
    ['隔壁阿公跋落楼梯脚，无郁了', 'medical'],
    ['有个小孩掉进天井了', 'medical'],
    ['敲门的时候听见里头老人声音很弱，说起不来', 'medical'],
    // A child lying on cracking ice; the bare "电梯里有人"; a stopped lift with someone knocking inside;
    // Wu: knocking, and a moan answers.
    ['有个小孩趴在河边冰面上捞鱼，冰都裂开了', 'police'],
    ['电梯里有人！', 'trapped'],
    ['电梯停在二楼好久了，能听到有人在敲门', 'trapped'],
    ['我去敲伊门，里向有人在哼', 'medical'],
    // Yesterday's danger, then today's in the same sentence.
    ['我妈昨天胸口闷，今早我去敲门，里面有人在哼', 'medical'],
    // Clutching the chest, short of breath; a child through the ice; a gas pipe knocked and the smell strong;
    // "你们听说没" opens news of one's own, no hearsay.
    ['楼下大爷捂着胸口直喘，脸都白了', 'medical'],
    ['有个孩子掉冰窟窿里了，就在河边', 'police'],
    ['地下室的燃气管子让人碰了一下，这会儿那味儿可冲了', 'gas'],
    ['你们听说没，刚才3号楼有个老人晕倒了', 'medical'],
    // Cantonese and Guangxi baihua: a branch hanging while the wind still blows over a school path; sat and
    // "起唔到身" with a drooping mouth; a fire "仲烧紧"; "拎住铁棍"; a child "爬咗上窗台".
    ['树枝断咗挂喺半空，而家仲吹紧风，下面就系行人路', 'falling'],
    ['阿公坐喺地下起唔到身，嘴都有啲歪', 'medical'],
    ['后面仓库仲烧紧，火舌都窜出嚟', 'fire'],
    ['楼下有人拎住铁棍追人', 'police'],
    ['隔篱个细路自己爬咗上窗台', 'falling'],
    // Gas named as the cooking gas's smell; a lift that does not go; a child nobody has seen since.
    ['楼道里一股跟做饭的气一样的味儿', 'gas'],
    ['我在电梯里头，电梯不走了门也不开', 'trapped'],
    ['我家伢在楼下玩，我转身拿个东西，回来就没看到人了', 'missing'],
    // Only the emergency head caught this one, and a retraining lost it: a burst meter still spraying.
    ['楼上个水表爆咗，而家仲喺度喷', 'flood'],
    // A wire down by children; Cantonese "石油气"; a mother inside a lift that stopped; coal smoke at a door
    // nobody opens (Gansu "么人开"); a fall, "这回起不来"; a bracket about to fall while the wind is "这么大".
    ['路边那根电线掉在地上了，几个小孩在旁边玩', 'electric'],
    ['楼梯间一阵石油气味', 'gas'],
    ['电梯里头我爸刚进去，门一关就停了，按啥都没反应', 'trapped'],
    ['一楼门口一股煤烟味，敲了半天么人开', 'medical'],
    ['我妈又摔了，这回起不来', 'medical'],
    ['楼顶的广告牌歪了眼看要掉下来，风这么大，下面就是人行道', 'falling'],
    // No answer ("莫得反应") and cannot be lifted; lights day and night, called and no answer; a thud then
    // silence; a stroke's signs in Hakka; "扶唔起佢"; "揸住菜刀".
    ['门口那个婆婆喊她莫得反应，我一个人扶不起来', 'medical'],
    ['对门爷爷家灯白天晚上都亮着，喊他也不应', 'medical'],
    ['楼上咚的一声，后来就没声音了', 'medical'],
    ['阿爷饮茶饮到一半讲唔出话，半边手冇力', 'medical'],
    ['阿婆喺厅度，我扶唔起佢', 'medical'],
    ['楼下有人揸住把刀喺度追人', 'police'],
    // Water through the ceiling like rain; a ceiling bulging as the water grows; blue flashes; a fire spreading;
    // a child climbing where there is no railing.
    ['水好似落雨咁由天花倒落嚟', 'flood'],
    ['卫生间天花板鼓了个包，往下滴的越来越多', 'flood'],
    ['楼下变压器冒了两回蓝光', 'electric'],
    ['垃圾堆着了，火已经蔓延到车棚了', 'fire'],
    ['隔壁家三岁的孩子爬到阳台花架上了，外面没有护栏', 'falling'],
    // "特别" is no warning "别…": the gale is now.
    ['今天风特别大外机吊在半空中晃，下面就是人行道', 'falling'],
    // Called and "冇答应"; a fire spreading in formal words; a toddler "扒着窗台"; a yellow flame and a smell at
    // the burner; a stove "燒到…紙皮"; a grandson locked in (Cantonese); shut in the lift; a sign swinging in a storm
    // while people keep passing below.
    ['爷爷歪在火盆边上，我喊了几声冇答应', 'medical'],
    ['楼下住户窗帘已被引燃，火势正向楼道蔓延', 'fire'],
    ['对面楼有个小崽子扒着窗台往外够', 'falling'],
    ['炉头啲火系黄色，仲有阵臭味', 'gas'],
    ['后楼梯有人煮嘢，而家烧到旁边啲纸皮', 'fire'],
    ['我个孙女锁咗喺厕所，喊紧', 'trapped'],
    ['我妈在3单元电梯里关住了，灯也灭了', 'trapped'],
    ['台风天，招牌一边已经脱开，下面不断有人经过', 'falling'],
    // Only the emergency head caught these, and a retraining lost them: a mouth drooping to one side, speech
    // slurred; a thud and then a weak voice; a cry and then silence; water pouring down, "一路滴一路多".
    ['阿姨讲着话嘴巴歪到一边，说话也含糊了', 'medical'],
    ['楼上咚的一声，然后里面有人喊，声音很弱', 'medical'],
    ['我爸在卫生间叫了一声就没动静了', 'medical'],
    ['楼上一直有水冲落嚟，天花一路滴一路多', 'flood'],
    // Riding the lift and it stopped; stopped half-way with someone inside; lying face down "起不来"; a window
    // "往外冒黑烟"; "阳台着了"; a child after school, the phone watch switched off; water up to the bed.
    ['我爸坐电梯下楼，电梯不走了，门也开不开', 'trapped'],
    ['我妈在电梯里呢，停半道了', 'trapped'],
    ['隔壁老人趴在地上起不来', 'medical'],
    ['对面窗户一直往外冒黑的', 'fire'],
    ['三楼阳台着了', 'fire'],
    ['孩子放学说去同学家，同学家说没去，电话手表也关机了', 'missing'],
    ['一楼水已经淹到床边了，老人腿脚不好', 'flood'],
  ])('rule alone: %s → %s', (text, kind) => {
    expect(checkEmergency(normalize(text)).kind).toBe(kind);
  });

  it('reads sparks a job throws as no wiring fault, and days unseen in any number as care, not alarm', () => {
    expect(checkEmergency(normalize('隔壁作坊天天切割钢板，火星子乱飞，吵死了')).kind).toBeNull();
    expect(checkEmergency(normalize('地库有人偷电瓶')).kind).toBeNull();
    // Speculation inside the words of the danger, and someone already better.
    expect(checkEmergency(normalize('物业说车库可能会进水，大家把车挪一下')).kind).toBeNull();
    expect(checkEmergency(normalize('刚才有个大爷中暑头晕，喝了点水现在好多了')).kind).toBeNull();
    // A lost child already carried home by the writer is the family's search, not 110.
    const carried = checkEmergency(normalize('门口有个小娃找不着大人，冻得直哭，我先把他抱到我家了，谁家的'));
    expect([carried.kind, carried.dismissed]).toEqual([null, true]);
    const unseen = checkEmergency(normalize('三楼的阿婆四五天没看到她下楼了，敲门也没人应'));
    expect([unseen.kind, unseen.dismissed]).toEqual([null, true]);
  });

  it('reads a danger told as over, or a job\'s sparks, or a lost child in safe hands, as no alarm', () => {
    expect(checkEmergency(normalize('工地那边切铁，火花四溅，吵得睡不着')).kind).toBeNull();
    const atTheGate = checkEmergency(normalize('有个走失的小孩，在保安亭，我陪着她，谁家的'));
    expect([atTheGate.kind, atTheGate.dismissed]).toEqual([null, true]);
    // A fire that went out by itself leaves a smell; an ambulance that has left; a fight that broke up.
    expect(checkEmergency(normalize('刚才厨房那边闷了一阵，后来自己灭了，现在屋里还有股焦糊味')).kind).toBeNull();
    expect(checkEmergency(normalize('救护车来了，已经拉走了')).kind).toBeNull();
    expect(checkEmergency(normalize('楼道里有人打架，后来都走了，地上还有几滴血')).kind).toBeNull();
    // Sparks "上回", an arm already in plaster, what to do first if it ever happens.
    expect(checkEmergency(normalize('上回楼道电表箱冒火花，后来换了新的，现在箱门又关不上了')).kind).toBeNull();
    expect(checkEmergency(normalize('我爸在冰上滑倒，手腕骨折了，现在打着石膏')).kind).toBeNull();
    expect(checkEmergency(normalize('家里有人烫伤了，先干啥？是冲凉水还是先打120？')).kind).toBeNull();
    // Smoke explained as cooking; a smell gone now; Wu "打弗着火" is a stove that will not light.
    expect(checkEmergency(normalize('楼道里冒烟了，原来是有人在炸花生米，没事')).kind).toBeNull();
    expect(checkEmergency(normalize('下午闻到煤气味，后来他家把阀门关了开了窗，现在闻不到了')).kind).toBeNull();
    expect(checkEmergency(normalize('阿拉屋里燃气灶打弗着火，有师傅来看看伐')).kind).toBeNull();
    // Smoke that is no fire, said so; a cut already stitched.
    expect(checkEmergency(normalize('楼道冒烟是烟道倒烟，没着火，开窗就好')).kind).toBeNull();
    expect(checkEmergency(normalize('孩子在楼梯上摔了，头磕破了，昨天缝了两针')).kind).toBeNull();
    expect(checkEmergency(normalize('屋里有烟往外冒，敲门没人，是不是着火了')).kind).toBe('fire');
    // A stroke some time ago is care, not 120; a child waited with at the door is found.
    expect(checkEmergency(normalize('我爸中风后一直一个人在家，想问有没有上门照看')).kind).toBeNull();
    const waitedWith = checkEmergency(normalize('门口有个细路仔喊妈妈，冇大人跟，我而家同佢企喺门口等'));
    expect(waitedWith.dismissed).toBe(true);
    // Days unseen are the welfare check, however counted ("十来天").
    expect(checkEmergency(normalize('隔壁婆婆有十来天没看到人了，敲门也没人应')).kind).toBeNull();
    // A stove's smoke whenever lit; an alarm pressed by mistake; a trapping and what came "后"; bricks as a fence.
    expect(checkEmergency(normalize('楼下早点摊炉子一烧，二楼窗户全是烟')).kind).toBeNull();
    expect(checkEmergency(normalize('火警警报响了一阵，原来是有人误按')).kind).toBeNull();
    expect(checkEmergency(normalize('关于电梯困人后维保迟迟不到的反映')).kind).toBeNull();
    expect(checkEmergency(normalize('有人在绿地里种菜，还拿砖头围着')).kind).toBeNull();
    // Sparks gone after the switch was pulled.
    expect(checkEmergency(normalize('充电桩那边冒火星子，我把总闸拉了，火星没有了')).kind).toBeNull();
    // People round a fire box are no fire; a key lost is no child lost; a smell gone now (Cantonese).
    expect(checkEmergency(normalize('冬天一屋人围着火箱讲白话')).kind).toBeNull();
    expect(checkEmergency(normalize('我孙女钥匙丢了，在楼道里哭，大人明天才回')).kind).toBeNull();
    expect(checkEmergency(normalize('燃气表箱有阵气味，闻咗成个星期，不过而家冇咩味')).kind).toBeNull();
    // The main valve said to be shut after the burst; sewage welling up is no smoke.
    expect(checkEmergency(normalize('水管爆了，水冒到路上了，不过总阀我们已经关掉了')).kind).toBeNull();
    expect(checkEmergency(normalize('化粪池盖子一直往外冒黑水，臭得很')).kind).toBeNull();
    // Water still spreading in the alarm's sentence: no veto (10 of 10 such labelled flood alarms were emergencies).
    expect(checkEmergency(normalize('窗框上头水一直往下流，盆都接不住，还在往客厅漫')).witnessed).toBe(true);
    // Gone by today is no turn to a new danger: "琴晚…煤气味，今朝冇咗".
    expect(checkEmergency(normalize('琴晚闻到煤气味，今朝冇咗，唔知系咪有人漏气')).kind).toBeNull();
    // A grandfather with dementia who often wanders, and a request to watch for him: no search now.
    const wanders = checkEmergency(normalize('我爷爷有点老年痴呆，经常自己走出小区大门，门卫师傅见到就帮忙拦一下'));
    expect([wanders.kind, wanders.dismissed]).toEqual([null, true]);
    expect(checkEmergency(normalize('我爷爷有老年痴呆，经常自己出门，今早出去到现在还没回来')).kind).toBe('missing');
  });

  it('lets no head veto someone on a roof saying they will not live, unless told as over', () => {
    // Fire where nobody answers: no veto either (169 of 169 such labelled alarms were emergencies).
    expect(checkEmergency(normalize('对面楼阳台冒黑烟，喊了几声没人应')).witnessed).toBe(true);
    expect(checkEmergency(normalize('对面楼阳台冒黑烟，好像在烧东西')).witnessed).toBe(false);
    expect(checkEmergency(normalize('楼顶上坐着个人，腿耷拉在外头，说不想活了')).witnessed).toBe(true);
    expect(checkEmergency(normalize('上周有人站在天台边上说不想活了，后来劝下来了')).witnessed).toBe(false);
    // A man who drives a taxi is no ad that sets the message aside.
    const taxi = ruleView('他是开出租的，这会儿在楼顶上坐着，说不想活了', '3');
    expect([taxi.signals.setAside, taxi.check.kind]).toEqual([false, 'police']);
    expect(ruleView('出租车位一个，月租300，有意私聊', '3').signals.setAside).toBe(true);
  });

  it('reads people cut off at home by mud or water, a light on all night with no answer, a sign hanging over a door in a storm', () => {
    expect(kind('后山泥巴冲下来把门堵死了，老两口在屋里出不去')).toBe('trapped');
    expect(kind('河水漫进院子，都到腰了，隔壁老人腿不好出不来')).toBe('trapped');
    expect(kind('对门王大爷屋里的灯亮了一整夜，敲门不开')).toBe('medical');
    expect(kind('喊了好几声都不答应，昨天晚上电视开了一夜')).toBe('medical');
    expect(kind('台风好大，商场门口的广告牌一边甩咗出嚟，吊喺大门上面')).toBe('falling');
    // …but a storm still to come, a lift that let them out, a backed-up drain, yesterday in Hakka.
    expect(kind('台风来之前，把一半悬在人行道上面那根断树枝锯了吧')).toBeNull();
    expect(checkEmergency(normalize('三号楼电梯刚才困了人，后来自己开门出来了，人没得事')).dismissed).toBe(true);
    expect(kind('洗碗池下水堵了，水漫到地上')).toBeNull();
    expect(kind('昨晡屋家阿婆跌倒咗，膝头擦损咗')).toBeNull();
  });

  it('reads a drooping mouth, dizziness that will not let one stand, a lift that shut someone in; not a guard asleep or a slaughter', () => {
    expect(kind('我妈刚才说话含糊，嘴巴歪了，右手也抬不起来')).toBe('medical');
    expect(kind('我在三栋电梯里面被关住了，灯也灭了')).toBe('trapped');
    expect(kind('我一个人住，刚才起床头晕得不行，站都站不稳')).toBe('medical');
    expect(kind('物业那个保安值夜班打呼噜，喊都喊不醒')).toBeNull();
    expect(kind('菜市场门口有人现场杀鸡，地上全是血，太脏了')).toBeNull();
    expect(checkEmergency(normalize('刚才那股煤气味是隔壁在熏腊肉，问过了，冇得事')).dismissed).toBe(true);
  });

  it('reads an elder "倒了" as fallen; not a lost card, a car that cannot get out, cooking owned up to, water going down', () => {
    expect(kind('我外婆倒了，在厨房')).toBe('medical');
    expect(kind('奶奶倒了杯茶给客人')).toBeNull();
    expect(kind('我爸的身份证丢了，在哪补办')).toBeNull();
    expect(kind('货车堵住门口，要带屋企人去复诊出唔到')).toBeNull();
    expect(checkEmergency(normalize('厨房嗰阵煤气味系我炒菜，唔好意思')).dismissed).toBe(true);
    expect(checkEmergency(normalize('地下室进水到小腿，现在雨停了水已经在退了')).dismissed).toBe(true);
    expect(kind('地下室进水到小腿，水还在往里灌')).toBe('flood');
  });

  it('reads a moan from inside a home as someone in need; not a song, a sign hit by a car, a lost elder back home, a lift that jolts', () => {
    expect(kind('路过三楼那户，屋里头有人在哼，声音细细的')).toBe('medical');
    expect(kind('隔壁屋里有人在哼歌，吵死了')).toBeNull();
    expect(kind('小区门口的广告牌子被车撞了，歪在路边')).toBeNull();
    expect(checkEmergency(normalize('我爸有点老年痴呆，刚才找不到了，现在他已经回家了')).dismissed).toBe(true);
    expect(kind('孩子找不到了，现在人在家的都出来帮忙找')).toBe('missing');
    expect(kind('这电梯停的时候老往下顿一下，人在里面心慌')).toBeNull();
  });

  it('reads a stopped lift with a named person inside and smoke that sends everyone downstairs; not a stray dog, a daily bonfire, a pot boiled dry, a smell gone, a fight talked apart', () => {
    expect(kind('电梯卡在六楼不动了，门也开不了，里面有我家孙女和她奶奶')).toBe('trapped');
    expect(kind('楼道里灰蒙蒙的烟，看不清台阶，我们一家都往下跑')).toBe('fire');
    expect(kind('谁家走失的一只黄色小狗，在我家门口')).toBeNull();
    expect(kind('后院有人烧塑料，黑烟直往我家窗户里钻，每天都烧')).toBeNull();
    expect(dismissed('三楼冒烟是楼上炖排骨烧干锅了，关了火开了窗，没得事')).toBe(true);
    expect(dismissed('燃气灶那边有股味，阀门关了窗也开了，现在味都散了')).toBe(true);
    expect(dismissed('两个人在单元门口拿着棍子吵，后来被邻居劝开了')).toBe(true);
  });

  it('reads a child locked in a parked car as someone trapped, a dog in one as no alarm', () => {
    expect(kind('超市门口那辆红色车里关着个小孩，窗户都没开')).toBe('trapped');
    expect(kind('我家孙子被锁在车里了，钥匙也在里面')).toBe('trapped');
    expect(kind('停車場一輛車裡鎖著個細路')).toBe('trapped');
    expect(kind('门口那辆车里关着一条狗，叫了一上午')).toBeNull();
  });

  it('reads coal smoke sickness, children on half-frozen ice, chest pain without breath; not rubbish burnt, sparks gone', () => {
    expect(kind('后排平房还在烧蜂窝煤，两口子都头疼，孩子吐了两回，躺那不想动')).toBe('gas');
    expect(kind('河面冰还没冻实，几个小孩在冰上跑来跑去，现在还在上面')).toBe('police');
    expect(kind('河面冰还没冻实，天天有小孩在冰上跑，迟早出事')).toBeNull();
    expect(kind('今早起来胸口好痛，气都喘不过来，门我开着')).toBe('medical');
    expect(kind('院子里的垃圾被人烧了，黑烟往屋里飘，呛得不行')).toBeNull();
    expect(kind('楼后有人烧垃圾，火苗子老高，快烧到车棚了')).toBe('fire');
    expect(checkEmergency(normalize('电箱冒的火星已经冇了，电工来过了')).dismissed).toBe(true);
  });

  it('reads a bracket swinging over passers-by in a gale, a rolling pin as a weapon, a 囝仔 on a shed roof, two people cut off by water; not paper burnt, a false alarm, an evening habit', () => {
    expect(kind('风刮得很大，三楼的空调架子悬着晃，下面人来人往的')).toBe('falling');
    expect(kind('两口子吵起来了，男的拿着擀面杖在楼道里追')).toBe('police');
    expect(kind('有个囝仔爬到车棚顶上去了，旁边没大人')).toBe('falling');
    expect(kind('台风天，楼顶的招牌一晃一晃的，下面就是大门，还有人进出')).toBe('falling');
    expect(kind('水涨上来没过膝盖了，我俩在屋里出不去')).toBe('trapped');
    expect(kind('有人在楼道里烧纸，满楼道都是烟')).toBeNull();
    expect(kind('对面饭店一到晚上就满屋子都是烟')).toBeNull();
    expect(dismissed('刚才说是煤气罐炸了，后来一问是放鞭炮，虚惊一场')).toBe(true);
    expect(dismissed('窗户冒黑烟，后来看清楚是在阳台上烧香，没事')).toBe(true);
  });

  it('reads banging inside a lift, someone who hardly answers, a kitchen knife fetched; not a habit of hot ash, no smell, a fire put out', () => {
    expect(kind('二号楼电梯里边有人在拍门，好像卡住了')).toBe('trapped');
    expect(kind('隔壁老头躺在床上，叫他也不怎么答应')).toBe('medical');
    expect(kind('那人回家拎了把菜刀出来，正在楼下比划')).toBe('police');
    expect(kind('楼道里老有人往垃圾道倒炉灰，冒着火星子')).toBeNull();
    expect(dismissed('燃气表那根管子松了，拧紧以后没有气味了')).toBe(true);
    expect(dismissed('阳台的晾衣架烧起来了，人不在家，火已经灭掉了')).toBe(true);
    // Smoke that keeps people from getting down (a rule since a retraining lost the line only the head caught).
    expect(kind('楼道里全部是烟看不到楼梯了，我们一家在七楼下不去了')).toBe('fire');
    expect(kind('楼下有人抽烟扔烟头，要是着了火大家都下不来')).toBeNull();
  });

  it('reads a roof sheet swinging over a path in the wind, "我现在在…电梯里面"; not water no longer rising, a pipe that left no water, a cry that was a game', () => {
    expect(kind('车棚顶子被风掀了，铁皮半吊着，风还在刮，就在人走的道上头，随时掉下来')).toBe('falling');
    expect(kind('我现在在三栋电梯里面，电梯停了，灯也黑了')).toBe('trapped');
    expect(dismissed('车库进水了，昨晚的雨，水不涨了，就是得抽')).toBe(true);
    expect(kind('厨房水管爆了，现在没水用了，师傅几时来')).toBeNull();
    expect(dismissed('刚才说楼下有人喊救命，原来是小孩在玩游戏闹着玩的')).toBe(true);
    // A downpipe (落水管) is no one fallen into water; a dry throat "冒烟" is no smoke.
    expect(kind('楼顶的落水管堵了，一下雨就往楼道漫')).toBeNull();
    expect(kind('有个小孩落水了，快来人')).toBe('police');
    expect(kind('天太干了，嗓子都冒烟了')).toBeNull();
  });

  it('reads a cry growing fainter, blood drawn, a pick handle, a threat to kill, a roof edge stood on, a pipe spraying onto a wet floor; a forward is no alarm', () => {
    expect(kind('隔壁老太太一直在里头叫人，门敲不开，叫的声音越来越弱')).toBe('medical');
    expect(kind('外孙女手上让猫抓了一道，见血了，一直哭')).toBe('medical');
    expect(kind('小卖部门口有个醉汉拿着镐把在那晃，谁也不敢过去')).toBe('police');
    expect(kind('楼下那人拿着电镐在砸墙，吵死了')).toBeNull();
    expect(kind('两个人在车棚吵，一个喊着要捅死另一个')).toBe('police');
    expect(kind('有个小姑娘坐到天台边边上了，一直不说话')).toBe('police');
    expect(kind('卫生间水管裂了，一直往外滋水，地上都积了一层了')).toBe('flood');
    expect(kind('暖气阀门往外滋水，滴滴答答的，拿盆接着呢')).toBeNull();
    // "是不是漏气" asks, it does not say there is no leak; a rotten-egg smell names no chicken.
    expect(kind('灶台那边一股臭鸡蛋味，不晓得是不是漏气了')).toBe('gas');
    expect(dismissed('转一个街道的提醒：烧煤取暖要通风，头晕恶心赶紧出门透气')).toBe(true);
  });

  it('reads a child on a parapet with no adult, bleeding that will not stop (Cantonese), a fire past a fence, a gas pipe taken out and a smell; not a forward, a fault switched off till tomorrow', () => {
    expect(kind('有个小朋友爬上了楼顶的女儿墙，旁边没大人')).toBe('falling');
    expect(kind('畀玻璃割亲手，出血，而家仲流紧')).toBe('medical');
    expect(kind('后面空地烧草，火已经烧过了铁丝网，往车棚那边去了')).toBe('fire');
    expect(kind('装修师傅把煤气管道拆断了，满屋子一股气味')).toBe('gas');
    expect(dismissed('【转】外地一栋楼电动车充电起火，大家千万别在家里充')).toBe(true);
    expect(kind('插座发烫有焦味，我把电闸拉了，明天找电工')).toBeNull();
  });

  it('reads someone shut in a lift, water through a lamp that flashed; not a child already minded, "没出事", "没听见喊救命"', () => {
    expect(kind('3单元电梯关了两个老人，停在半中间不动')).toBe('trapped');
    expect(kind('电梯关了个人，十来分钟后放出来了，人没事')).toBeNull();
    expect(kind('卫生间顶灯往下滴水，刚才啪一下跳闸了')).toBe('electric');
    expect(kind('楼上渗水好几个月了，灯座里都有水，一直没人管')).toBeNull();
    expect(dismissed('超市门口有个小妹妹找不到妈妈了，我先在这边陪着她')).toBe(true);
    expect(dismissed('楼道里有股焦糊味，是谁家电瓶车充电，这回没出事')).toBe(true);
    expect(kind('隔壁又在吵架摔东西，没听见喊救命，就是吵')).toBeNull();
  });

  it('reads a tree uprooting with people still under it; the same tree with people under it every day is a hazard', () => {
    expect(kind('起大风了，球场边那棵老榆树咔咔响，根都翘起来了，树下还有人在躲雨')).toBe('falling');
    expect(kind('球场边那棵老榆树歪了，根都翘起来了，树下天天有人乘凉')).toBeNull();
  });

  it('reads smoke coming out from somewhere; not smoke from a fire lit to cook on, nor a smell owned up to as cooking', () => {
    expect(kind('车棚那边烟从卷帘门底下冒出来了，越来越大')).toBe('fire');
    expect(kind('锅炉房有人住，天天在里头烧火做饭，烟从窗户冒出来')).toBeNull();
    expect(dismissed('那股煤气味是对门在卤猪脚，我去问过了没事')).toBe(true);
  });

  it('reads an icicle just fallen with more hanging over people, Cantonese "晕低咗" (two lines a retraining lost)', () => {
    expect(kind('车棚边上的冰柱才掉下来一截，还悬着好几根，下面有人在推车')).toBe('falling');
    expect(kind('冰溜子掉下来了，大家别在房檐底下站')).toBeNull();
    expect(kind('我阿妈喺厨房晕低咗')).toBe('medical');
  });

  it('hears a danger told late in a long message by re-reading it a passage at a time', () => {
    // (The model trained with cu–hr hears a danger after a few sentences of small talk even as a whole: this one is told after many.)
    const late =
      '邻居们下午好，今天太阳好，大家都出来晒被子了吧。跟大家商量下，下个月楼道粉刷的钱怎么摊，是按户平摊还是按面积，我觉得按户简单些。还有小区门口新开的包子铺味道不错，肉包一块五，豆沙包一块二，早上六点就开门，大家可以去尝尝。对了，五楼那个独居的老太太，我刚才给她送饺子，听见她在屋里喊，说从床上掉下来起不来了';
    const view = ruleView(late, '3');
    expect(view.check.kind).toBeNull();
    expect(p(late).emergency).toBe(true);
    // Read only as a whole, the small talk drowns it.
    const wholeOnly = { ...THRESHOLDS, emergencyAddPassage: 1.01 };
    expect(assemble(compileTaxonomy(DEFAULT_TAXONOMY), DEFAULT_MODEL, view, wholeOnly).emergency).toBe(false);
    // Long messages about a danger that is over, or a safety tip, stay calm passage by passage too.
    expect(p('谢谢大家昨天帮忙！我家老头子前天晚上在卫生间摔倒了，多亏二单元的小刘听见动静过来帮忙叫了救护车，现在住院观察，医生说没什么大碍，过两天就能出院，在这里给大家报个平安').emergency).toBe(false);
    expect(p('转发一个消防安全小知识：家里着火了先别慌，小火用湿毛巾或灭火器扑灭，火大了赶紧关门往外跑，不要坐电梯，捂住口鼻弯腰走，跑出去以后马上打119，大家转给家里老人看看').emergency).toBe(false);
  });

  it('reads a lift stopped between floors with someone in it, water over the wheels or a finger deep, dark lips, a head bobbing in a river, a sign swinging over a bus stop in rising wind', () => {
    expect(kind('二座部电梯停咗喺九楼同十楼中间，我阿爷喺入面，叫佢都应')).toBe('trapped');
    expect(kind('电梯里面有人一直按警铃，好久了门都没开')).toBe('trapped');
    expect(kind('地库的水已经没过那排车的车轮了，还在往下流')).toBe('flood');
    expect(kind('厨房地上的水有几公分深了，拖把都拖不赢')).toBe('flood');
    expect(kind('车库的积水有半人高了，外面的水还在往里头涌')).toBe('flood');
    expect(kind('我爸坐着一直喘，嘴唇都发青了')).toBe('medical');
    expect(kind('水库那边有个人在水里头一沉一浮的，没看到有人下去')).toBe('police');
    expect(kind('对面楼顶的广告牌脱了一角，在半空中晃，风还越来越大，底下公交站站着好几个人')).toBe('falling');
    // The same lift emptied, a past flood, a sign on a calm day: no alarm.
    expect(kind('上个礼拜电梯停在三楼和四楼中间，困了半个钟头，后来放出来了')).toBeNull();
    expect(kind('去年大雨地库最深的地方没过轮胎')).toBeNull();
    expect(kind('楼道窗户碎了，冷风一直往里灌')).toBeNull();
    expect(kind('那个招牌挂在半空中晃，今天风不大，但迟早要出事')).toBeNull();
  });

  it('reads children on ice gone dark, legs that will not move, a man under fallen snow, a leak in a stream, a terse "烟好大"; not "没冒火花", "差点撞倒", a smell explained, a fight the police ended', () => {
    expect(kind('三个巴郎子在河中间的冰上滑，那边的冰都发黑冒水了')).toBe('police');
    expect(kind('阿姨摔在单元门口半天了，说脚动不了')).toBe('medical');
    expect(kind('车棚顶上的雪塌下来了，底下那个扫雪的只露出一只手')).toBe('trapped');
    expect(kind('楼上往下滴水，现在都滴成线了')).toBe('flood');
    expect(kind('三楼烟很大！')).toBe('fire');
    expect(kind('五栋电梯停在三楼和四楼之间，孙子在里背哭')).toBe('trapped');
    expect(kind('电线断了挂在树上，现在没有冒火花，等电工来')).toBeNull();
    expect(kind('那条狗冲过来，差点把我撞倒了')).toBeNull();
    expect(dismissed('楼下一股焦糊味，原来是大排档在燎鸡毛，没啥事')).toBe(true);
    expect(kind('巷口有人拿刀吵架，后来警察来把人带走了')).toBeNull();
  });

  it('reads a battery "冒紧白烟", someone pinned under a fallen wall; not a heater that "打唔着火" and "唔系漏气"', () => {
    expect(kind('车棚入面部电动车电池冒紧白烟')).toBe('fire');
    expect(kind('后巷嗰堵围墙冧咗，有个后生仔喺底下嗌')).toBe('trapped');
    expect(kind('阿伯只手畀铁闸压住，拉唔出')).toBe('trapped');
    expect(kind('煤气炉点唔着火，冇乜气味，唔系漏气，应该系电池冇电')).toBeNull();
    // "是不是漏气" still asks about a leak that may be there.
    expect(kind('厨房一股臭鸡蛋味，不知道是不是漏气了')).toBe('gas');
    // A pet named and pointed back to is no missing person; a bare 只 may be a child.
    expect(kind('有冇人见过一只橘色猫仔？我哋屋企嗰只走失咗两日')).toBeNull();
    expect(kind('门口有只走失嘅细路，喊紧搵阿妈')).toBe('missing');
  });

  it('reads smoke coming out black in billows; not "险险跌倒" (nearly fell) nor a room that smells of smoke', () => {
    expect(kind('对面六楼窗口冒出来的烟是浓的，看不到有人')).toBe('fire');
    expect(kind('厨房那边的烟一股一股往外冒，屋里没人应')).toBe('fire');
    expect(kind('楼梯口块砖翘起来，我阿嬷险险跌倒')).toBeNull();
    expect(kind('熏了一冬的腊肉，屋里头都是烟子味')).toBeNull();
  });

  it('reads a shovel carried in a fight, a gas cylinder smelt, a child down a pit, a hose hissing white', () => {
    expect(kind('两个醉汉在楼下吵，一个扛着铁锨追另一个')).toBe('police');
    expect(kind('隔壁液化气罐的气味越来越重，家里没人')).toBe('gas');
    expect(kind('小区后面水沟里有个小孩，上不来了')).toBe('trapped');
    expect(kind('早餐店的气罐接头那里一直冒白气，老板不在')).toBe('gas');
  });

  it('reads "冒青烟" as smoke; sparks "后来就么得了" as over; "会唔会漏电" as a question, not a shock', () => {
    expect(kind('柴房的墙板烤黑了，还在冒青烟')).toBe('fire');
    expect(dismissed('烟囱冒了一阵火星，后来就莫得了')).toBe(true);
    expect(kind('电线垂喺门口，落雨会唔会漏电')).toBeNull();
  });

  it('reads a tree about to fall with people under it now, someone buried to the waist, an old man with dementia gone "出去转一下"', () => {
    expect(kind('门口那棵老樟树被风刮得快倒了，根都翻出来了，底下还有几个学生在等车')).toBe('falling');
    expect(kind('台风天那棵榕树往路上歪，好多人在那里躲雨')).toBe('falling');
    // Every day, not now: the hazard, not an alarm.
    expect(kind('那棵树歪了好久了，下面每天很多人在那等公交')).toBeNull();
    expect(kind('后山塌方，有个阿伯被泥巴埋到胸口了，大家在挖')).toBe('trapped');
    expect(kind('雪太大了，楼下的车都被埋到半截')).toBeNull();
    expect(kind('我外公老年痴呆，早上说去转一下，到现在还没回来')).toBe('missing');
    // A forward still reads as one.
    expect(kind('大家转一下，别的小区一个老人老年痴呆走丢了')).toBeNull();
  });

  it('reads a sign left hanging by one corner in a gale over people, a TV on "日头夜晚" with a moan "入面" (Cantonese), people sheltering "下背" (Hakka)', () => {
    expect(kind('大风把药店的灯箱刮得只剩一个角挂着，一直在晃，下面全是等车的人')).toBe('falling');
    expect(kind('阿婆屋企部电视日头夜晚都开住，敲门冇人应')).toBe('medical');
    expect(kind('隔篱阿伯屋企敲门冇人应，入面好似有人哼')).toBe('medical');
    expect(kind('台风好大，门口棵大树歪咗，根都翘起来，树下背还有十几只人在避雨')).toBe('falling');
    expect(kind('路边那棵大树裂开了往路上歪，孩子们都从那儿过')).toBe('falling');
    expect(kind('台风越刮越大，楼顶的彩钢瓦掀起来一半，随时要飞下来，底下就是幼儿园门口')).toBe('falling');
    // Every day is the hazard, not now.
    expect(kind('那棵树根都松了，每天很多人在那等车')).toBeNull();
    // A cry for help that was a show on a phone.
    expect(kind('半夜听到有人喊救命，跑出去一看，原来是隔壁在看电视，开太大声了')).toBeNull();
    expect(kind('半夜听到隔壁有人喊救命，敲门没人开')).toBe('police');
  });

  it('reads a request to pass a missing person on ("帮忙往各群转一下") as no forward; a lift stopped "好在里面没人" and a lost child already looked after as no alarm', () => {
    expect(kind('我家老爷子老年痴呆，早上出门到现在没回来，网格员帮忙往各个群转一下')).toBe('missing');
    expect(kind('电梯卡在五楼不动了，好在里面没人，快来修')).toBeNull();
    expect(kind('电梯卡在五楼不动了，里面有人在拍门')).toBe('trapped');
    expect(checkEmergency(normalize('门口有个小孩在哭，说不清家住哪，我已经带他到物业坐着了')).dismissed).toBe(true);
    // Not seen for days with no sign inside, in Cantonese: care, and the head may not alarm alone.
    expect(checkEmergency(normalize('楼上陈伯呢几日好似冇见过佢，门口啲报纸都冇人收')).dismissed).toBe(true);
  });

  it('reads a cry of pain behind a door, stones falling on a path people are on; not a fire that turned out to be something else, "转个消息", a smell "现在没味儿了"', () => {
    expect(kind('对门的王奶奶屋里一直在喊哎哟，门锁着叫不开')).toBe('medical');
    expect(kind('后山一直在掉石头，落到小路上了，下面还有人在摘菜')).toBe('falling');
    expect(kind('后山一直在掉石头，大家这几天别去那条小路')).toBeNull();
    expect(kind('刚才一股烟味，还以为谁家着火了，下去一看原来是楼下在熏腊肉')).toBeNull();
    expect(kind('转个消息，说是城东有个厂子着火了，大家注意安全')).toBeNull();
    expect(kind('楼道那股煤气味，师傅来换了阀门，现在没味儿了')).toBeNull();
    expect(kind('我爸打电话说他在3栋电梯里，电梯停在半中间不动了，他说闷得慌')).toBe('trapped');
    // In a gale, over people: a roof sheet flapping "在那里哐哐地甩", a unit held by one bracket "一直在晃".
    expect(kind('风好大，车棚顶上一块铁皮翻起来了，在那里哐哐地甩，下面就是学生放学走的路')).toBe('falling');
    expect(kind('台风天，五楼空调外机只剩一个架子撑着，一直在晃，底下就是单元门口')).toBe('falling');
    // Thanks for help last week: the old danger it tells of is no alarm for the head.
    expect(checkEmergency(normalize('谢谢5栋的邻居们。上个礼拜我家老人半夜喘不上气，是你们帮忙叫的车')).dismissed).toBe(true);
    // No wind named: a dog wandering "在那晃" is no falling object.
    expect(kind('咬人的那条狗还在那边晃，小孩都从那里走')).toBeNull();
  });

  it('reads a danger told before a doubt about another matter ("另外…不知道真的假的"), not a doubted rumour', () => {
    expect(kind('刚才上楼闻到三楼好大的煤气味，敲门没人应。另外听说下周要停水，不知道真的假的')).toBe('gas');
    expect(kind('群里说三楼闻到好大的煤气味，不知道真的假的')).toBeNull();
    expect(kind('另外听说三楼着火了，不知道真的假的')).toBeNull();
  });

  it('reads no fire in "不冒烟", fuel praised in an ad, a smell found to be cooking "吓我一跳", a fogger or tyres burnt for warmth', () => {
    expect(kind('新到的木炭，好烧不冒烟，要的私聊')).toBeNull();
    expect(kind('卖柴火，烧起来旺得很，一捆十块')).toBeNull();
    expect(kind('楼道有股焦味，出去一看是对门在炒辣椒，吓我一跳')).toBeNull();
    expect(kind('楼道有股焦糊味，门缝在冒烟，敲门没人应')).toBe('fire');
    // A mosquito fogger is no smoke; tyres burnt for warmth are a nuisance, not a fire to run to.
    expect(kind('打蚊子的烟雾机明天几点来')).toBeNull();
    expect(kind('楼道里全是烟雾，看不清楼梯')).toBe('fire');
    expect(kind('后面空地有人烧旧轮胎取暖，黑烟呛人')).toBeNull();
  });

  it('reads a danger said in the same message to be over or elsewhere: "弗是着火", a notice, out by themselves, found', () => {
    const dismissed = (text: string) => checkEmergency(normalize(text));
    // 不是 in Wu: "弗是着火"; a notice's heading; out of a lift by prising the door; helped up and walking.
    expect(kind('楼梯间好多烟，原来是二楼在熏腊肉，弗是着火，大家放心')).toBeNull();
    expect(kind('楼梯间好多烟，二楼着火了')).toBe('fire');
    expect(dismissed('【物业通知】明天上午燃气公司入户安检，期间可能闻到燃气味，请勿惊慌')).toMatchObject({ kind: null, dismissed: true });
    expect(kind('刚刚5单元电梯困了人，已经自己推开门出来了，没受伤，电梯还停着')).toBeNull();
    expect(kind('二楼王奶奶在楼梯上摔了一跤，扶起来了能走，就是膝盖破了点皮')).toBeNull();
    expect(kind('闻到一股煤气味，下去一看是隔壁换气罐没拧紧，现在关好了没味了')).toBeNull();
    // Not seen for five days, in 日: care, not a search.
    expect(dismissed('对门陈奶奶五日冇见出门了，网格员去看下').dismissed).toBe(true);
    // A lost child already sitting with the finder, told further on; a lost grandson still gone is a search.
    expect(kind('刚才在5栋楼下看到一个小男孩一直哭，说找不到妈妈了，大概四岁，穿黄色外套和蓝色运动裤，背个小恐龙书包，说话带外地口音，问他住哪里也说不清楚，我先把他带到物业办公室了，家长看到快来')).toBeNull();
    expect(kind('我家孙子走丢了，找了一个钟头都没找到')).toBe('missing');
    // Found by the police; a message that opens by telling of last night.
    expect(dismissed('我妈有点糊涂，早上出门没回来，刚才派出所打电话说找到了，社区能不能派车去接')).toMatchObject({ kind: null, dismissed: true });
    expect(dismissed('跟大家讲下昨晚的事，九楼那家的电梯突然往下掉了一截，人没事').dismissed).toBe(true);
  });

  it('reads Southern Min dangers ("冒乌烟", "阁咧涨"), water "漫过来", a family relaying its own missing person', () => {
    expect(kind('对面店里卷闸门底下一直在冒乌烟，一股烧塑料的味，店里没人')).toBe('fire');
    // Min puts 臭 before the gas: "楼梯间臭瓦斯" is a stairwell that smells of gas.
    expect(kind('阮兜楼梯间一直臭瓦斯，头壳眩眩')).toBe('gas');
    // A child (囝) not back, "还无转来"; grey smoke "冒灰烟"; a smoke alarm is no smoke.
    expect(kind('阮囝今仔日放学到这阵还无转来，电话拍伓通')).toBe('missing');
    expect(kind('隔壁门缝底下在冒灰烟，敲门没人应')).toBe('fire');
    expect(kind('楼上那家锅烧干了，火已经关了，就是烟雾报警器一直响停不下来，吵死了')).toBeNull();
    // "漫过来" is water coming over, not "漫过" (has flooded before).
    expect(kind('河水漫过来了，一楼水已经到膝盖，老人走不动')).toBe('flood');
    // Still rising, in Min: the head may not veto it.
    expect(checkEmergency(normalize('海边的水漫上来了，店里水到脚目，阁咧涨，阿公行袂动')).witnessed).toBe(true);
    // "…说了几件事我转一下" relays the family's own words, not someone else's notice.
    expect(kind('我妈说了好几件事我转一下：她今天一早出门买菜，到现在还没回来，她有老年痴呆')).toBe('missing');
  });

  it('reads a danger put right further on: a main valve shut with help, a gas tap turned off "没事", "原来是…烤", a lift opened', () => {
    expect(kind('厨房水管冻裂了，地上都是水，总阀邻居帮我关了，麻烦师傅来修')).toBeNull();
    expect(kind('快来人，水管爆了往外喷，总阀关了也关不住，地上全是水')).toBe('flood');
    expect(kind('闻到一股煤气味，下去一看是我家煤气灶的开关没拧到底，已经关好开了窗，没事')).toBeNull();
    expect(kind('闻到烧焦的味道，下楼一看原来是门口卖烤红薯的炉子在冒烟，熏得衣服都臭了')).toBeNull();
    expect(kind('闻到烧焦的味道，下楼一看原来是门口卖烤红薯的炉子着火了')).toBe('fire');
    expect(kind('电梯里好像有人困住了在拍门，我按了外面的按钮门开了，是个快递小哥，已经出来了，说卡了几分钟')).toBeNull();
  });

  it('lets the head alone not alarm on a lost elder already led to the gatehouse, nor on last week\'s danger "人没事"; reads Min "惊会" as a fear', () => {
    const dismissed = (text: string) => checkEmergency(normalize(text)).dismissed;
    expect(dismissed('小区门口有个老爷爷转了半天，问他住哪说不清楚，穿件灰色外套，手里拎着个布袋子，我先领到门卫室坐着了，谁家的老人快来接')).toBe(true);
    expect(dismissed('前天5栋电梯在八楼往下顿了一下，里面的人吓坏了，后来门开了走出来，人没事，麻烦彻底检查')).toBe(true);
    expect(kind('楼梯间堆了一堆柴火，挨着电表箱，我惊会着火')).toBeNull();
    expect(kind('楼梯间的电表箱，阮惊会烧起来')).toBeNull();
    expect(kind('楼梯间的电表箱烧起来了')).toBe('electric');
  });

  it('reads Fuzhou "臭鸡卵" as gas, and a stroke in bed, a valve shut, "无味了", a smell traced to roasting as no alarm', () => {
    expect(kind('一开门屋里一股味，像臭鸡卵，熏得头晕')).toBe('gas');
    // Bedridden after a stroke, care asked for: not 120.
    expect(kind('我老伴中风躺在床上，我翻不动他，想申请上门护理')).toBeNull();
    expect(kind('我老伴刚才突然中风了，嘴歪了说不出话')).toBe('medical');
    expect(kind('二单元水管爆了，楼道一地水，阀已经关了')).toBeNull();
    expect(kind('刚才楼道一股煤气味，是隔壁换气罐漏了点，现在关好了无味了')).toBeNull();
    expect(kind('刚才闻到煤气味，去看是对门在换罐，拧好就没味了')).toBeNull();
    // Told as a story, and "以后…" opening a clause is the future; "下雨以后一直在响" is after, now.
    expect(kind('楼下好大一股烧焦的味道，我一路找上去，手机都拿出来准备打电话了，结果才发现是二楼王姨在阳台炒瓜子，以后闻到烧焦味我先去问她')).toBeNull();
    expect(kind('门口变压器下雨以后一直在冒火星，噼啪响')).toBe('electric');
  });

  it('reads "怎么还没来人啊", "那年发大水" as no alarm; lets the head alone not alarm on "没事，人已经回家了" or a television without signal', () => {
    expect(kind('楼道灯的事我上周就报了，说是换灯泡，怎么还没来人啊')).toBeNull();
    expect(kind('快来人啊，救命')).toBe('police');
    expect(kind('我家老头子又说起那年发大水，水漫到二楼，全楼的人都爬到楼顶')).toBeNull();
    const dismissed = (text: string) => checkEmergency(normalize(text)).dismissed;
    expect(dismissed('刚才我妈在单元门口滑了一跤，扶起来活动了一下没事，人已经回家了，门口的冰得铲一铲')).toBe(true);
    expect(dismissed('家里电视没信号了，楼外那根线断了挂着，我一个老人就靠电视解闷')).toBe(true);
  });

  it('reads roof sheets coming down piece by piece in a gale over people; not a lift opened "人出来了没得事", a drip, "拿起火把"', () => {
    expect(kind('风好大，5栋楼顶的铁皮被风掀起来了，一块一块往下掉，下面就是放学的路，现在娃娃们正出来')).toBe('falling');
    expect(kind('楼梯间墙皮一块一块往下掉，麻烦来修一下')).toBeNull();
    expect(kind('刚才电梯困人了，我爸在里面关了一刻钟，后来门开了人出来了没得事，电梯要好好修')).toBeNull();
    // A drip that has wet the floor is a repair; a pipe spraying is not.
    expect(kind('厨房水管一直在滴水，滴了一晚上了，地上都是水，麻烦来看看')).toBeNull();
    expect(kind('水管爆了，屋里到处都是水，还在往外喷')).toBe('flood');
    expect(kind('火把节大家注意，莫让娃娃拿起火把乱跑，衣裳烧着就麻烦了')).toBeNull();
  });

  it('reads south-western "莫得人应" as no answer, "莫" as don\'t, warming by a fire, a smell gone by morning, last night told as past', () => {
    expect(kind('隔壁王老者一个人住，电视从昨天晚上一直响到现在，灯也一直亮起，敲门喊他莫得人应')).toBe('medical');
    expect(kind('下雨了，大家走梯坎看到点，莫跶倒了')).toBeNull();
    // Hakka and Cantonese "心口翳" (a tight chest); a grandfather (阿公) not back.
    expect(kind('我老伴刚才讲心口翳，面色好差，坐在凳子上动不了')).toBe('medical');
    expect(kind('阿公朝早出去行街，到而家还无转来，手机又冇带')).toBe('missing');
    expect(kind('今天好冷，屋头烤起火来了')).toBeNull();
    expect(kind('关于5栋疑似燃气泄漏：昨晚楼道内有燃气气味，今晨已闻不到，请物业联系燃气公司检测')).toBeNull();
    expect(checkEmergency(normalize('昨晚的事跟大家讲一下，三楼电梯突然往下掉了一截，我们几个在里面吓坏了，还好没得大事')).dismissed).toBe(true);
  });

  it('reads a relay on someone\'s behalf as no forward; "喊门 没人 应" spaced by voice input and "没人应门" as no answer', () => {
    expect(kind('周六要查燃气表，我帮居委会转一下，家里留人。还有刚才路过4栋1单元，二楼窗户往外冒黑烟，喊了几声没人应')).toBe('fire');
    expect(kind('转一下：隔壁小区昨晚电动车着火，大家不要在楼道充电')).toBeNull();
    expect(kind('5栋 二单元 402 的 老爷子 灯 亮了 三天 电视 也 开着 叫门 没人 应 他 一个人 住')).toBe('medical');
    expect(kind('楼下李婆婆屋里收音机从前天一直响到现在，下去敲了几回，就是没人应门，她一个人住的')).toBe('medical');
    // No answer alone, with no sign inside, stays care (docs/labelling.md).
    expect(kind('对门张大爷好几天没见着了，上去喊门没人应，会不会去他女儿家了')).toBeNull();
  });

  it('reads a round "看有没有人困在电梯里", sparks stopped "现在不冒了", salutes "是…放鞭炮，没事", a lost elder seated in a shop as no alarm', () => {
    expect(kind('物业小刘今天挨个单元去看有没有老人困在电梯里，真负责')).toBeNull();
    expect(kind('楼顶配电箱冒火花噼啪响，电工已经拉了总闸，现在不冒了，但是整栋没电')).toBeNull();
    expect(kind('配电箱在冒火花噼啪响，我们都不敢靠近')).toBe('electric');
    expect(kind('楼下砰砰响还冒烟，下楼一看是对面结婚在放鞭炮，没事，就是纸屑扫一下')).toBeNull();
    expect(kind('超市门口有个婆婆迷路了，讲不清住哪栋，我请她在超市里坐着，谁家老人走丢了快来接')).toBeNull();
    expect(kind('有个老爷爷走丢了，问他家在哪说不清，一转眼又不见了')).toBe('missing');
  });

  it('reads a stopped lift with someone knocking inside; "浓好多了" as worse; a trapping ended "后来…弄出来的", Wu "睏在床上", a leak, a denied fire, ice as no alarm', () => {
    expect(kind('2号楼电梯跳闸卡牢了，里头阿婆在敲，听得到')).toBe('trapped');
    expect(kind('楼道里煤气味比刚才冲好多了，头有点晕')).toBe('gas');
    expect(kind('他吃了药，现在好多了')).toBeNull();
    expect(kind('电梯刚才困了人，物业已经把人拉出来了，就是门还关不上')).toBeNull();
    expect(kind('刚才电梯卡在九楼，我老妈关在里面半个钟头，打电话没人接，后来是维保的撬开门把人弄出来的，还好没受伤，这电梯得好好修')).toBeNull();
    expect(kind('阿爷脑梗以后一直睏在床上，想请社区派个护工')).toBeNull();
    expect(kind('卫生间水管漏水，地上都是水，拿桶接着呢')).toBeNull();
    expect(kind('电线杆倒了压着电线，现在没有冒火，但拦在路中间')).toBeNull();
    expect(kind('河对岸在烧荒，烟吹过来了，不是咱们楼着火，关好窗就行')).toBeNull();
    expect(kind('三楼暖气管冻爆了，楼梯上全是冰，老人下不去')).toBeNull();
    expect(kind('电表箱冒了几下火花，噼啪响，后来跳闸就不冒了，外壳黑了一块')).toBeNull();
    expect(kind('楼道插座冒了一阵火花，后来电工来弄过了，现在是好的，就是插座黑了')).toBeNull();
    expect(kind('我老伴 中风 瘫在床上 我一个人 翻不动')).toBeNull();
  });

  it('reads Cantonese: a hose hissing, a lift "喺…电梯度", "撳个铃冇人应", a fire "淋唔熄" the head may not veto; and "唔使惊", "真定假", "带咗佢" as no alarm', () => {
    expect(kind('厨房煤气炉条喉甩咗出嚟，一直嘶嘶声，成屋都系味')).toBe('gas');
    expect(kind('我而家喺5栋部电梯度，停咗喺两层中间，门开唔到')).toBe('trapped');
    expect(kind('部电梯唔郁咗，撳个铃冇人应，入面好焗')).toBe('trapped');
    expect(checkEmergency(normalize('后巷有人烧旧家私，今次烧到隔壁嗰堆木板，火苗好高，几桶水都淋唔熄，啲火星飞到对面')).witnessed).toBe(true);
    expect(kind('河对面山火好大烟，离我哋小区好远，唔使惊')).toBeNull();
    expect(kind('楼梯口好似有煤气味，燃气公司嚟睇过话唔系煤气，系垃圾桶臭')).toBeNull();
    expect(kind('厨房插座头先烧咗一下，已经冇冒烟，跳咗闸')).toBeNull();
    expect(kind('灶上油锅起火了，我用锅盖一盖，火马上就灭了，就是墙熏黑了')).toBeNull();
    // The head alone may not alarm where the danger is said to be a rumour, over, or the lost child found.
    for (const text of [
      '紧急扩散 话有人喺大桥跳咗落江 唔知真定假',
      '有个细路喺商场门口喊，话揾唔到阿妈，我而家陪咗佢喺保安室，佢好好',
      '今朝电梯困咗我同老公半个钟，老公而家喺屋企休息，冇受伤，但部电梯要彻底检查',
    ]) {
      expect(checkEmergency(normalize(text)).dismissed, text).toBe(true);
    }
  });

  it('reads "煲干咗，唔系漏气", "怕哪个被咬到", last night told as over "没出事", Gansu "我把傢领到…", "我还当着火了，原来是…煨" as no alarm', () => {
    expect(kind('头先闻到好大阵煤气味，原来系三楼阿婆煲汤煲干咗，唔系漏气，冇事')).toBeNull();
    expect(kind('后山草里有条大蛇，天热了，怕哪个娃娃被咬到，请人来打一下草')).toBeNull();
    expect(kind('昨晚上九点多，我回家在楼道里闻到一股煤气味，燃气公司来查是阀门松了，当场拧紧，没出事。今天想请物业统一查一遍')).toBeNull();
    expect(kind('昨晚上九点多，我回家在楼道里闻到一股煤气味，今天还有，越来越浓')).toBe('gas');
    expect(kind('有个尕娃娃 在门口哭 说找不着阿妈了 我把傢 领到 门卫室了 家长来领')).toBeNull();
    expect(kind('院子里一股烟，我还当着火了，原来是隔壁在煨洋芋')).toBeNull();
  });

  it('reads a sign swinging in a typhoon "底下…刚才还有几个人"; and "关好了…现在没得事了", "扒门出来了", "白紧张一场", last night told as over as no alarm', () => {
    expect(kind('台风好大，对面楼顶那块广告牌一边脱开了，在那边甩来甩去，底下停车场刚才还有几个人在搬车')).toBe('falling');
    expect(kind('早上楼道里闻到一股煤气味，喊燃气公司来看了，是三楼灶具开关没关严，已经关好了也开了窗，现在没得事了')).toBeNull();
    expect(kind('电梯刚才困了个人，卡在三楼，自己扒门出来了，人没事，电梯还停着')).toBeNull();
    expect(kind('我以为哪里着火了，吓得往楼下跑。下去一看，原来是隔壁在烧猪毛，白紧张一场')).toBeNull();
    expect(kind('夜儿个黑夜炉子倒烟，头疼，心口闷，开了窗坐到天亮，早上起来就好了。今天想请人查查烟道')).toBeNull();
    // The head alone may not alarm on a lost child the writer is minding, nor on last night told as over.
    for (const text of [
      '有个小女娃娃在岗亭边哭，问她住哪栋讲不清楚，我现在带她在门卫室烤火，家长看到来接',
      '跟大家说个事。夜儿个黑夜我家一氧化碳报警器响了，赶紧开窗，在楼道站了半个钟头。今儿个瞭了是风帽歪了，现在人都好好的，麻烦物业上楼顶正一下',
    ]) {
      expect(checkEmergency(normalize(text)).dismissed, text).toBe(true);
    }
  });

  it('reads a slide into a home where nobody answers, Min "三日无见…在厝内哼"; and a fire pit lit again, "来了才放出来", "才出来，还好人无事" as no alarm', () => {
    expect(kind('雨下了一夜，后山泥巴滑下来把坡脚王老倌的木屋子后墙推垮了，门也堵死了，喊了几声冇人应，他屋里只有他一个人')).toBe('trapped');
    expect(kind('隔壁阿伯三日无见，今早听着伊在厝内哼，门锁着')).toBe('medical');
    expect(kind('天冷了，屋里火盆又烧起来了，一家人围起烤火')).toBeNull();
    expect(kind('电梯上午关了人，对门李婆婆在里面关了二十分钟，师傅来了才放出来，吓坏了')).toBeNull();
    expect(kind('电梯刚才又困人了，二十分钟才出来，还好人无事，快派人修')).toBeNull();
    // Unseen for days with no sign inside is care (docs/labelling.md): the head alone may not alarm on it.
    expect(checkEmergency(normalize('对门阿嬷两日无见落楼，拍门无人应，伊仔在外地，社区能帮忙联系无')).dismissed).toBe(true);
  });

  it('reads a fit "发烧 抽了 眼往上翻", a thud in a bathroom, a child out past a window, a sign half hanging over people sheltering, "入面系阿婆"; and hearsay, a far hill, a worry, damage left, found and home as no alarm', () => {
    expect(kind('俺闺女 发高烧 抽了 眼往上翻 快来人')).toBe('medical');
    expect(kind('刚才听到对门卫生间扑通一声，然后老太太在喊，她一个人住，门打不开')).toBe('medical');
    expect(kind('阳台上那个是哪家的？三四岁的样子，爬到5楼防盗窗外面的架子上去了，屋里好像冇大人')).toBe('falling');
    expect(kind('骑楼底好多人避雨，上面间铺头个招牌一边挂住，每阵风吹过都撞落墙')).toBe('falling');
    expect(kind('电梯停咗 入面系隔篱阿婆 佢话好闷')).toBe('trapped');
    expect(kind('独居嘅陈伯，今朝牛奶冇拎入去，头先喺门口听到里面好似有人好细声叫，敲门冇人开，电视开住好大声')).toBe('medical');
    expect(kind('我听别人说 城西那边有个小区电动车着火了 大家别往楼上推车')).toBeNull();
    expect(kind('对面塬上烧荒着火了，离咱小区远得很，关好窗就行')).toBeNull();
    expect(kind('楼道里有人充电，插线板放在楼梯上，我担心会起火')).toBeNull();
    expect(kind('边个部车停喺单元门口，阿公轮椅出唔到，快啲挪车')).toBeNull();
    expect(kind('后山鱼塘里有个人在扑腾，头一下冒出来一下没下去，周围没人会游水')).toBe('police');
    expect(kind('楼下两口子吵架，男的拿根棍子在楼道挥，现在被邻居劝走了，人都没事')).toBeNull();
    expect(kind('【寻人】城南一位八十岁阿婆昨日走失，有老人痴呆，穿蓝衣服，见到请联系家属，多谢转发')).toBeNull();
    expect(kind('三楼厨房冒了一点烟然后他们家自己已经灭掉了人没事就是墙上的电线烧黑了一截露出铜丝')).toBeNull();
    expect(kind('说个事，昨天下午把我吓惨了。我外孙放学没回来，找了两个钟头，最后是在后山水塘边找到的，人没得事，已经接回来了')).toBeNull();
    // The head alone may not alarm on a lost child already at the gatehouse, nor on last night told as over in Cantonese.
    for (const text of ['门口有个小孩在哭，问他住哪说不明白，我先领到门卫室了，家长快来', '讲下琴晚嘅事。电梯困咗我同阿妈二十分钟，撳警铃冇人应，而家人冇事，返咗屋企']) {
      expect(checkEmergency(normalize(text)).dismissed, text).toBe(true);
    }
  });

  it('reads "窗口一直出灰烟", smoke "往下飘" through ceiling boards; and "这要着了火…", out "已经出来了，没事" a sentence on, a bite "已经…没事了" as no alarm', () => {
    expect(kind('三楼那家冇人在屋，头先窗口一直出灰烟，门把手摸落去热嘅')).toBe('fire');
    expect(kind('我家天花板木板缝里一缕一缕往下飘烟，上面阁楼全是老电线')).toBe('fire');
    expect(kind('楼梯底下天天有人推电瓶车进来充电，这要着了火一楼梯都是烟，谁也下不去')).toBeNull();
    expect(kind('刚才电梯困人了，里头是我老娘，卡在三楼。幸好师傅很快就到了，人已经出来了，没事，就是吓着了')).toBeNull();
    expect(kind('跟物业说个事，昨天下午我们家老头子在18号楼后头那块菜地里被蛇咬了一口，已经在县医院打了血清，没事了。那条蛇今天又看到了，请人来抓')).toBeNull();
  });

  it('reads a haystack alight "火往楼这边烧"; and "应该打哪个电话", "说没漏", "寻人来抓", sparks "闸拉了 现在没电" as no alarm', () => {
    expect(kind('5号楼后头草垛着了，火往楼这边烧，快来人')).toBe('fire');
    expect(kind('闻到煤气味应该打哪个电话？燃气公司还是物业？')).toBeNull();
    expect(kind('楼道里老有股煤气味，燃气公司来测过说没漏，是楼下饭馆的排气口')).toBeNull();
    expect(kind('昨天傍晚我在河边让野狗咬了一口，打了疫苗了，那几条狗还在转悠，社区赶紧寻人来抓')).toBeNull();
    expect(kind('3号楼 配电箱冒火花 闸拉了 现在没电')).toBeNull();
  });

  it('reads a lift "半中腰" with knocking "砰砰砰"; and a smell gone "现在关好了…味道也散掉了", last night\'s fire "几下就救熄咗", "我转个视频" as no alarm', () => {
    expect(kind('3号楼电梯又不动了，停在七楼八楼半中腰，里头砰砰砰拍门，听着是个老太太')).toBe('trapped');
    expect(kind('楼道里一股煤气味，后来才晓得是三楼在换煤气罐，阀门没拧紧漏了一点，现在关好了，窗户也开了，味道也散掉了')).toBeNull();
    expect(kind('讲下琴晚嘅事：十点几成栋楼跳闸，落楼一睇系后面个电箱冒火，好彩保安拎咗灭火器出嚟，几下就救熄咗，不过电箱门冇咗')).toBeNull();
    expect(kind('我转个视频啊，说是水库那边有个娃娃掉冰窟窿里了，幸亏有人救上来了，大家看好娃娃')).toBeNull();
  });

  it('reads a fire-basket slept by "叫渠叫弗醒…我头也晕", a Hakka TV on "开到今晡日一直冇关"; and a valve "而家拧返好喇，冇事", a smell "现在好像又闻不到了", "弗好意思" as no alarm', () => {
    expect(kind('阿爷昨夜烤火笼困的，门窗都关牢，今早叫渠叫弗醒，面孔红通通，我头也晕')).toBe('gas');
    expect(kind('对门阿婆屋下个电视从前晡夜开到今晡日一直冇关，𠊎敲了几次门冇人应，佢一个人住')).toBe('medical');
    expect(kind('头先楼梯有煤气味，系二楼换罐冇拧实个阀，而家拧返好喇，冇事')).toBeNull();
    expect(kind('早上楼道里闻到一点煤气味，现在好像又闻不到了，能不能请燃气公司来查一下')).toBeNull();
    expect(kind('楼道里那股烧焦味是我屋里在熏香肠，烟大了点，弗好意思哦')).toBeNull();
  });

  it('reads a message telling last night\'s trapping that ends "人倒是没得事" as no alarm, and lets the head alone not alarm on a fall "打了石膏…已经回家了" or a smell "没事了"', () => {
    expect(kind('说个事，昨天晚上九点多，我们八栋那个电梯卡在三楼四楼中间，里面关了个送水的师傅，按警铃没人应，后来是消防来了才把门扒开，人倒是没得事。今天电梯照样在用，物业查过没有？')).toBeNull();
    for (const text of [
      '跟社区说个情况。二栋的李奶奶前天在楼梯口摔了一跤，邻居送去医院拍了片，打了石膏，昨天已经回家了。她一个人住，能不能安排人每天送顿饭',
      '夜来单元楼道里有股煤气味，后来查出是三楼老人灶开关没拧紧，已经关了，开窗通风没事了。能不能给老人装个报警器',
    ]) {
      expect(checkEmergency(normalize(text)).dismissed, text).toBe(true);
    }
  });

  it('reads a call to store water before a cut as a notice, in any dialect, but not a question about it', () => {
    for (const text of ['F座各位街坊，后日朝早九点清洗水池，大家储定啲水啊，之前有人冇储到', '周四全天停水，邻居们记得储好水']) {
      expect(isForwardOrAd(normalize(text))).toBe(true);
    }
    expect(isForwardOrAd(normalize('后日停水，使唔使储水？大家储定水吗'))).toBe(false);
  });

  it('reads a warning a few words before a danger as no alarm ("别冻裂了淹了楼下")', () => {
    expect(checkEmergency(normalize('出门的把水管阀门关好，别冻裂了淹了楼下')).kind).toBeNull();
    expect(checkEmergency(normalize('楼上水管冻裂了淹了我家')).kind).toBe('flood');
  });

  it('lets no head veto sparks seen or heard now, but reads welding sparks as no alarm of that kind', () => {
    const switchRoom = checkEmergency(normalize('紧急反映：地下室配电间进水，水快到配电柜了，现场有滋滋放电声，请立即断电'));
    expect([switchRoom.kind, switchRoom.witnessed]).toEqual(['electric', true]);
    expect(p('关于5栋地下室配电间进水的紧急反映：水已漫到配电柜底部，现场有滋滋放电声，请供电部门立即断电处理，防止触电和火灾。').emergency).toBe(true);
    expect(checkEmergency(normalize('楼顶有人在焊铁架子，一直在冒火花')).witnessed).toBe(false);
    // Water still rising, said in the alarm's own sentence, is as plain as sparks seen.
    expect(checkEmergency(normalize('暴雨天阳台的水倒灌进屋了，水还在往里涨')).witnessed).toBe(true);
    expect(checkEmergency(normalize('暴雨天阳台的水倒灌进屋了，拖了半天')).witnessed).toBe(false);
    expect(checkEmergency(normalize('顶楼水箱间的水持续流入楼道，已经漫到5楼了')).witnessed).toBe(true);
    // Water up to a bed anywhere in a flood alarm, even told after the car park.
    expect(checkEmergency(normalize('下了一夜雨，地下车库都淹了，车也挪了。楼下王奶奶打电话说水淹到床边了，她腿不好')).witnessed).toBe(true);
    // Someone with dementia gone until now: the head may not veto it either.
    expect(checkEmergency(normalize('我爸有老年痴呆，早上出门到现在还没回来')).witnessed).toBe(true);
    expect(checkEmergency(normalize('我家孩子早上出门到现在还没回来')).witnessed).toBe(false);
  });

  it('reads a lift opened "后来…打开了…出来了，人也没啥事", a sign loose "今天没风还好", a cry that was the TV "一看是…电视", a gas leak the gas company stopped, and "我看到别的群说" as no alarm', () => {
    expect(kind('上午五栋电梯卡在六楼，我家老头子在里面拍门喊人。后来物业的小王拿钥匙把门打开了，老头子出来了，人也没啥事，就是吓着了。这电梯能不能换个新的')).toBeNull();
    expect(kind('刚才六栋电梯停了，我妈跟邻居困在里头半个钟头，后来维保的来扒开门的，人冇得事，就是吓到了')).toBeNull();
    expect(kind('七栋楼顶的广告牌一边已经脱开了，下面就是人行道，今天没风还好，起台风就麻烦了，物业联系下店家')).toBeNull();
    expect(kind('十一栋四楼那户的空调外机挂在那里一晃一晃的，下面就是单元门，今天冇风还好，一刮大风就危险，麻烦通知一下业主')).toBeNull();
    expect(kind('前晚听到楼上有人喊救命，我跟老伴吓得赶紧上去敲门，一看是他家电视声音开太大，在放打仗的片子，虚惊')).toBeNull();
    expect(kind('我跟燃气公司反映过了。前天晚上我买菜回来，一上三楼就闻到很浓的煤气味，赶紧打了电话，燃气公司的师傅来了查到是二楼表后阀漏气，当场拧紧了。就是想问问老管子什么时候统一换')).toBeNull();
    expect(dismissed('帮忙扩散下，我看到别的群说东门菜场那边有个老人走丢了，穿灰棉袄，有线索的联系他家人')).toBe(true);
  });

  it('reads a fire far off "我们这边没事", an ambulance come and gone "大家不用担心", a lost elder sat with "陪着她" or found "已经…找到了", and a fall back from hospital as no alarm', () => {
    expect(kind('江那边冒好大的烟，好像是那边仓库着火了，消防已经去了，我们这边没事，大家把窗户关一下')).toBeNull();
    expect(kind('刚刚楼下救护车来是接八栋那个老奶奶去医院，她儿子跟着去了，人是清醒的，说是低血糖，大家不用担心')).toBeNull();
    expect(kind('有个老太太在我们楼下花坛坐了半天，问她家在哪说不清楚，看着像走失的，我已经给她拿了件衣服陪着她，社区帮忙找找家里人')).toBeNull();
    expect(dismissed('三栋的张大爷昨天在菜市场滑了一跤，现在从医院回来了，手上打着石膏，家里就他一个，社区能不能安排人帮他买买菜')).toBe(true);
    expect(dismissed('五栋的王奶奶下午又一个人出门了，她有点糊涂，刚刚已经在公园那边找到了，现在在她女儿家，大家帮忙留意一下以后别让她一个人出去')).toBe(true);
    // Someone hurt and unable to speak is no lost elder, whoever sits with them.
    expect(p('刚下楼看到路边一个老伯趴在地上，喊他只会动手，嘴里说不出话，我先在这陪着他，谁来帮下忙').emergency).toBe(true);
  });

  it('reads a sentence that opens on yesterday and never turns to now, a fire only thought of, the gas company at work, a cry that was a TV drama, a smell asked about and gone as no alarm', () => {
    // The sentence opens on a past day and says nothing of now: sparks the electrician has cut off, a fall seen to.
    expect(kind('前天夜里6栋3单元楼道电表箱啪啪冒了几下火花，整栋跳闸了，电工半夜把总闸拉了，说要等材料换线，物业抓紧点')).toBeNull();
    expect(kind('昨天晚上四栋2单元那截楼梯扶手松了，三楼的周爷爷下楼没扶稳摔了一跤，送医院看了，骨头冇断，在屋里养着。扶手到现在还晃，麻烦物业来修')).toBeNull();
    expect(kind('刚才吓一跳。我进单元门闻到一股很重的烟熏味，以为哪家着火了，赶紧一家家去敲门。结果到六楼一看，原来是六楼大爷在阳台上熏腊鱼')).toBeNull();
    expect(kind('楼道里刚才好大一股煤气味，问了才晓得，原来是二楼新装热水器在调试，现在味道没有了，大家莫慌')).toBeNull();
    expect(kind('刚才楼道那股煤气味是燃气公司在门口改管道，人家师傅在现场盯着呢')).toBeNull();
    expect(kind('刚才楼上有人喊救命，我跑上去敲门，原来是大爷在看打仗的电视剧，声音开得老大')).toBeNull();
    expect(kind('谁家在烧焦什么东西？楼梯间一股焦味，现在好像散了')).toBeNull();
    expect(kind('那个三号楼电梯前天下午关了人，后来人是出来了，今天坐又抖了两下，赶紧叫人来查')).toBeNull();
    expect(kind('说一下前天晚上的事。前天晚上九点多，我们5栋二单元楼道里电表箱着火了，先是一股烧胶皮味，后来冒烟，还好邻居拿灭火器喷灭了，前后几分钟，表箱烧黑了要换')).toBeNull();
    expect(dismissed('讲一下昨天晚上的事，十点多六栋楼下两个人喝醉了打架，有人报了警，警察来之前他们就跑了，今天楼下还有玻璃碴子，物业扫一下')).toBe(true);
    expect(dismissed('有个老爷爷在我们楼下转了半天，问他住几单元说不清，我已经把他带到超市里坐着了，谁家的快来接')).toBe(true);
    // A fall only feared for next time, only thought of, or seen to with medicine on.
    expect(kind('这个坡道冬天太滑了，下回摔骨折了谁负责，物业赶紧铺个防滑垫')).toBeNull();
    expect(kind('楼上天天半夜咚的一声，有一回我还以为是有人晕倒了，上去问才知道是在放哑铃，太吵了麻烦管管')).toBeNull();
    expect(kind('我家阿婆被狗追得跌倒了，手擦破了皮，已经搽了药，冇什么事，那几条狗物业要管管')).toBeNull();
    // A past day that runs on to now is no past: "昨晚起夜没回来…找过了冇看到".
    expect(p('我家老头子昨晚起夜出去就没回来，他有点糊涂，手机也没带，附近都找过了没看到，穿灰棉袄').emergency).toBe(true);
  });

  it('reads smoke across the river as far off unless the fire is coming this way, a lift that moved again by itself with the person out, and a lost elder who "找不着家" sat down in a shop as found', () => {
    expect(kind('江对面码头仓库那边在冒好大一股黑烟，是不是哪里着火了？有没有人晓得')).toBeNull();
    // A lift that moved again by itself, or was prised open from inside, the person out.
    expect(kind('刚刚九栋电梯又关人了，是对门阿婆，按了半天警铃没人理，还好自己扒开门出来了，人没事。这电梯物业到底管不管')).toBeNull();
    expect(kind('刚才七栋电梯又卡住了，里面是买菜回来的李阿姨，在里头敲门，我们在外面急得团团转，等了七八分钟电梯自己又动了，门一开人出来了，没啥事，就是吓到了，这电梯到底修不修')).toBeNull();
    expect(kind('江对面码头那边着火了，火都烧到我们这边的堆场了，快打119')).toBe('fire');
    expect(kind('小区门口有个老奶奶说找不着家了，我先让她在超市里坐着喝口水，谁认识来接一下')).toBeNull();
  });

  it('reads someone heard moaning inside a home unseen for days as a 120 call, and a smell the gas company found nothing in, or a fire put out "没伤到人" the night before, as no alarm', () => {
    expect(kind('我们楼下住的钱奶奶一个人住，这四五天都没见她下楼，报纸在门口堆着。刚才我路过她家门口，里面收音机开着，声音不小，隐约听到好像有人在哼，喊了两声没人答应，三单元102，谁有她儿子电话')).toBe('medical');
    expect(kind('最近这一个来月，半夜窗户缝里老钻进来一股刺鼻的味儿，闻着有点像臭鸡蛋，一开始我以为家里燃气漏了，叫燃气公司来查过，啥事没有，估计是外面哪个厂排的，社区能不能帮忙问问')).toBeNull();
    expect(kind('前天夜里车棚那边有辆电动车电池烧起来了，邻居拿灭火器灭了，没伤到人。今天车棚里还是一股烧焦的胶皮味，那些私拉的电线物业要清一清')).toBeNull();
  });

  it('reads a lift door prised open "我们俩都没伤着", "然后…放出来了 人没啥事", someone the ambulance has taken "白车已经嚟咗车咗佢去医院", smoke "后来烟就没了" as over', () => {
    expect(kind('刚才八栋电梯困了人，我对门阿姨关在里头一刻钟，然后维保来了给放出来了 人没啥事 这电梯老这样能不能彻底修')).toBeNull();
    expect(kind('六栋右边电梯刚才困了人，关了十几分钟，保安撬开门人出来了冇事，但系呢部电梯成日坏，物业爱彻底修下')).toBeNull();
    expect(kind('跟物业反映一下，今天中午我们五栋二单元电梯突然往下一沉停住了，我跟我孙女在里头，按了呼叫器等了一刻钟，保安来了才把门扒开，我们俩都没伤着，就是吓坏了，这电梯必须检修')).toBeNull();
    for (const text of [
      '同物业讲声，头先八座三楼阿婆喺楼梯度跣低咗，白车已经嚟咗车咗佢去医院，屋企人跟住去咗。嗰级楼梯嘅防滑条甩咗，唔该快啲整返',
      '跟物业说个事，刚才车棚里一辆电动车电池鼓包冒了一点白烟，车主下来把插头拔了，把车推到空地上，后来烟就没了，车棚里私拉的线物业管一管',
    ]) {
      expect(dismissed(text), text).toBe(true);
    }
  });

  it('reads a lost elder who "说不上来" sat with at the gate, a child "我带她在超市", yesterday\'s fall "夜个…现在住在镇医院", a lift "最后还是自己用手扒开的", a valve "已经拧紧了，无事了" as no alarm', () => {
    expect(dismissed('小区门口有个老奶奶在转悠，问她家住哪也说不上来，我先陪着她在门卫室，麻烦物业在群里问问')).toBe(true);
    expect(kind('5栋门口。有个小妹妹。在哭。找不到妈妈。我带她在超市。三四岁。红衣服。家长快来。')).toBeNull();
    expect(kind('俺家老头夜个在楼梯上崴了一跤 脚骨折了 现在住在镇医院 俺一个人顾不过来 社区能不能帮帮忙')).toBeNull();
    expect(kind('三号楼电梯老出毛病，前天晚上到六楼停住了，门半天不开，我在里面按警铃，没人应，最后还是自己用手扒开的，物业管不管')).toBeNull();
    expect(kind('刚才楼道煤气味系三楼阿婶换罐，阀门无拧紧，已经拧紧了，无事了')).toBeNull();
  });

  it('reads a box "滋啦滋啦…闪一下蓝光" and lips "嘴巴乌起的" as emergencies; and "么事都冇得", "要是响了", "已经拧紧了…大家不要紧张", "现在没有味道了", "弗晓得真弗真", a child without a key taken home, "现在已经没事了" as no alarm', () => {
    expect(kind('二单元楼下那个电表箱 一直滋啦滋啦的响 还时不时闪一下蓝光 地上掉了些黑渣子 有股烧塑料的味 我不敢过去')).toBe('electric');
    expect(kind('对面那个小伙子前天才上高原来的 刚刚在楼梯口一直喘气 嘴巴乌起的 咳的痰是粉红色的泡泡 他说歇歇就好')).toBe('medical');
    for (const text of [
      '刚刚楼下一股煤气味，吓我一跳，下去一看是李姐在院子里用液化气灶炒花生，么事都冇得，大家莫慌',
      '请问楼道里那个燃气报警器要是响了 我们该找物业还是找燃气公司',
      '刚才楼道里那个煤气味道我问了是四楼换罐子漏了一点现在已经拧紧了窗户也开了大家不要紧张',
      '刚才电梯里面一股烧焦的味道 电梯抖了一下又好了 现在没有味道了 还是麻烦派人来查一下九栋的电梯',
      '我姑妈群里发来的，讲西湖边上有人落水了，弗晓得真弗真，大家屋里小囡覅去水边白相',
      '楼道里那个电动车充电器今早在冒烟，一股焦糊味，还好车主听到我喊马上把插头拔了，现在已经没事了，物业管管楼道充电',
    ]) {
      expect(kind(text), text).toBeNull();
    }
    // Rubbish burnt by "么个人" (Gan: somebody) is smoke to complain of, not a fire.
    expect(kind('后面空地上么个人在烧垃圾，塑料袋子旧鞋子一起烧，黑烟熏到屋里来了，窗户都不敢开')).toBeNull();
    expect(dismissed('五幢有个小姑娘放学没带钥匙在楼梯上哭，我先领到我家了，在写作业，说是302的，她妈妈电话打不通，网格员有没有她家里人电话')).toBe(true);
  });

  it('reads a child crying in a car shut tight as trapped; and a game of cops and robbers, a stroke "在家 瘫着" as no alarm', () => {
    expect(kind('超市门口那辆黑色轿车里头有个小娃娃在哭，车窗关得死死的，太阳底下晒着，大人不晓得去哪了，就在5栋旁边')).toBe('trapped');
    expect(kind('昨晚听见楼下有人喊救命，吓一跳，扒窗户一看原来是几个小孩在玩警察抓小偷')).toBeNull();
    expect(kind('我 婆婆 脑梗 在家 瘫着 我 一个人 抱不动 她 想问 社区 有没有 上门 护理 7栋 302')).toBeNull();
  });

  it('reads a Southern Min all-clear "即马已经锁好矣，楼梯间无味了" and a lost boy who "叫不上爸妈名字", sat with at the gate, as no alarm', () => {
    expect(kind('大家免惊，头拄仔讲的瓦斯味是三楼咧换瓦斯桶，接头无锁好，即马已经锁好矣，楼梯间无味了')).toBeNull();
    expect(dismissed('小区门口有个小男孩在哭，问他家住哪栋他只晓得有个滑梯，叫不上爸妈名字，我先带着他在门卫室坐着，麻烦大家帮忙问问')).toBe(true);
  });

  it('reads "说个事，前天晚上…冒了一下火花…总闸拉了" as past, a lift that dropped with nobody left inside as an outage, and a lost elder "现在我陪着她" as found', () => {
    expect(kind('说个事，前天晚上九点多，六栋二单元一楼的电表箱突然啪的一声冒了一下火花，整个单元都跳闸了，后来电工把总闸拉了，说线老化了要换')).toBeNull();
    expect(dismissed('五号楼的电梯刚才往下掉了一截又停住了，我赶紧按开门出来了，现在停在四楼，里头没人了，快找人来看看')).toBe(true);
    expect(dismissed('早上有个老奶奶在3栋门口转来转去，叫不上家里人名字，现在我陪着她坐在门卫室，谁家老人穿红棉袄的快来接')).toBe(true);
  });

  it('reads a Southern Min stairwell smelling "一股瓦斯臭" as gas, and "大伙儿别担心了" as an all-clear', () => {
    expect(kind('三号楼楼梯间一股瓦斯臭，二楼三楼都闻会着，毋知佗一户漏的，阮毋敢揿电铃，恁紧来看')).toBe('gas');
    // …and a north-eastern all-clear "大伙儿别担心了" as none.
    expect(kind('楼道那股煤气味问清楚了，是楼下饭店换气罐跑的味儿，不是咱楼漏气，大伙儿别担心了')).toBeNull();
  });

  it('reads a child fallen through a cover and crying below as trapped, not the fear of it', () => {
    expect(kind('三号楼后头那个窨井盖子碎了，一个细伢子踩上去掉下去了，在底下哭，看不到人，快拿绳子来')).toBe('trapped');
    expect(kind('五幢楼下的窨井盖子弗晓得啥人拿脱哉，黑洞洞一只洞，小囡跌进去哪能办，快点叫人来盖好')).toBeNull();
  });

  it('reads a lift\'s light gone out, spaced by voice input ("灯 也 灭了"), as no all-clear', () => {
    const spaced = p('我们 三个 人 关 在 电梯 里 出不来 七号楼 一单元 灯 都 灭了 手机 快 没电');
    expect(spaced.emergency).toBe(true);
    expect(spaced.emergencyKind).toBe('trapped');
    // …while a fire put out is still one.
    expect(p('厨房 油锅 着火了 已经 扑灭了 没事').emergency).toBe(false);
  });

  it('reads a burning smell owned up to ("是我屋里熬猪油熬过头了…对不起大家") or traced to a switch already cut off till tomorrow as no alarm', () => {
    expect(kind('刚才有人问五楼过道里一股焦糊味，是我屋里熬猪油熬过头了，烟子有点大，对不起大家哈')).toBeNull();
    expect(kind('三单元楼梯口一股焦糊味，原来是一楼配电箱里空开烧了，师傅来看了把电断了，说回头拿新的来换')).toBeNull();
    // Guards that must keep alarming: the cooking caught fire; the box still smoking and nobody has cut it.
    expect(kind('过道里一股焦糊味，是三楼熬猪油锅里着火了，火苗子老高，对不起打扰了快来人')).toBe('fire');
    expect(kind('楼道一股焦糊味，电表箱在冒烟，赶紧来人断电')).toBe('electric');
  });

  it('reads children who keep going up to a roof\'s edge, a stove "还带着火", and advice for a smell as no alarm', () => {
    expect(kind('7号楼天台门老是开着，放了学经常有几个小孩跑上去在楼顶边上追着玩，物业把门锁上吧')).toBeNull();
    expect(kind('三楼过道里谁家放了个煤炉子还带着火，过路的都得绕开，万一踢翻了可咋弄')).toBeNull();
    expect(kind('各位做饭前闻一闻，有煤气味道就不要打火不要开灯，开窗通风')).toBeNull();
    // Guard: children at the edge now.
    expect(kind('7号楼楼顶有几个小孩在边上栏杆那儿追着玩，快来人')).toBe('falling');
  });

  it('reads a story that ends "虚惊一场" or "有惊无险" far from its danger as no alarm', () => {
    expect(kind('刚才楼道里一股烧焦味，越来越大，我赶紧出门去看，楼道里有点烟。挨家挨户敲门问了一圈，最后问到四楼，是老两口午睡前炖的排骨忘了关火，锅都烧黑了，开窗散了半天，虚惊一场。楼道里的烟感一声没响，物业查查')).toBeNull();
    expect(kind('刚才三楼那家小孩爬到阳台栏杆外面，大伙儿都看见了，后来他爸爸回来把他抱进去了，算是有惊无险。能不能提醒他家装个防护网')).toBeNull();
    // Guard: a smell growing with smoke at a door nobody answers.
    expect(kind('楼道一股烧焦味，越来越浓，三楼门缝在冒烟，敲门没人应，快来人')).toBe('fire');
  });

  it('reads a danger after a notice passed on for someone ("我替楼长转一下"), smoke too thick to see anyone, and a unit hanging in a wild wind as alarms', () => {
    expect(kind('跟大家说一下，下周二社区打疫苗，我替楼长转一下。还有，刚才我在车棚那边看到一个老头趴在地上，叫他不应，嘴唇发紫')).toBe('medical');
    expect(kind('八栋三楼过道烟子好大 看不清人')).toBe('fire');
    expect(kind('今天这风刮得真邪性，五号楼四楼那家的空调外机，整个耷拉下来了，底下就是菜市场的道，人来人往的')).toBe('falling');
  });

  it('reads south-western "莫得事", "现在…莫得烟了", a stove lit for warmth, "有 心脏病" spaced, and despairing talk day after day as no alarm', () => {
    expect(kind('刚刚 那个 焦糊味 是 二楼 在 炸 辣椒 油 已经 莫得事了')).toBeNull();
    expect(kind('下午二栋那个电表箱冒了一下烟，有点糊味，现在来电了，莫得烟了，麻烦电工有空来看一哈')).toBeNull();
    expect(kind('楼道里一股焦糊味，顺着找了找，原来是一楼车库里住的那个看车的小伙子弄了个铁皮炉子烧火取暖，烟筒伸到外头，物业管管')).toBeNull();
    expect(kind('我 妈 有 心脏病 晚上 一个人 在家 社区 有没有 上门 陪护 的')).toBeNull();
    expect(kind('一单元顶楼那个阿姨这几天天天在楼道里哭，说活着没意思，社区能不能找人陪她说说话')).toBeNull();
    // Guard: on a roof's edge now.
    expect(kind('五楼那个小伙子站在楼顶边上，说活着没意思，快来人')).toBe('police');
  });

  it('reads a sign swinging "挂在那荡秋千" in a gale over a bus stop, someone not back with the phone unreachable, and a fire after "平时天天冒白烟…可是刚才" as alarms', () => {
    expect(kind('今天风刮得好大，七栋楼下那个快递柜上面的广告牌，一头已经掉了，挂在那荡秋千，底下就是公交站，好多人在等车')).toBe('falling');
    const notBack = p('住我们楼的那个小伙子前天说去后山挖菌子，说好昨晚回来，到现在都没回来，电话打不通，山里昨晚下了暴雨');
    expect(notBack.emergency).toBe(true);
    expect(notBack.emergencyKind).toBe('missing');
    expect(kind('上次说的那个锅炉房，平时天天冒白烟我们都不管，可是刚才看那边的烟不对劲，黑乎乎的，火苗从窗子窜出来了')).toBe('fire');
  });

  it('reads an axe taken to frozen ribs, a worn gas hose told after "说哈昨天晚上的事", "冇得火星子", a lift that moved again, "这会儿都没事了" and "漫水桥" as no alarm', () => {
    expect(kind('排骨冻成一坨了，得拿斧子剁开')).toBeNull();
    expect(dismissed('跟大家说哈昨天晚上的事，我在屋头煮稀饭忘了关火，锅烧干了满屋子烟，开窗散了就好了。另外厨房那根燃气软管老化了，麻烦物业帮我联系换一根')).toBe(true);
    expect(kind('配电箱啪的一声整个单元停电了，我去看了，现在冇得火星子也冇得味道，派个电工来')).toBeNull();
    expect(dismissed('三号楼电梯又卡在三楼了，我和我妈在里头关了一会儿，后来自己又动了，我们赶紧下来走楼梯了，麻烦物业好好修一修')).toBe(true);
    expect(dismissed('说个事，夜儿个黑里俺闻着楼道里有股子煤气味，敲了一圈门，最后是四楼那家锅熬干了把火浇灭了。幸亏发现得早，这会儿都没事了。燃气公司能不能来查查老灶')).toBe(true);
    expect(kind('漫水桥 水 已经 漫过去了 大家 绕 路 走')).toBeNull();
    // Guards: a blade taken to a person; a worn hose hissing and smelling now; a lift stuck now.
    expect(kind('卖肉的那个男的喝多了，拿刀砍人了，快报警')).toBe('police');
    expect(kind('厨房燃气软管老化裂了，一股煤气味，嘶嘶响')).toBe('gas');
    expect(kind('电梯卡住了，我和我妈在里头，按铃没人应，快来人')).toBe('trapped');
  });

  it('reads something loose that "目前还架得挺牢" as a worry for later, which the head may not alarm on', () => {
    expect(dismissed('三楼那家阳台外头的花架子锈了 歪了一点 下面是过道 目前还架得挺牢 就怕以后掉下来砸着人')).toBe(true);
  });

  it('reads cigarette smoke, "有烟熏味", "一着火…就全完了", a Cantonese valve "闩咗", and a fracture "这会儿从医院回来了" as no alarm', () => {
    expect(kind('五楼那家开了个棋牌室，一屋子人吸烟吸得走廊里都是烟，门口烟头一地')).toBeNull();
    expect(kind('这几天傍晚楼道里有烟熏味，我下去转了一圈，一楼那家在后院熏腊肉，大家莫慌')).toBeNull();
    expect(kind('二楼那家在阳台上堆满了干柴火，旁边还生着炉子，一着火这栋楼就全完了，物业去说说')).toBeNull();
    expect(kind('头先楼梯有阵好大嘅煤气味，后尾问咗先知系二楼换煤气罐嗰阵漏咗少少，已经闩咗阀开咗窗冇事')).toBeNull();
    expect(kind('网格员，十二号楼的李大爷上个月在浴室滑倒了，胯骨骨折下了，这会儿从医院回来了，床上躺着，老伴腿脚不好，社区能帮着照看一下吗')).toBeNull();
    // Guards: a fire in the card room; a fall now.
    expect(kind('五楼那家麻将馆里着火了，一屋子人往外跑，楼道里全是烟')).toBe('fire');
    expect(kind('刘奶奶刚才在楼梯上摔了，骨折了，起不来，快叫120')).toBe('medical');
  });

  it('reads a Cantonese child "喊住揾阿妈" already sat in the guard booth as found, which the head may not alarm on', () => {
    expect(dismissed('有个细妹仔喺停车场度喊住揾阿妈，话唔知自己住边栋，我先带佢喺保安亭坐住，边个家长快啲嚟')).toBe(true);
  });

  it('reads a phone heard ringing inside, unanswered, and "到 现在 天 都 黑 了 还 莫 回来" spaced by voice as alarms', () => {
    expect(kind('对门的刘婆婆一个人住，这几天冇看到她下楼，敲门冇人应，打她手机听到屋里头在响就是没人接，大家帮忙想想办法')).toBe('medical');
    expect(kind('我家 外公 下午 说 去 河边 钓鱼 到 现在 天 都 黑 了 还 莫 回来 他 有点 老年 糊涂 电话 也 没 带')).toBe('missing');
    // Guard: a child alone whose grown-ups are not back is care, not a search.
    expect(kind('楼上那个小娃儿一个人在家哭到现在，大人一直莫回来，能不能联系一下')).toBeNull();
  });

  it('reads smoke from tea "烘" over charcoal, "在床上躺了大半年" after a stroke, "冇人在里面", and "现在 莫得 味 了" as no alarm', () => {
    expect(kind('中午那个冒白烟的，是二楼阿姨在阳台上用炭火烘腊肠，我上去问过了，火都灭了，冇事')).toBeNull();
    expect(kind('我老伴脑梗了 在床上躺了大半年 我一个人抱不动她 社区能不能派个护工')).toBeNull();
    expect(kind('6栋电梯又停在三楼了 冇人在里面 麻烦师傅来修')).toBeNull();
    expect(kind('刚才 三楼 那股 煤气 味 是 换 罐子 漏 了 点 已经 拧紧 了 现在 莫得 味 了')).toBeNull();
    // Guard: a stroke now.
    expect(kind('我老伴刚才突然中风了，嘴歪了，说不出话，快叫120')).toBe('medical');
  });

  it('reads a slide still pushing in a wall with people living behind it as trapped, not an old crack in an empty house', () => {
    expect(kind('屋后那个坡上的泥巴还在往下冲，三栋后墙被顶得吱吱响，墙缝越来越大，二楼那两家还住着人')).toBe('trapped');
    expect(kind('屋后那个坡上的泥巴前几天往下冲过，三栋后墙有条缝，现在没人住了，找人来看看')).toBeNull();
  });

  it('reads a charcoal smell at the door of a home where nobody answers as fumes (medical)', () => {
    expect(kind('三楼那个独居的老爷子，报纸堆了两天冇收，我去敲门 里头收音机开着 就是冇人应 门缝里一股烧炭的味道 窗子关得死死的')).toBe('medical');
  });

  it('reads "今天风停了", "现在也没冒烟了", "我转一个…", someone "劝下来了" and "冇出大事" after yesterday\'s fire as no alarm', () => {
    expect(kind('七栋门口那棵梧桐昨晚被大风刮断了一根枝子，还挂在半空中，下面就是上学的路，今天风停了，麻烦物业锯掉')).toBeNull();
    expect(kind('前天晚上二单元那个电表箱冒了一下火花 然后就停电了 现在也没冒烟了 麻烦电工来看看')).toBeNull();
    expect(kind('那个我转一个 说是隔壁县有个小区燃气爆炸了 好几个人受伤了 大家用气注意一点')).toBeNull();
    expect(kind('五栋楼顶昨晡夜里有个妹崽想跳楼，好在消防来了劝下来了，人冇事，社区多关心一下渠')).toBeNull();
    expect(kind('跟大家说一下，昨天傍晚二栋四楼那家炒菜，油锅起火了，火苗子窜起来把墙都熏黑了，好在他家媳妇拿锅盖盖住了，冇出大事，楼道里的灭火器该换了')).toBeNull();
    // Guards: on the edge now; a pan fire now.
    expect(kind('三栋楼顶有个小伙子想跳楼，还站在边上，快来人')).toBe('police');
    expect(kind('五楼那家油锅着火了，火苗子窜到油烟机上了，快来人')).toBe('fire');
  });

  it('reads last night\'s fire put out with "没得人受伤" as told over, which the head may not alarm on', () => {
    expect(dismissed('昨晚十栋后面的草垛着火了，消防来扑灭了，没得人受伤。但是现在那里还剩一堆烧黑的木头，旁边还有娃娃在耍，麻烦来清一下')).toBe(true);
  });

  it('reads a welfare sign after "不晓得么时候培训" in a list of matters (no safety drill) and a light on "白天夜里" as an alarm', () => {
    expect(kind('我有几件事：一是楼下路灯坏了；二是社区书法班报了名，不晓得么时候培训。还有，对门独居的刘婆婆三天冇看到下楼了，屋里灯白天夜里一直亮着，敲门冇人应')).toBe('medical');
  });

  it('reads sparks from paper burnt for the dead, and a lift that "三天两头关人", as no alarm unless something catches', () => {
    expect(kind('六栋那家在楼道口烧纸，火星子落了一地，旁边就是电瓶车')).toBeNull();
    expect(kind('刚才我在三栋电梯里等了十来分钟，按警铃物业来把我放出来的，冇得事，可这电梯三天两头关人，要好好修一下')).toBeNull();
    // Guards: the sparks have caught; someone shut in now.
    expect(kind('六栋那家在楼道口烧纸，火星子飞到电瓶车上已经冒烟了，快来人')).not.toBeNull();
    expect(kind('电梯卡住了，我孙子关在里头，快来人')).toBe('trapped');
  });

  it('reads a burnt smell "下楼看了是…烤红薯" as no alarm', () => {
    expect(kind('刚才闻到一股焦糊味，吓我一跳，下楼看了是一楼那家在门口烤红薯，烟呛得人直咳嗽')).toBeNull();
    // Guard: the roasting has set something alight.
    expect(kind('一楼那家在门口烤红薯，火苗子窜到旁边纸箱上着火了，快来人')).toBe('fire');
  });

  it('reads "一点火星子就着起来了", smoke far off that "烧不过来", and wire insulation burnt for copper as no fire', () => {
    expect(kind('秋冬防火了，大家上山莫烧纸，草干得很，一点火星子就着起来了')).toBeNull();
    expect(kind('今天北边山上好像还在冒烟，不过远得很，在河那边，烧不过来的')).toBeNull();
    expect(kind('有人在车棚后面偷偷烧电线皮取铜，黑烟子臭得很，物业管一管')).toBeNull();
    // Guards: the burning has reached the scooters; the hill fire is coming this way.
    expect(kind('车棚后面有人烧电线皮，火已经烧到旁边的电瓶车了，快来人')).toBe('fire');
    expect(kind('北边山上冒烟了，火越烧越大，往我们小区这边来了')).toBe('fire');
  });

  it('reads roof sheets torn up in a typhoon, one already down, people on the walkway, as falling', () => {
    expect(kind('台风越刮越凶，对面五楼天台上那个彩钢棚的顶被风掀起来一大半，已经有一块飞下来了，人行道上还有人在走')).toBe('falling');
  });

  it('reads "今天是没有风了", a main "已经把总闸关了…现在不漏了", and a gas smell "时常" from a restaurant as no alarm', () => {
    expect(kind('那个就是前天晚上五栋门口那块灯箱被风吹得掉下来一半现在还挂在那里今天是没有风了但是下面是大家进出的路麻烦找人拆一下')).toBeNull();
    expect(kind('卫生间水管爆了，刚才喷了一地水，我已经把总闸关了，现在不漏了，明天请师傅来换')).toBeNull();
    expect(kind('楼道里时常有一股煤气味，是隔壁饭店排烟管对着窗户，天天这样')).toBeNull();
    // Guards: the pipe still spraying; a strong smell now.
    expect(kind('卫生间水管爆了，水一直往外喷，总闸在哪里找不到，快来人')).toBe('flood');
    expect(kind('楼道里突然一股很浓的煤气味，越来越重，快来人')).toBe('gas');
  });

  it('reads a gas smell traced to a blowtorch "不是漏气…放心", a stick poked at the ceiling, a burnt wire "别等出事", and waking "迷迷糊糊闻到" as no alarm', () => {
    expect(kind('早上楼道那股煤气味大家别慌，是二楼老李在院子里用喷枪燎羊蹄子，不是漏气，我问过了，放心')).toBeNull();
    expect(kind('五号楼楼上的嫌我们吵，天黑了还拿棍子往上捅楼板，又跑下来骂了一通，能不能管管')).toBeNull();
    expect(kind('三单元门口那个插座前几天打过火，今天看插座面板烧得焦黑，快找人来换，别等到出了大事')).toBeNull();
    expect(kind('半夜我迷迷糊糊听见楼下有动静，起来一看是收垃圾的车，吵得睡不着')).toBeNull();
    // Guards: a smell with no cause found; sparks still flying; a stick raised at a person; drowsy from fumes.
    expect(kind('楼道里一股煤气味，不知道哪家漏气，大家快查一下')).toBe('gas');
    expect(kind('楼道那个电箱还在冒火花，噼里啪啦的，快来人，别等出事')).toBe('electric');
    expect(kind('楼下那个人拿着棍子在楼道里追着要打人')).toBe('police');
    expect(kind('我妈早上起来就迷迷糊糊的，喊她也不大答应，嘴角歪了')).toBe('medical');
  });

  it('reads someone talked down "劝下来了", "医生来看了说没事", and sparks "前天" inside the match as no alarm', () => {
    expect(kind('刚才十栋有个小伙子喝醉了在天台上说要跳，家里人和派出所的上去把他劝下来了，现在回家了')).toBeNull();
    expect(kind('刚才1号楼那家炉子烟筒漏烟，屋里的老人头晕，邻居叫了120，医生来看了说没事，人已经缓过来了')).toBeNull();
    expect(kind('五单元门口那个插座前天冒火星，现在都不敢用了，找个电工来换')).toBeNull();
    // Guards: not yet talked down; sparks again today; fumes with no doctor yet.
    expect(kind('天台上有个人说要跳下去，我们在劝，还没劝下来，快来人')).toBe('police');
    expect(kind('楼道灯开关昨天冒火花，今天又冒了，还在滋滋响')).toBe('electric');
    expect(kind('屋里烧炭火，我妈头晕恶心站不稳，快叫120')).toBe('medical');
  });

  it('reads a switch that sparks "一插就", a pan fire "捂灭了", "没关人", children "撵下来了" and straw burnt "一到黑来" as no alarm', () => {
    expect(kind('厨房那个插座一插就冒火花，现在不敢用了，找人来换')).toBeNull();
    expect(kind('刚才我家厨房油锅起火了，大家可能闻到烟味了，我已经拿湿毛巾捂灭了，没事，不好意思')).toBeNull();
    expect(kind('5栋2单元的电梯又不动了 没关人 快来修')).toBeNull();
    expect(kind('七栋楼顶的门一直开着，刚才好几个小孩跑上去在边上追着玩，我把他们撵下来了，赶紧锁门')).toBeNull();
    expect(kind('一到黑来就有人在河滩烧玉米杆子，烟都飘到楼里来了，屋里全是烟')).toBeNull();
    // Guards: the socket caught; a pan fire out of hand; someone shut in; children who will not come down.
    expect(kind('插座一插就冒火花，插座烧起来了，冒烟了')).not.toBeNull();
    expect(kind('油锅起火了，扑不灭，火越来越大')).toBe('fire');
    expect(kind('电梯不动了 关人了 快来')).toBe('trapped');
    expect(kind('七栋楼顶的门一直开着，刚才好几个小孩跑上去在边上追着玩，喊都喊不下来')).toBe('falling');
  });

  it('reads a plea to pass one\'s own notice on, "帮个忙，转一下也行", as no forward', () => {
    expect(kind('麻烦大家帮个忙，转一下也行，我家孩子放学到现在还没回来，电话也打不通')).toBe('missing');
  });

  it('reads dangers the head alone used to catch: dementia "还莫得回来", "喊唔醒" by a brazier, a sign banging over children, "无应", legs "疼得动不了", "泼不熄", "轿厢内现有"', () => {
    expect(kind('我外婆有点老年痴呆，早上八点自己出门了，现在天都黑了还莫得回来，电话也没带')).toBe('missing');
    expect(kind('我入去睇阿婆，房门关死烧住炭盆，阿婆同个孙喊唔醒')).toBe('gas');
    expect(kind('楼顶那块广告牌一头已经脱出来了，被风吹得哐哐撞，底下正好是放学的娃娃')).toBe('falling');
    expect(kind('阿伯倒在楼梯口，喊伊几声都无应，面色青青')).toBe('medical');
    expect(kind('我下楼倒垃圾在冰上滑倒了，腿疼得动不了，谁来扶我一下')).toBe('medical');
    expect(kind('几个人拿盆泼水泼不熄，烟都飘到三楼了')).toBe('fire');
    expect(kind('电梯停在五楼和六楼之间，轿厢内现有两名老人，警铃无人应答')).toBe('trapped');
    // Guards: a door unopened for days and no answer is the welfare check; a sign banging on a calm day, nobody below.
    expect(kind('对面阿婆两日冇开门，喊佢冇应')).toBeNull();
    expect(kind('楼顶那块广告牌一头已经脱出来了，哐哐撞，找人来修')).toBeNull();
  });

  it('reads a quarrel "被保安拉开了", a question "如果回家一开门闻到…", sparks "冒过一下", and grass "烧荒" far off as no alarm', () => {
    expect(kind('楼下两个人为了车位吵起来，一个还拿了根棍子来，差点打起来，后面被保安拉开了')).toBeNull();
    expect(kind('请教一下，如果回家一开门闻到液化气味，要先关阀门吗')).toBeNull();
    expect(kind('昨天打雷的时候我家插座冒过一下火花，现在不敢用了，请电工来看看')).toBeNull();
    expect(kind('大家闻到的烧焦味是河对面山上在烧荒，不是我们小区的，没得事')).toBeNull();
    // Guards: a fight going on; a smell now.
    expect(kind('两个人打起来了，一个拿着棍子追着打，拉都拉不开')).toBe('police');
    expect(kind('闻到好大一股煤气味，如果没人管要出事了')).toBe('gas');
  });

  it('reads last night\'s lift told as a story "人倒是冇事", a cough "像喘不上气一样", sparks "拉闸在抢修", "跳闸哒就冇响了", and a lift "又开了，人是没事" as no alarm', () => {
    expect(kind('我把昨晚的事情跟大家讲一下，免得传走了样。昨晚九点多，二单元电梯走到一半停了，里面是三楼的王阿姨，按了警铃没人应，后来打电话给她儿子，她儿子下来喊的物业，物业又找钥匙又打电话叫维保，师傅从城里赶过来，前后关了快半个钟头才把门扒开。人倒是冇事，就是吓得不轻。')).toBeNull();
    expect(kind('楼下张奶奶这几天一直咳嗽，咳起来像喘不上气一样，劝她去医院也不去，社区能不能派医生来看看')).toBeNull();
    expect(kind('小区门口那根电线冒火花，噼里啪啦的，电力公司的人已经拉闸在抢修了')).toBeNull();
    expect(kind('一楼电表箱刚才啪啪响，冒了几下火星子，后来跳闸哒就冇响了，请电工来看下')).toBeNull();
    expect(kind('电梯把我妈关在里面十几分钟，后来又开了，人是没事，但吓坏了，赶紧修')).toBeNull();
    // Guards: breathless now; sparks still flying after the trip.
    expect(kind('张奶奶好像喘不上气了，脸都憋紫了')).toBe('medical');
    expect(kind('电表箱在冒火星子，跳闸了还在冒')).toBe('electric');
  });

  it('reads a car smashed "人走了", someone let out "保安过来放出来了", and cries for help from a cartoon as no alarm', () => {
    expect(kind('刚才有人拿棍子砸车，人走了，车窗全碎了')).toBeNull();
    expect(kind('停电的时候电梯关了个老人，保安过来放出来了，现在电梯还停着')).toBeNull();
    expect(kind('楼上喊救命喊得吓人，上去一看是他家孩子放动画片声音开太大了')).toBeNull();
    // Guards: a person attacked; nobody come yet.
    expect(kind('有人拿棍子在楼下打人，人还没走')).toBe('police');
    expect(kind('电梯关了人，物业还没来，里面的人在喊')).toBe('trapped');
  });

  it('reads a fall "已经送到县医院了" and a gas alarm that "一直没响" as no alarm', () => {
    expect(kind('二单元王大爷刚才在楼梯口摔倒了，已经送到县医院了，楼梯扶手该修了')).toBeNull();
    expect(kind('我家燃气报警器一直没响，按测试键也没反应，物业统一查一下')).toBeNull();
    // Guards: a gas alarm ringing; a fall with nobody come.
    expect(kind('燃气报警器突然响了，一直在叫')).toBe('gas');
    expect(kind('二单元王大爷刚才在楼梯口摔倒了，起不来，还没人来')).toBe('medical');
  });

  it('reads a smell the gas company found "不是燃气", a flash "现在没动静了，也没冒烟", and a grill\'s smoke "天天" as no alarm', () => {
    expect(kind('楼道这几天一直有股臭鸡蛋味，越到晚上越重，我还以为哪家漏气了。昨天叫燃气公司的来测了一圈，说不是燃气，是下水道反味，物业来清一下')).toBeNull();
    expect(kind('刚才配电箱那里啪的一声闪了火光，整栋停电了，现在没动静了，也没冒烟，电工快来')).toBeNull();
    expect(kind('楼下那家天天在门口烤串卖，烟全往我家窗户里钻，屋里全是烟')).toBeNull();
    // Guards: a strong smell now; smoke still coming.
    expect(kind('楼道一股煤气味，好浓，快来人')).toBe('gas');
    expect(kind('配电箱啪的一声闪了火光，现在还在冒烟')).toBe('fire');
  });

  it('reads a knife fetched "提着一把刀" and dementia "到今日…无返" as emergencies, a lift "又开门了，现在没事" and a fire "离我们远远" as none', () => {
    expect(kind('两家为了停车吵起来了，一个男的回家提着一把刀下来了，在楼下乱挥，快打110')).toBe('police');
    expect(kind('阮阿嬷有老人痴呆，早上出门到今日四点还无返，穿红衫，大家帮忙看下')).toBe('missing');
    expect(kind('电梯把我跟孙子关里头七八分钟，后来自己又开门了，现在没事，赶紧查查')).toBeNull();
    expect(kind('我还以为我们这片出事了，出去一看原来是隔壁村仓库起火，离我们远远，消防车是路过')).toBeNull();
    // Guard: a lift still shut.
    expect(kind('电梯把我跟孙子关里头七八分钟了，还没开门')).toBe('trapped');
  });

  it('reads smoke "楼梯都看不清了" and a shed "红彤彤的一片，噼里啪啦" as fires, and cries from a loud television as none', () => {
    expect(kind('我先问个事，下周社区体检要带身份证吗？还有，刚才开门一看楼道里全是白烟，从楼下冒上来，楼梯都看不清了')).toBe('fire');
    expect(kind('后院柴棚那边红彤彤的一片，噼里啪啦地响，烟都飘进楼里来了')).toBe('fire');
    expect(kind('半夜听到有人喊救命，后来问了，是二楼大爷把电视开得太大，在放战争片')).toBeNull();
    // Guard: a little smoke, the stairs still clear, is no fire by these words.
    expect(kind('楼道里有点烟，楼梯还看得清，不知道哪家在烧东西')).toBeNull();
  });

  it('reads "喊她也不应" by a coal stove as fumes, and a smell "查过不是", a drama "睇电视剧", a smell "回来又没有了" as no alarm', () => {
    expect(kind('隔壁那家烧的煤炉子今天早上一直没开门我从窗子看进去那个阿婆倒在地上孙子在旁边哭喊她也不应')).toBe('gas');
    expect(kind('楼道臭鸡蛋味好几天，叫燃气公司来查过不是，是下水道的味，物业来通一下')).toBeNull();
    expect(kind('头先听到有人嗌救命，原来系楼上阿伯睇电视剧开得好大声')).toBeNull();
    expect(kind('早上闻到楼道有股煤气味，等我送完孩子回来又没有了，还是请燃气公司来查一下')).toBeNull();
    // Guard: a smell growing, nobody come yet.
    expect(kind('楼道一股煤气味，越来越浓，燃气公司还没来')).toBe('gas');
  });

  it('reads locked out, with the person outside, as an outage the head needs more for', () => {
    expect(checkEmergency(normalize('门锁坏了钥匙转不动，人在外面进不去')).outageOnly).toBe(true);
    expect(checkEmergency(normalize('门锁坏了打不开，孩子在里面哭')).outageOnly).toBe(false);
  });

  it('takes the building the problem is in, not the one the reporter says they live in', () => {
    expect(p('我是7号楼的，9号楼门口那个井盖没了').building).toBe('9');
    expect(p('我是住七栋的 跟你们讲一下九栋二单元的楼道灯').unit).toBe('2');
    expect(p('我是7号楼的，楼道灯坏了').building).toBe('7');
    expect(p('我们8栋和9栋中间的路灯坏了').building).toBe('8');
  });

  it('sends the worker to the danger, not to the first place a message of several matters names', () => {
    const r = p('说两件事。一是2单元门口的地砖翘起来半个月了还没补。二是刚才路过5单元一楼闻到好浓的煤气味，快来人看看');
    expect(r.emergencyKind).toBe('gas');
    expect(r.unit).toBe('5');
    // What the danger's sentence leaves out comes from the rest: the unit named first, the room at the danger.
    const s = p('我是3单元的，想问下停水的事。对了刚刚路过1102门口闻到焦糊味，门缝还在冒烟');
    expect([s.unit, s.room]).toEqual(['3', '1102']);
  });

  const CASES: Array<[string, string]> = [
    ['能不能派人来把门口的垃圾清理一下', 'report'],
    ['停电了 什么时候能来电啊', 'report'],
    ['楼下的邻居 晚上能不能安静点', 'report'],
    ['燃气表要定期换吗', 'question'],
    ['单元门禁是物业管还是社区管', 'question'],
    ['老人中暑了应该先降温还是先送医院', 'question'],
    // A question to neighbours, not to the office: chatter (the corpus labelling rules, issue 12).
    ['有谁知道附近哪有配钥匙的', 'chatter'],
    ['下周二电梯维保 暂停使用半天', 'chatter'],
    ['热水器师傅约了明天上门', 'chatter'],
    ['楼道的灯装好了 谢谢', 'chatter'],
    ['出一台八成新的洗衣机 两百块', 'chatter'],
    ['有没有人家里有不用的婴儿床', 'chatter'],
    ['隔壁小姑娘拉小提琴 真好听', 'chatter'],
  ];
  // 11 of 13: the model of 2026-12-05 (corpus with the formal, Shanxi, boundary and long-message files) reads
  // two borderline ones otherwise: "停电了 什么时候能来电啊" as a question (0.93) and the first-aid question
  // as chatter to neighbours (0.53 against 0.46); the blind sets rose with it (README).
  it('intent right for ≥ 11 of 13', () => {
    expectMostly(CASES, ([text, intent]) => p(text).intent === intent, ([text, intent]) => `${text} → ${p(text).intent} (want ${intent})`, 11 / 13);
  });
});
