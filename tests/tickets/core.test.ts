/**
 * The domain core of the ticket lifecycle, without I/O: the transition table,
 * routing, the duplicate rule, command parsing, masking and permissions.
 */
import { describe, expect, it } from 'vitest';
import {
  canReopen,
  isActive,
  REOPEN_WINDOW_MS,
  TICKET_ACTIONS,
  TICKET_STATES,
  TRANSITIONS,
  transition,
  type TicketAction,
  type TicketState,
} from '../../src/core/ticket-machine';
import { escalationTarget, route, type RoutingCandidates } from '../../src/core/routing';
import { DUPLICATE_WINDOW_MS, findDuplicate, outageTopic, type DuplicateCandidate, type NewReport } from '../../src/core/duplicates';
import { parseCommand, parseReopen } from '../../src/core/commands';
import { maskPersonalNumbers } from '../../src/core/mask';
import { canActOn, isStaff } from '../../src/core/permissions';
import { categoryLabel, CONSULT, responsibleRole } from '../../src/core/categories';
import { DomainError } from '../../src/core/errors';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

describe('the transition table', () => {
  // The spec's lifecycle, written out by hand: the table must agree with it exactly.
  const allowed: [TicketState, TicketAction, TicketState][] = [
    ['open', 'claim', 'claimed'],
    ['escalated', 'claim', 'claimed'],
    ['reopened', 'claim', 'claimed'],
    ['open', 'resolve', 'resolved'],
    ['claimed', 'resolve', 'resolved'],
    ['escalated', 'resolve', 'resolved'],
    ['reopened', 'resolve', 'resolved'],
    ['claimed', 'transfer', 'open'],
    ['open', 'transfer', 'open'],
    ['claimed', 'escalate', 'escalated'],
    ['escalated', 'escalate', 'escalated'],
    ['open', 'reject', 'rejected'],
    ['claimed', 'reject', 'rejected'],
    ['reopened', 'reject', 'rejected'],
    ['resolved', 'reopen', 'reopened'],
  ];
  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toBe(to);
  });

  it.each(['open', 'claimed', 'escalated', 'reopened'] as const)('note keeps the state (%s)', (state) => {
    expect(transition(state, 'note')).toBe(state);
  });

  const refused: [TicketState, TicketAction][] = [
    ['claimed', 'claim'],
    ['resolved', 'claim'],
    ['rejected', 'claim'],
    ['resolved', 'note'],
    ['rejected', 'note'],
    ['resolved', 'resolve'],
    ['rejected', 'resolve'],
    ['resolved', 'escalate'],
    ['resolved', 'transfer'],
    ['rejected', 'reject'],
    ['resolved', 'reject'],
  ];
  it.each(refused)('refuses %s --%s--> with a reason', (from, action) => {
    let error: unknown;
    try {
      transition(from, action);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid_transition', details: { state: from, action } });
  });

  it.each(TICKET_STATES.filter((s) => s !== 'resolved'))('reopen only from resolved: refused from %s', (state) => {
    expect(() => transition(state, 'reopen')).toThrow(DomainError);
  });

  it('every action has a rule and terminal states have no way out but reopen', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...TICKET_ACTIONS].sort());
    for (const action of TICKET_ACTIONS) {
      expect(TRANSITIONS[action].from.includes('rejected'), action).toBe(false);
      expect(TRANSITIONS[action].from.includes('resolved'), action).toBe(action === 'reopen');
    }
    expect(TICKET_STATES.filter(isActive)).toEqual(['open', 'claimed', 'escalated', 'reopened']);
  });

  it('canReopen: within 7 days of resolution, not after, never without a resolution', () => {
    const resolvedAt = new Date('2024-05-01T08:00:00Z');
    expect(REOPEN_WINDOW_MS).toBe(7 * DAY);
    expect(canReopen(resolvedAt, new Date(resolvedAt.getTime() + HOUR))).toBe(true);
    expect(canReopen(resolvedAt, new Date(resolvedAt.getTime() + 7 * DAY - 1))).toBe(true);
    expect(canReopen(resolvedAt, new Date(resolvedAt.getTime() + 7 * DAY + 1))).toBe(false);
    expect(canReopen(resolvedAt, new Date(resolvedAt.getTime() + 30 * DAY))).toBe(false);
    expect(canReopen(null, resolvedAt)).toBe(false);
  });
});

