import { describe, expect, it } from 'vitest';
import { parse } from '../../src/core/parse';
import { digitize } from '../../src/core/parse/numerals';
import { extractLocation } from '../../src/core/parse/location';
import { normalize } from '../../src/core/parse/normalize';

type Loc = [building: string | null, unit: string | null, room: string | null];

function loc(text: string, groupBuilding: string | null = null): Loc {
  const p = parse(text, { groupBuilding });
  return [p.building, p.unit, p.room];
}

describe('Chinese numerals', () => {
  it.each([
    ['十二号楼', '12号楼'],
    ['二十三栋', '23栋'],
    ['五栋三单元六零二', '5栋3单元602'],
    ['一百零二室', '102室'],
    ['幺两零三', '1203'],
    ['三十', '30'],
    ['两米', '两米'],
    ['一栋楼都停电了', '一栋楼都停电了'],
    ['花了三千八', '花了3800'],
    ['一百五十', '150'],
    ['一百五', '150'],
    ['一百零五', '105'],
    ['一千零二十', '1020'],
    ['十一零二', '1102'],
    ['二十一零三室', '2103室'],
    ['六零一120', '601 120'],
    ['三零二一家三口', '302一家3口'],
    ['四零一一家人', '401一家人'],
    ['二零一一年', '2011年'],
  ])('%s → %s', (input, expected) => {
    expect(digitize(input)).toBe(expected);
  });
});

describe('building forms', () => {
  it.each<[string, Loc]>([
    ['6栋电梯不动了', ['6', null, null]],
    ['11幢楼下垃圾没人收', ['11', null, null]],
    ['14号楼门禁坏了', ['14', null, null]],
    ['9#楼道灯不亮', ['9', null, null]],
    ['2座的消防门关不上', ['2', null, null]],
    ['B座大堂漏水', ['B', null, null]],
    ['c栋有人在楼道充电', ['C', null, null]],
    ['D楼门口的井盖翻了', ['D', null, null]],
    ['第七栋后面的路灯坏了', ['7', null, null]],
    ['十二号楼的水管爆了', ['12', null, null]],
    ['二十三栋停电了', ['23', null, null]],
    ['１５栋的门禁刷不开', ['15', null, null]],
    ['8棟樓道燈壞了', ['8', null, null]],
  ])('%s', (text, expected) => {
    expect(loc(text, '1')).toEqual(expected);
  });
});

describe('unit and room forms', () => {
  it.each<[string, string | null, Loc]>([
    ['4-3-1102 厨房下水道堵了', '9', ['4', '3', '1102']],
    ['A-2-803卫生间渗水', null, ['A', '2', '803']],
    ['7号楼1-602 暖气不热', '7', ['7', '1', '602']],
    ['5栋2-301门口堆满了杂物', '1', ['5', '2', '301']],
    ['我家3单元的楼道灯坏了', '6', ['6', '3', null]],
    ['704室天花板掉皮', '2', ['2', null, '704']],
    ['2单元1101室的空调外机要掉了', '3', ['3', '2', '1101']],
    ['楼上1203天天半夜蹦迪', '4', ['4', null, '1203']],
    ['三号楼二单元五零一室漏水', null, ['3', '2', '501']],
    ['六栋四单元一二零二家里停电了', null, ['6', '4', '1202']],
    ['１２栋３单元５０２门锁坏了', null, ['12', '3', '502']],
    ['七號樓二單元三零一 燈不亮', null, ['7', '2', '301']],
    // voice-to-text: no punctuation, numbers spoken
    ['我是十一栋三单元七零二的业主我家暖气一点都不热麻烦来看看', null, ['11', '3', '702']],
    ['二号楼一单元电梯又坏了老人下不了楼', null, ['2', '1', null]],
  ])('%s', (text, gb, expected) => {
    expect(loc(text, gb)).toEqual(expected);
  });
});

describe('things that are not rooms', () => {
  it.each<[string, Loc]>([
    ['5楼楼道灯坏了', ['3', null, null]],
    ['三楼到五楼都没有灯', ['3', null, null]],
    ['18层电梯门关不上', ['3', null, null]],
    ['晚上十一点还在装修', ['3', null, null]],
    ['交了300元物业费', ['3', null, null]],
    ['2024年的暖气费怎么交', ['3', null, null]],
    ['老人摔倒了 已经打120了', ['3', null, null]],
    ['物业电话13812345678', ['3', null, null]],
    ['两室一厅的房子漏水', ['3', null, null]],
    ['10:30停电了', ['3', null, null]],
    ['一栋楼都停电了', ['3', null, null]],
  ])('%s', (text, expected) => {
    expect(loc(text, '3')).toEqual(expected);
  });
});

