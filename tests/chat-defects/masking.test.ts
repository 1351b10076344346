/**
 * Issue 13, items 2 and 6: phone and ID numbers never reach a resident group,
 * whoever wrote them — a worker's note, a reject reason, a resolve note, a
 * notice — and a summary is masked before it is cut, so a number is never
 * half-shown. The worker is told once per command that a number was hidden.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { cast, directSince, groupSince, onlyReply, post, report, ticket, WORKERS, type Cast, staffCommand } from '../tickets/support';

const B3 = 'sim-b3';
let t: TestBot;
let c: Cast;

beforeEach(async () => {
  t = await startTestBot();
  c = await cast(t);
});
afterEach(async () => {
  await t.stop();
});

const command = (who: Cast[keyof Cast], text: string) => staffCommand(t, who, text);

describe('numbers in workers’ words are masked in the group', () => {
  it('进度 with a mobile number: the group sees 138****5678, the worker is told once', async () => {
    const n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    const seq = await post(t, null, c.zhang, `进度 ${n} 已电话联系梁德福（13812345678）和 130-1234-5678，约好下午上门`);
    const [reply] = await directSince(t, c.zhang, seq);
    expect(reply).toContain(`已记录 #${n} 的进展`);
    expect(reply!.match(/号码/g)).toHaveLength(1); // one notice, though two numbers were hidden
    expect(reply).toContain('已隐去');
    const group = (await groupSince(t, B3, seq)).map((e) => e.text);
    expect(group).toHaveLength(1);
    expect(group[0]).toContain('138****5678');
    expect(group[0]).toContain('130****5678');
    expect(group[0]).not.toMatch(/13812345678|1234-5678/);
    // Staff keep the original in the history.
    expect(await command(c.zhang, `查 ${n}`)).toContain('13812345678');
  });

  it('退回, 办结 and 上报 reasons are masked too; a note without numbers says nothing about masking', async () => {
    const a = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    let seq = await post(t, null, c.zhang, `退回 ${a} 已与业主130-1234-5678沟通，是私人维修`);
    expect((await directSince(t, c.zhang, seq))[0]).toContain('已隐去');
    let group = (await groupSince(t, B3, seq)).map((e) => e.text).join('\n');
    expect(group).toContain('130****5678');
    expect(group).not.toContain('1234-5678');

    const b = await report(t, B3, c.feng, '3号楼1单元水管漏水了');
    seq = await post(t, null, c.zhang, `办结 ${b} 师傅身份证110101199003071234已登记，已修好`);
    expect((await directSince(t, c.zhang, seq))[0]).toContain('已隐去');
    group = (await groupSince(t, B3, seq)).map((e) => e.text).join('\n');
    expect(group).toContain('110101********1234');
    expect(group).not.toContain('19900307');

    const d = await report(t, B3, c.zheng, '3号楼3单元门禁坏了');
    seq = await post(t, null, c.zhang, `进度 ${d} 已联系物业，明天上午维修`);
    const reply = (await directSince(t, c.zhang, seq))[0]!;
    expect(reply).toContain(`已记录 #${d} 的进展`);
    expect(reply).not.toContain('已隐去');
  });

  it('a notice with a number in its free text is masked in the preview and in the groups', async () => {
    const seq = await post(t, null, c.zhao, '通知 3号楼 明天停水，有事找王师傅13812345678');
    const preview = (await directSince(t, c.zhao, seq))[0]!;
    expect(preview).toContain('138****5678');
    expect(preview).not.toContain('13812345678');
    expect(preview).toContain('已隐去');
    await t.dm(c.zhao.id, '确认');
    await t.bot.settle();
    const texts = await t.groupTexts(B3);
    expect(texts.some((x) => x.includes('明天停水，有事找王师傅138****5678'))).toBe(true);
    expect(texts.join('\n')).not.toContain('13812345678');
  });
});

describe('summaries are masked before they are cut (item 6)', () => {
  it('a long report with a phone number near the cut never shows part of the number', async () => {
    const text = '3号楼2单元楼道灯坏了好几天了晚上特别黑麻烦尽快修一下我电话13812345678谢谢';
    const n = await report(t, B3, c.zheng, text);
    const row = await ticket(t, n);
    expect(row.summary).not.toMatch(/\d{4,}/);
    for (const list of [await command(c.zhang, '我的'), await command(c.zhang, '待办')]) {
      const line = list.split('\n').find((l) => l.startsWith(`#${n} `))!;
      expect(line).toBeDefined();
      expect(line).not.toMatch(/\d{4,}/);
    }
    const workers = (await t.groupTexts(WORKERS)).join('\n');
    expect(workers).toContain(`#${n}`);
    expect(workers).not.toMatch(/1381/);
  });
});