describe('routing', () => {
  type P = { name: string };
  const worker = { name: '张丽' };
  const worker2 = { name: '备用网格员' };
  const leader = { name: '王建国' };
  const office = { name: '赵敏' };
  const all: RoutingCandidates<P> = { workers: [worker, worker2], leaders: [leader], offices: [office] };

  it('goes to the grid worker (the first one)', () => {
    expect(route(all)).toEqual({ assignee: worker, level: 0, reason: 'grid_worker' });
  });
  it('no worker → the grid leader', () => {
    expect(route({ ...all, workers: [] })).toEqual({ assignee: leader, level: 1, reason: 'no_worker' });
  });
  it('no worker and no leader → the office', () => {
    expect(route({ workers: [], leaders: [], offices: [office] })).toEqual({ assignee: office, level: 2, reason: 'no_leader' });
  });
  it('nobody at all → says so instead of inventing someone', () => {
    expect(route({ workers: [], leaders: [], offices: [] })).toEqual({ assignee: null, level: 2, reason: 'nobody' });
  });
  it('a category for the grid leader skips the worker', () => {
    expect(route(all, 'grid_leader')).toEqual({ assignee: leader, level: 1, reason: 'category_rule' });
    expect(route({ ...all, leaders: [] }, 'grid_leader')).toEqual({ assignee: office, level: 2, reason: 'no_leader' });
  });
  it('a category for the office goes straight there', () => {
    expect(route(all, 'office')).toEqual({ assignee: office, level: 2, reason: 'category_rule' });
  });
  it('the taxonomy names the responsible role', () => {
    expect(responsibleRole('repair')).toBe('grid_worker');
    expect(responsibleRole('dispute')).toBe('grid_leader');
    expect(responsibleRole('construction')).toBe('office');
    expect(responsibleRole(CONSULT.code)).toBe('grid_worker');
    expect(responsibleRole('no-such-category')).toBe('grid_worker');
    expect(categoryLabel('repair')).toBe('设施报修');
    expect(categoryLabel(CONSULT.code)).toBe('咨询');
  });
  it('escalation: worker → leader → office → nowhere further', () => {
    expect(escalationTarget(all, 0)).toEqual({ assignee: leader, level: 1 });
    expect(escalationTarget(all, 1)).toEqual({ assignee: office, level: 2 });
    expect(escalationTarget(all, 2)).toBeNull();
    // No leader: a worker's escalation goes to the office.
    expect(escalationTarget({ ...all, leaders: [] }, 0)).toEqual({ assignee: office, level: 2 });
    expect(escalationTarget({ ...all, offices: [] }, 1)).toBeNull();
  });
});

describe('duplicates', () => {
  const now = new Date('2024-05-03T12:00:00Z');
  const ticket = (over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
    id: 7,
    buildingId: 3,
    category: 'repair',
    text: '3号楼2单元楼道灯坏了，晚上太黑',
    unit: '2',
    room: null,
    createdAt: new Date(now.getTime() - 2 * HOUR),
    ...over,
  });
  const report = (over: Partial<NewReport> = {}): NewReport => ({
    buildingId: 3,
    category: 'repair',
    text: '2单元楼道的灯坏了，太黑了',
    unit: '2',
    room: null,
    at: now,
    ...over,
  });

  it('same building and category, similar text, within 72 h → the open ticket', () => {
    expect(findDuplicate(report(), [ticket()])?.id).toBe(7);
    expect(findDuplicate(report(), [ticket({ createdAt: new Date(now.getTime() - DUPLICATE_WINDOW_MS + HOUR) })])?.id).toBe(7);
  });
  it('picks the most similar of several', () => {
    const other = ticket({ id: 8, text: '楼道有灯不亮' });
    expect(findDuplicate(report({ text: '3号楼2单元楼道灯坏了' }), [other, ticket()])?.id).toBe(7);
  });
  it('a different room is a different problem', () => {
    expect(findDuplicate(report({ room: '502', text: '502门口楼道灯坏了' }), [ticket({ room: '501', text: '501门口楼道灯坏了' })])).toBeNull();
  });
  it('a different building or category → no match', () => {
    expect(findDuplicate(report({ buildingId: 4 }), [ticket()])).toBeNull();
    expect(findDuplicate(report({ category: 'sanitation' }), [ticket()])).toBeNull();
  });
  it('older than 72 h → no match', () => {
    expect(findDuplicate(report(), [ticket({ createdAt: new Date(now.getTime() - DUPLICATE_WINDOW_MS - 1) })])).toBeNull();
  });
  it('dissimilar text in the same building and category → no match', () => {
    expect(findDuplicate(report({ text: '单元门禁刷卡没反应' }), [ticket()])).toBeNull();
  });
  it('an unknown building never matches', () => {
    expect(findDuplicate(report({ buildingId: null }), [ticket({ buildingId: null })])).toBeNull();
  });
  it.each([
    ['3号楼停水了', '我家没水了，怎么回事'],
    ['又没水了', '水龙头不出水'],
    ['电梯坏了', '电梯又停在8楼不动，上不去'],
    ['整栋楼停电了', '家里没电了'],
  ])('building-wide outage: %j matches %j regardless of wording', (first, second) => {
    expect(outageTopic(first)).not.toBeNull();
    expect(outageTopic(first)).toBe(outageTopic(second));
    expect(findDuplicate(report({ text: second, unit: null }), [ticket({ text: first, unit: '1' })])?.id).toBe(7);
  });
  it('a building-wide outage matches across rooms (everyone names their own flat)', () => {
    expect(findDuplicate(report({ room: '302', unit: null, text: '302也停水了' }), [ticket({ room: '501', text: '我家501没水了' })])?.id).toBe(7);
    expect(findDuplicate(report({ room: '302', unit: '2', text: '2单元302停电了' }), [ticket({ room: '501', text: '1单元501家里没电了' })])?.id).toBe(7);
  });
  it('traditional and simplified characters are the same outage (tickets keep the original words)', () => {
    expect(findDuplicate(report({ text: '电梯还没修好吗', unit: null }), [ticket({ text: '六棟 電梯壞了', unit: null })])?.id).toBe(7);
    expect(findDuplicate(report({ text: '樓裡停水了', unit: null }), [ticket({ text: '我家没水了', unit: null })])?.id).toBe(7);
    expect(findDuplicate(report({ text: '2單元樓道的燈壞了，太黑了' }), [ticket()])?.id).toBe(7);
  });
  it('different outages are different problems', () => {
    expect(findDuplicate(report({ text: '家里停电了' }), [ticket({ text: '3号楼停水了' })])).toBeNull();
  });
});