describe('group building default', () => {
  it('uses groupBuilding when no building is named', () => {
    expect(loc('2单元电梯坏了', '10')).toEqual(['10', '2', null]);
  });
  it('prefers the building in the text', () => {
    expect(loc('5号楼电梯坏了', '10')).toEqual(['5', null, null]);
  });
  it('is null when neither exists', () => {
    expect(loc('电梯坏了', null)).toEqual([null, null, null]);
    expect(loc('电梯坏了')).toEqual([null, null, null]);
  });
  it('normalizes the group building label', () => {
    expect(loc('电梯坏了', '3号楼')).toEqual(['3', null, null]);
    expect(loc('电梯坏了', 'b座')).toEqual(['B', null, null]);
    expect(loc('电梯坏了', '  ')).toEqual([null, null, null]);
  });
  it('reads a bare two-part number as unit-room in another building’s group', () => {
    expect(loc('2-501漏水了', '3')).toEqual(['3', '2', '501']);
  });
  it('reads a bare two-part number as building-room when it is the group’s building', () => {
    expect(loc('3-501漏水了', '3')).toEqual(['3', null, '501']);
    expect(loc('5-302漏水了', null)).toEqual(['5', null, '302']);
  });
});

describe('places written the long way round', () => {
  const at = (text: string, group = '5') => extractLocation(normalize(text), group);
  it('reads financial numerals before a place word, not a surname', () => {
    expect(at('叁栋后面的垃圾桶满了').building).toBe('3');
    expect(at('贰单元门口').unit).toBe('2');
    expect(at('老陆家门口的灯坏了').building).toBe('5');
  });
  it('reads no flat number that starts with 0 ("地库C区015号" is a parking space)', () => {
    expect(at('我在地库C区015号的位置被一辆白车占了').room).toBeNull();
    expect(at('7栋1502号漏水').room).toBe('1502');
  });
  it('reads floor and door as the room ("6楼2号" → 602), but not "11楼一户"', () => {
    expect(at('6楼2号 没水').room).toBe('602');
    expect(at('12层3室的水管漏了').room).toBe('1203');
    expect(at('11楼一户阳台冒烟').room).toBeNull();
  });
  it('takes the reporter\'s own flat when a neighbour\'s is named first (docs/labelling.md)', () => {
    expect(at('楼上那个就是一二零一每天晚上拖椅子 我们是一一零一的').room).toBe('1101');
    expect(at('我们楼上那家一零零二打麻将到两点 我们住九零二的').room).toBe('902');
    expect(at('楼上1201一直漏水到我家').room).toBe('1201');
  });
  it('reads Tianjin\'s entrance numbers before the door itself ("3门门口", "5门电子门")', () => {
    expect(at('2门门口又让车堵了').unit).toBe('2');
    expect(at('6门电子门坏了好几天').unit).toBe('6');
    expect(at('3门口有辆车').unit).toBeNull();
  });
  it('reads a Cantonese stairway as the unit ("2梯", "三梯八楼"), not a layout ("一梯两户") or a lift full of people', () => {
    expect(at('B座2梯楼道灯坏咗成个礼拜').unit).toBe('2');
    expect(at('我住六栋三梯五零一，厕所渗水').unit).toBe('3');
    expect(at('我们这栋是一梯两户，过道被占了').unit).toBeNull();
    expect(at('电梯一下往下掉，一梯人都吓坏了').unit).toBeNull();
  });
  it('reads a door numbered right after the building as its unit ("12#楼2门", "九栋二号门")', () => {
    expect(at('我是8#楼3门的，楼道堆满了纸箱').unit).toBe('3');
    expect(at('五栋二号门对面那户天天烧纸').unit).toBe('2');
    expect(at('小区2号门的道闸坏了').unit).toBeNull();
    expect(at('三号门的楼梯扶手松了').unit).toBe('3');
    expect(at('4号门单元门关不上').unit).toBe('4');
  });
  it('reads Cantonese: "个" for 的 after a flat, "我系" and a bare "我" before the reporter\'s own', () => {
    expect(at('5号楼702个细佬成日喺走廊踢波').room).toBe('702');
    expect(at('对面1101个阳台堆满纸皮').room).toBe('1101');
    expect(at('买咗300个口罩').room).toBeNull();
    expect(at('楼上902成日拖凳，我系802').room).toBe('802');
    expect(at('楼上1203啲水滴落我1103窗台').room).toBe('1103');
  });
  it('reads a Gan "个" after a flat ("602个堂客"), and no building in "哪一栋", "同一栋" or "一座小山", no flat in a parking space', () => {
    expect(at('对门602个堂客天天半夜剁骨头').room).toBe('602');
    expect(at('买了两百个').room).toBeNull();
    expect(at('有个老人家说不清住哪一栋，在门卫坐着').building).toBe('5');
    expect(at('同一栋的邻居帮忙看看').building).toBe('5');
    expect(at('垃圾堆得像一座小山，臭死了').building).toBe('5');
    expect(at('我买的C-215号地下车位天天被人占').room).toBeNull();
    expect(at('2座楼下的路灯坏了').building).toBe('2');
  });
});
