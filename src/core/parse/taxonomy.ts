/**
 * THE DEFAULT TAXONOMY — data, not code.
 *
 * To add a category: append one object below (or pass your own array to
 * `createParser` / `parse(text, { taxonomy })`). Keywords are matched
 * against normalized text (simplified Chinese, half-width ASCII), so write
 * them in simplified characters.
 *
 * Weight guide (a report needs a best score of at least REPORT_THRESHOLD = 3):
 *   3  the word alone says "there is a problem of this kind" (停水, 噪音, 违建)
 *   2  a strong hint: the object or the symptom (电梯, 不亮, 垃圾)
 *   1  context that only tips a balance (楼上, 半夜, 修)
 *  <0  words that argue against the category
 * Several weak hints add up: "电梯"(2) + "不动"(2) = 4.
 */
import type { Category } from './types';

export const DEFAULT_TAXONOMY: readonly Category[] = [
  {
    code: 'repair',
    label: '设施报修',
    defaultUrgency: 'normal',
    responsibleRole: 'grid_worker',
    emergencyKinds: ['trapped', 'flood'],
    keywords: {
      3: [
        '停水', '停电', '断水', '断电', '没水', '没电', '没有水', '没有电', '跳闸', '漏水', '渗水', '滴水',
        '爆管', '不出水', '没热水', '水压', '失灵', '故障', '坏了', '坏掉', '损坏', '报修', '不亮', '不热',
        '卡住', '打不开', '关不上', '锁不上', '不制冷', '不通电', '停运', '不动了', '漏雨', '返潮',
        /电梯.{0,4}(停|坏|不动|不运行|卡|异响|晃|掉)/, /灯.{0,3}(坏|不亮|闪|灭)/, /(门|锁|窗).{0,3}(坏|掉|松)/,
      ],
      2: [
        '电梯', '水管', '水龙头', '暖气', '供暖', '地暖', '门禁', '门锁', '防盗门', '单元门', '入户门', '卷帘门',
        '感应灯', '楼道灯', '路灯', '灯泡', '窗户', '玻璃', '信报箱', '水表', '电表', '管道', '天花板',
        '墙皮', '墙面', '脱落', '屋顶', '防水', '对讲', '水泵', '充电桩', '电路', '线路', '插座', '开关',
        '扶手', '栏杆', '楼梯', '地砖', '裂', '响个不停', '一直响', '维修', '坏',
      ],
      1: ['修', '灯', '门', '锁', '电线', '水'],
    },
  },
  {
    code: 'sanitation',
    label: '环境卫生',
    defaultUrgency: 'normal',
    responsibleRole: 'grid_worker',
    keywords: {
      3: [
        '没清运', '没人清', '没人打扫', '没人扫', '苍蝇', '蟑螂', '老鼠', '蚊子多', '臭味', '恶臭', '返味',
        '霉味', '异味', '大小便', '狗屎', '狗粪', '粪便', '化粪池', '污水', '冒污水', '返水', '外溢', '溢出',
        '装修垃圾', '建筑垃圾', '垃圾成堆', '乱扔垃圾', '乱倒', '卫生差', '脏乱', '不卫生',
        /垃圾.{0,6}(满|堆|没人|没收|没运|臭|溢)/, /下水道.{0,4}(堵|冒|返|臭)/,
      ],
      2: ['垃圾', '清运', '清理', '打扫', '保洁', '卫生', '脏', '臭', '味道', '下水道', '堵塞', '积水', '杂物', '堆放', '乱堆', '虫', '蚊子', '遛狗', '落叶', '油烟'],
      1: ['堆', '狗', '猫'],
    },
  },
  {
    code: 'noise',
    label: '噪音扰民',
    defaultUrgency: 'normal',
    responsibleRole: 'grid_worker',
    keywords: {
      3: [
        '噪音', '噪声', '扰民', '吵', '睡不着', '电钻', '砸墙', '广场舞', '音响', '狗叫', '大声', '喧哗',
        '闹到', '闹腾', /(半夜|深夜|凌晨|晚上|一大早|大清早|午休).{0,12}(装修|施工|敲|砸|唱|跳|响|叫|闹|放音乐|打麻将|弹琴)/,
      ],
      2: ['打麻将', '麻将', '敲打', '敲', '震', '唱歌', 'K歌', '喇叭', '音乐', '声音', '响声', '动静', '跳绳', '弹琴', '吹'],
      1: ['半夜', '深夜', '凌晨', '一大早', '大清早', '午休', '装修', '施工', '洗衣机', '烧烤'],
    },
  },
  {
    code: 'dispute',
    label: '邻里纠纷',
    defaultUrgency: 'normal',
    responsibleRole: 'grid_leader',
    keywords: {
      3: [
        '纠纷', '吵架', '矛盾', '说了不听', '不讲理', '调解', '协调', '争执', '骂人', '吵起来', '空调水',
        '空调外机', '滴到我家', '滴在我家', '漏到我家', '占用公共', '侵占', '霸占', '沟通无果', '不听劝',
        /(楼上|楼下|隔壁|对门|邻居).{0,10}(漏水|渗水|滴水|泼水|往下|扔|挡|占|堵)/,
      ],
      2: ['邻居', '住户', '不管', '不听', '占用', '影响我家', '我家', '主人', '业主'],
      1: ['楼上', '楼下', '隔壁', '对门', '养狗'],
    },
  },
  {
    code: 'safety',
    label: '安全隐患',
    defaultUrgency: 'normal',
    responsibleRole: 'grid_leader',
    emergencyKinds: ['fire', 'gas', 'electric', 'police'],
    keywords: {
      3: [
        '消防通道', '安全出口', '私拉电线', '私接电线', '飞线充电', '拉电线', '楼道充电', '家里充电', '室内充电',
        '漏气', '偷', '小偷', '被盗', '盗窃', '撬', '高空抛物', '往下扔', '扔东西', '陌生人', '可疑', '危险',
        '隐患', '倒了', '倒塌', '塌', '掉下来', '砸到', '砸伤', '漏电', '裸露', '火灾', '着火', '冒烟', '起火',
        '咬人', '见人就咬', '没锁', '群租', '诈骗', '推销', '打架', '燃气', '天然气', '煤气',
        /电动车.{0,8}(楼道|家里|屋里|楼上|电梯|上楼)/, /(楼道|电梯).{0,6}电动车/,
      ],
      2: ['消防', '灭火器', '消防栓', '电线', '压在', '天台', '咬', '不牵绳', '安全', '治安', '监控'],
      1: ['电动车', '电瓶', '充电', '小孩', '孩子'],
    },
  },
  {
    code: 'parking',
    label: '停车秩序',
    defaultUrgency: 'normal',
    responsibleRole: 'grid_worker',
    keywords: {
      3: ['停车', '车位', '乱停', '违停', '车主', '挪车', '僵尸车', '占道', '堵车', '停在', '挡住了出口'],
      2: ['电动车', '自行车', '三轮车', '车库', '汽车', '挡路', '挡住'],
      1: ['车', '地库'],
    },
  },
  {
    code: 'construction',
    label: '违章搭建',
    defaultUrgency: 'normal',
    responsibleRole: 'office',
    keywords: {
      3: [
        '违建', '违章', '搭建', '私搭', '乱搭', '乱建', '加盖', '阳光房', '扩建', '往外扩', '圈地', '占用绿地',
        '承重墙', '铁皮房', '搭棚', '彩钢', /(搭|建|盖|砌).{0,4}(棚|房|墙|屋)/,
      ],
      2: ['院墙', '砌墙', '打通', '封阳台', '改建', '棚子', '扩了', '露台'],
      1: ['违规'],
    },
  },
  {
    code: 'assistance',
    label: '民生求助',
    defaultUrgency: 'normal',
    responsibleRole: 'grid_worker',
    emergencyKinds: ['medical', 'missing'],
    keywords: {
      3: [
        '独居', '一个人住', '没人照顾', '无人照顾', '没人管他', '残疾', '行动不便', '瘫痪', '求助', '帮帮',
        '养老服务', '居家养老', '送医', '开锁', '锁在家', '锁在屋', '锁在里面', '进不了门', '进不去家',
        '找不到家', '走失', '孤寡', '空巢', '低保', '困难户', '生活困难', '没饭吃', '需要帮助', '买菜',
        '跑腿', '代办', '轮椅', '卧床',
      ],
      2: ['老人', '生病', '照顾', '帮忙', '困难', '想申请', '残疾人', '病了', '住院', '八十', '九十'],
      1: ['老', '阿姨', '大爷', '奶奶', '爷爷'],
    },
  },
  {
    code: 'other',
    label: '其他',
    defaultUrgency: 'normal',
    responsibleRole: 'grid_worker',
    fallback: true,
    keywords: {},
  },
];