describe('parseCommand', () => {
  it.each([
    ['接单 12', { verb: 'claim', ticket: 12 }],
    ['接单#12', { verb: 'claim', ticket: 12 }],
    ['接单 #12', { verb: 'claim', ticket: 12 }],
    ['/claim 12', { verb: 'claim', ticket: 12 }],
    ['接单 ＃１２', { verb: 'claim', ticket: 12 }], // full-width from a phone keyboard
    ['接单十二', { verb: 'claim', ticket: 12 }],
    ['接单 二十三', { verb: 'claim', ticket: 23 }],
    ['  接单   12  ', { verb: 'claim', ticket: 12 }],
    ['接单：12', { verb: 'claim', ticket: 12 }],
    ['进度 12 已联系物业，明天上午维修', { verb: 'note', ticket: 12, text: '已联系物业，明天上午维修' }],
    ['/note 12 已联系', { verb: 'note', ticket: 12, text: '已联系' }],
    ['办结 12 已更换灯泡', { verb: 'done', ticket: 12, text: '已更换灯泡' }],
    ['办结 12', { verb: 'done', ticket: 12, text: '' }],
    ['/done #12 ok', { verb: 'done', ticket: 12, text: 'ok' }],
    ['转派 12 @李网格', { verb: 'transfer', ticket: 12, to: '李网格' }],
    ['/transfer 12 李强', { verb: 'transfer', ticket: 12, to: '李强' }],
    ['上报 12 需要住建部门处理', { verb: 'escalate', ticket: 12, text: '需要住建部门处理' }],
    ['/escalate 12', { verb: 'escalate', ticket: 12, text: '' }],
    ['退回 12 重复，见#9', { verb: 'reject', ticket: 12, text: '重复，见#9' }],
    ['/reject 12 非本网格事务', { verb: 'reject', ticket: 12, text: '非本网格事务' }],
    ['查 12', { verb: 'show', ticket: 12 }],
    ['查询 12', { verb: 'show', ticket: 12 }],
    ['/show #12', { verb: 'show', ticket: 12 }],
    ['#12 进度', { verb: 'status', ticket: 12 }],
    ['＃１２ 进度？', { verb: 'status', ticket: 12 }],
    ['12号工单进度', { verb: 'status', ticket: 12 }],
    ['我的', { verb: 'mine' }],
    ['/mine', { verb: 'mine' }],
    ['待办', { verb: 'open' }],
    ['/open', { verb: 'open' }],
    ['帮助', { verb: 'help' }],
    ['/help', { verb: 'help' }],
    // Full-width input mode and traditional characters on workers' phones.
    ['／ｃｌａｉｍ　４', { verb: 'claim', ticket: 4 }],
    ['／ＭＩＮＥ', { verb: 'mine' }],
    ['接單２', { verb: 'claim', ticket: 2 }],
    ['辦結 12 已修好', { verb: 'done', ticket: 12, text: '已修好' }],
    ['進度 12 已聯繫物業', { verb: 'note', ticket: 12, text: '已联系物业' }],
    ['轉派 12 @李網格', { verb: 'transfer', ticket: 12, to: '李网格' }],
    ['待辦', { verb: 'open' }],
    ['幫助', { verb: 'help' }],
    ['#12 進度', { verb: 'status', ticket: 12 }],
  ])('%j', (text, cmd) => {
    expect(parseCommand(text)).toEqual(cmd);
  });

  it.each([
    ['退回 5', { verb: 'usage', of: 'reject', ticket: 5 }],
    ['退回', { verb: 'usage', of: 'reject' }],
    ['进度 12', { verb: 'usage', of: 'note', ticket: 12 }],
    ['转派 12', { verb: 'usage', of: 'transfer', ticket: 12 }],
    ['接单', { verb: 'usage', of: 'claim' }],
    ['办结', { verb: 'usage', of: 'done' }],
    ['接单 0', { verb: 'usage', of: 'claim' }],
  ])('a missing argument in %j → its usage', (text, usage) => {
    expect(parseCommand(text)).toStrictEqual(usage);
  });

  it.each(['我的天', '收到，谢谢', '好的👌', '查 12 楼的情况', '3号楼停水了', '', '   '])('chatter %j is not a command', (text) => {
    expect(parseCommand(text)).toBeNull();
  });
});

describe('parseReopen', () => {
  it.each([
    ['没修好', null],
    ['还没解决', null],
    ['#12 还没解决', 12],
    ['#１２ 没修好', 12],
    ['12号工单还是没好', 12],
    ['#1 沒修好', 1], // traditional characters, as many elderly residents write
    ['還沒解決', null],
  ])('%j → reopen #%s', (text, ticket) => {
    expect(parseReopen(text)).toEqual({ ticket });
  });
  it.each(['今天天气不错', '修好了，谢谢', '#12 进度'])('%j is not a reopen', (text) => {
    expect(parseReopen(text)).toBeNull();
  });
});

describe('maskPersonalNumbers', () => {
  it.each([
    ['电话13812341234', '电话138****1234'],
    ['138 1234 1234', '138****1234'],
    ['138-1234-1234', '138****1234'],
    ['+86 13812341234', '+86 138****1234'],
    ['+8613812341234', '+86138****1234'],
    ['电话8613812341234', '电话86138****1234'],
    ['13812341234和13987654321', '138****1234和139****4321'],
    ['身份证110101199003071234', '身份证110101********1234'],
    ['11010119900307123X', '110101********123X'],
    ['身份证 110101 19900307 1234', '身份证 110101********1234'],
    ['身份证110101-1990-0307-123x', '身份证110101********123x'],
  ])('%j → %j', (text, masked) => {
    expect(maskPersonalNumbers(text)).toBe(masked);
  });

  it.each(['工单 #12', '#1234', '3号楼2单元501室', '3-2-501', '501', '2024-05-01 下午3点', '办结 12 已更换灯泡'])(
    'leaves %j alone',
    (text) => {
      expect(maskPersonalNumbers(text)).toBe(text);
    },
  );

  it('never lets the middle digits through', () => {
    const out = maskPersonalNumbers('我是3号楼501的，电话 13812345678，身份证110101199003071234');
    expect(out).not.toContain('13812345678');
    expect(out).not.toContain('1234567');
    expect(out).not.toContain('19900307');
    expect(out).toContain('501');
  });
});

describe('canActOn', () => {
  const ticket = { gridId: 1, assigneeId: 10 };
  it('a worker: tickets of their grid, or assigned to them', () => {
    expect(canActOn({ id: 11, role: 'grid_worker', gridIds: [1] }, ticket)).toBe(true);
    expect(canActOn({ id: 10, role: 'grid_worker', gridIds: [2] }, ticket)).toBe(true);
    expect(canActOn({ id: 12, role: 'grid_worker', gridIds: [2] }, ticket)).toBe(false);
    expect(canActOn({ id: 12, role: 'grid_worker', gridIds: [] }, { gridId: null, assigneeId: null })).toBe(false);
  });
  it('the leader and the office: everything', () => {
    expect(canActOn({ id: 3, role: 'grid_leader', gridIds: [] }, ticket)).toBe(true);
    expect(canActOn({ id: 4, role: 'office', gridIds: [] }, { gridId: null, assigneeId: null })).toBe(true);
  });
  it('residents: never, not even their own ticket’s grid', () => {
    expect(canActOn({ id: 10, role: 'resident', gridIds: [1] }, ticket)).toBe(false);
    expect(isStaff('resident')).toBe(false);
    expect(isStaff('grid_worker') && isStaff('grid_leader') && isStaff('office')).toBe(true);
  });
});
