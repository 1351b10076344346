/**
 * The office console as a clerk uses it, in a real headless Chromium (the one
 * inside the @sparticuz/chromium npm package; see tests/helpers/browser.ts).
 * One browser for the whole file; each test opens its own context. Every page
 * visited must log no error.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { launchBrowser, watchErrors } from '../helpers/browser';
import { parseCsv } from '../../src/roster/csv';
import { exportRoster } from '../../src/roster/export';
import { rosterToYaml } from '../../src/roster/yaml';
import { progressResolved } from '../../src/templates/tickets';
import { renderNotice, noticeTemplate } from '../../src/templates/notices';
import { weekStart } from '../../src/http/console/overview';
import { ADMIN } from './support';
import { sqlRow } from '../helpers/sql';

const DAY = 86400_000;
let t: TestBot;
let base: string;
let browser: Browser;
let clock = Date.now() - 4 * DAY;
const auth = { authorization: `Bearer ${ADMIN}` };
const api = async (url: string) => {
  const r = await t.bot.app.inject({ url, headers: auth });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

beforeAll(async () => {
  // Reports written four days ago (overdue by now), then the clock comes back to today.
  t = await startTestBot({ env: { GRIDBOT_ADMIN_TOKEN: ADMIN }, gridbot: { now: () => new Date(clock) } });
  const [feng, liu, ma] = [await t.personNamed('冯秀英'), await t.personNamed('刘阿姨'), await t.personNamed('马丽娟')];
  await t.say('sim-b3', feng.id, '3号楼2单元电梯坏了');
  await t.say('sim-b1', liu.id, '1号楼楼道灯不亮了');
  clock = Date.now();
  await t.say('sim-b4', ma.id, '4号楼门口垃圾堆了三天没人清');
  base = await t.bot.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

let context: BrowserContext;
let errors: string[] = [];
afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

async function open(width = 1200, height = 900): Promise<Page> {
  context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  errors = watchErrors(page);
  return page;
}

async function signedIn(width?: number): Promise<Page> {
  const page = await open(width);
  await page.goto(`${base}/console/login`);
  await page.getByLabel('令牌').fill(ADMIN);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${base}/console`);
  return page;
}

describe('the office console in a browser', () => {
  it('signs in with the token form and signs out', async () => {
    const page = await open();
    await page.goto(`${base}/console/tickets`);
    await page.waitForURL(/\/console\/login\?next=/);
    await page.getByLabel('令牌').fill('not-a-token');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('令牌不对');
    await page.getByLabel('令牌').fill(ADMIN);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${base}/console/tickets`);
    expect(await page.locator('h1').textContent()).toBe('工单');
    // The cookie is out of the page's reach.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${base}/console/login`);
    await page.goto(`${base}/console`);
    await page.waitForURL(/\/console\/login/);
  });

  it('shows the overview with the numbers of /api/stats and draws the charts', async () => {
    const page = await signedIn();
    const all = await api('/api/stats');
    const monday = weekStart(new Date()).toISOString();
    const week = await api(`/api/stats?from=${encodeURIComponent(monday)}`);
    for (const g of all.grids) {
      const row = page.locator('#grid-table tbody tr', { has: page.locator('th', { hasText: g.grid.name }) });
      const cell = (k: string) => row.locator(`[data-k="${k}"]`).textContent();
      const w = week.grids.find((x: { grid: { id: number } }) => x.grid.id === g.grid.id);
      expect(Number(await cell('open'))).toBe(g.opened - g.closed);
      expect(Number(await cell('overdue'))).toBe(g.overdue);
      expect(Number(await cell('weekOpened'))).toBe(w.opened);
      expect(Number(await cell('weekResolved'))).toBe(w.resolved);
    }
    const total = (k: string) => page.locator(`#grid-table tfoot [data-k="${k}"]`).textContent();
    expect(Number(await total('open'))).toBe(3);
    expect(Number(await total('overdue'))).toBe(all.total.overdue);
    expect(all.total.overdue).toBe(2);
    await expect.poll(() => page.locator('#overdue-list li').count()).toBe(2);
    // ECharts drew both charts on a canvas, with the week's figures.
    for (const id of ['chart-volume', 'chart-rates']) await page.locator(`#${id} canvas`).waitFor();
    const received = await page.evaluate(() => {
      const el = document.getElementById('chart-volume')!;
      const chart = (window as unknown as { echarts: { getInstanceByDom(e: Element): { getOption(): { series: { data: number[] }[] } } } }).echarts.getInstanceByDom(el);
      return chart.getOption().series[0]!.data;
    });
    expect(received.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('filters the tickets, opens the elevator ticket and resolves it; the resident hears it in the group', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: '工单' }).click();
    await expect.poll(() => page.locator('#ticket-total').textContent()).toBe('3');
    await page.getByLabel('网格').selectOption('第一网格');
    await expect.poll(() => page.locator('#ticket-total').textContent()).toBe('2');
    await page.getByLabel('关键词或单号').fill('电梯');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => page.locator('#ticket-total').textContent()).toBe('1');
    expect(page.url()).toContain('q=%E7%94%B5%E6%A2%AF');
    await page.locator('.ticket-row a', { hasText: '电梯' }).click();
    await page.waitForURL(/\/console\/tickets\/\d+$/);
    const id = Number(/(\d+)$/.exec(page.url())![1]);
    expect(await page.locator('blockquote.orig').textContent()).toBe('3号楼2单元电梯坏了');
    expect(await page.locator('.timeline li').first().textContent()).toContain('登记');

    await page.getByLabel('办结', { exact: true }).check();
    await page.getByLabel(/理由或办理结果/).fill('已更换电梯控制板');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('#ticket-body .msg').textContent()).toContain(`工单 #${id} 已办结`);
    expect(await page.locator('.timeline li').last().textContent()).toContain('已更换电梯控制板');

    await t.bot.settle();
    // The same words a worker's 「办结」 in chat sends to the group.
    await expect.poll(() => t.groupTexts('sim-b3')).toContainEqual(expect.stringContaining(progressResolved(id, '已更换电梯控制板')));
    const detail = await api(`/api/tickets/${id}`);
    expect(detail.status).toBe('resolved');
    expect(detail.events.at(-1)).toMatchObject({ type: 'resolved', actor: { name: '社区办公室' }, note: '已更换电梯控制板' });
  });

  it('downloads the filtered list as CSV and XLSX', async () => {
    const page = await signedIn();
    await page.goto(`${base}/console/tickets`);
    await page.getByRole('link', { name: '本月登记的' }).click();
    await page.waitForURL(/from=\d{4}-\d{2}-01$/);
    const from = /from=([\d-]+)/.exec(page.url())![1]!;
    // Today's report is always in this month (the older ones may not be, early in a month).
    const expected = await api(`/api/tickets?from=${from}`);
    expect(expected.total).toBeGreaterThan(0);
    const ids = expected.items.map((x: { id: number }) => String(x.id));

    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    const csv = readFileSync((await csvDl.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1)).rows.map((r) => r.cells.map((c) => c.value));
    expect(rows[0]!.slice(0, 3)).toEqual(['单号', '状态', '类别']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(ids);

    const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel（XLSX）' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsxDl.path())!);
    const ws = wb.getWorksheet('工单')!;
    const values: string[][] = [];
    ws.eachRow((row) => values.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(values[0]!.slice(0, 2)).toEqual(['单号', '状态']);
    expect(values.slice(1).map((r) => r[0])).toEqual(ids);
    expect(values.slice(1).map((r) => r[5])).toEqual(expected.items.map((x: { summary: string }) => x.summary));
  });

  it('composes a water-outage notice from the template, previews the exact text, schedules it for tomorrow 08:00 and cancels it', async () => {
    const page = await signedIn();
    await page.goto(`${base}/console/notices`);
    await page.getByRole('link', { name: '新建通知' }).click();
    await page.getByLabel('模板').selectOption({ label: '停水通知' });
    await page.getByLabel(/停水范围/).waitFor();
    const vars = { area: '3号楼、4号楼', start: '明天 8:00', end: '明天 17:00', reason: '主管道维修' };
    await page.getByLabel(/停水范围/).fill(vars.area);
    await page.getByLabel(/开始时间/).fill(vars.start);
    await page.getByLabel(/恢复时间/).fill(vars.end);
    await page.getByLabel(/停水原因/).fill(vars.reason);
    await page.getByLabel('3号楼', { exact: true }).check();
    await page.getByLabel('4号楼', { exact: true }).check();
    await page.getByLabel('定时发送').check();
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + DAY).toISOString().slice(0, 10);
    await page.getByLabel('发送时间', { exact: true }).fill(`${tomorrow}T08:00`);
    const text = (renderNotice(noticeTemplate('water_outage')!, vars) as { text: string }).text;
    await expect.poll(() => page.locator('#preview-text').textContent(), { timeout: 10_000 }).toBe(text);
    // The preview's time and groups refresh on their own events: wait for them too (under load they lag the text).
    await expect.poll(() => page.locator('#preview').textContent()).toContain(`${tomorrow} 08:00`);
    await expect.poll(() => page.locator('#preview').textContent()).toContain('幸福里3号楼业主群');

    await page.getByRole('button', { name: '确认发布' }).click();
    await page.waitForURL(/\/console\/notices\/\d+\?created=1$/);
    const id = Number(/notices\/(\d+)/.exec(page.url())![1]);
    expect(await page.locator('main').textContent()).toContain('待发送');
    const a = await api(`/api/announcements/${id}`);
    expect(a).toMatchObject({ status: 'scheduled', text, template: 'water_outage', targets: { buildings: ['3', '4'] } });
    expect(a.nextRunAt).toBe(new Date(`${tomorrow}T08:00:00+08:00`).toISOString());

    await page.getByRole('button', { name: '取消这条通知' }).click();
    await expect.poll(() => page.locator('.msg.ok').textContent()).toContain(`通知 #${id} 已取消`);
    expect((await api(`/api/announcements/${id}`)).status).toBe('cancelled');
  });

  it('sends a notice now and shows each group delivered', async () => {
    const page = await signedIn();
    await page.goto(`${base}/console/notices/new`);
    await page.getByLabel('通知内容').fill('今晚七点社区广场放映电影，欢迎参加。');
    await page.getByLabel('第二网格').check();
    await expect.poll(() => page.locator('#preview-text').textContent()).toBe('今晚七点社区广场放映电影，欢迎参加。');
    await page.getByRole('button', { name: '确认发布' }).click();
    await page.waitForURL(/\/console\/notices\/\d+/);
    await t.bot.settle();
    await page.reload();
    await expect.poll(() => page.locator('#delivery-table tbody tr').count()).toBe(3);
    expect(await page.locator('#delivery-table tbody').textContent()).toContain('已送达');
    expect(await t.groupTexts('sim-b5')).toContain('今晚七点社区广场放映电影，欢迎参加。');
  });

  it('checks an uploaded roster (dry run), then imports it', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: '花名册' }).click();
    expect(await page.locator('main').textContent()).toContain('第一网格');
    const roster = await exportRoster(t.bot.store.db, '和平街道');
    const c = roster.communities[0]!;
    c.grids.find((g) => g.name === '第二网格')!.buildings.push({ name: '7', units: 2 });
    c.staff.push({ name: '孙志远', role: 'grid_worker', grids: ['第二网格'], phone: '13800000007' });
    await page.locator('#f-yaml').setInputFiles({ name: 'roster.yaml', mimeType: 'text/yaml', buffer: Buffer.from(rosterToYaml(roster)) });
    await expect.poll(() => page.locator('#t-yaml').inputValue()).toContain('孙志远');
    await page.getByRole('button', { name: '检查（不写入）' }).click();
    await expect.poll(() => page.locator('#plan').textContent()).toContain('检查通过');
    const plan = await page.locator('#plan-changes li').allTextContents();
    expect(plan.some((l) => l.includes('7'))).toBe(true);
    expect(plan.some((l) => l.includes('孙志远'))).toBe(true);
    expect(await sqlRow(t.bot.store, "SELECT count(*) AS n FROM buildings WHERE name = '7'")).toEqual({ n: 0 });

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '导入' }).click();
    await expect.poll(() => page.locator('#plan').textContent()).toContain('已导入');
    expect(await sqlRow(t.bot.store, "SELECT count(*) AS n FROM buildings WHERE name = '7'")).toEqual({ n: 1 });

    // A broken file: the CLI's located errors, nothing written.
    await page.getByText('或直接粘贴内容').click();
    await page.locator('#t-yaml').fill('street: 和平街道\ncommunities:\n  - name: 幸福里社区\n    grids: 3\n');
    await page.getByRole('button', { name: '检查（不写入）' }).click();
    await expect.poll(() => page.locator('#plan-errors li').count()).toBeGreaterThan(0);
    expect(await page.locator('#plan-errors').textContent()).toMatch(/grids/);
  });

  it('starts a group-buy from the console, sees two replies from the simulator in the totals, and downloads the XLSX', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: '接龙' }).click();
    await page.waitForURL(`${base}/console/collections`);
    await page.getByLabel('标题').fill('周末水果团购');
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + DAY).toISOString().slice(0, 10);
    await page.getByLabel('截止时间（北京时间）').fill(`${tomorrow}T20:00`);
    await page.getByLabel('3号楼', { exact: true }).check();
    await page.getByLabel('第1项品名').fill('苹果');
    await page.getByLabel('第1项单位').fill('斤');
    await page.getByLabel('第1项单价').fill('6');
    await page.getByLabel('第2项品名').fill('橙子');
    await page.getByLabel('第2项单位').fill('箱');
    // A refusal first (no deadline in the past): the reason appears above the form, nothing is posted.
    await page.getByLabel('截止时间（北京时间）').fill('2020-01-01T08:00');
    await page.getByRole('button', { name: '发起并发到各群' }).click();
    await expect.poll(() => page.locator('#new-result').textContent()).toContain('截止时间已经过去了');
    await page.getByLabel('截止时间（北京时间）').fill(`${tomorrow}T20:00`);
    await page.getByRole('button', { name: '发起并发到各群' }).click();
    await page.waitForURL(/\/console\/collections\/\d+\?created=1/);
    const id = Number(/collections\/(\d+)/.exec(page.url())![1]);
    expect(await page.locator('.msg.ok').textContent()).toContain(`接龙 #${id} 已发到 1 个群`);
    await t.bot.settle();
    expect((await t.groupTexts('sim-b3')).at(-1)).toContain('周末水果团购');

    const [zheng, he] = [await t.personNamed('郑海涛'), await t.personNamed('何俊')];
    await t.say('sim-b3', zheng.id, '3-2-501 苹果3斤 橙子1箱');
    await t.say('sim-b3', he.id, '接龍 何俊 2單元302 蘋果兩斤');
    await page.reload();
    expect(await page.locator('#c-households strong').first().textContent()).toBe('2');
    expect(await page.locator('#item-totals [data-item="苹果"]').textContent()).toBe('5斤');
    expect(await page.locator('#item-totals [data-item="橙子"]').textContent()).toBe('1箱');
    expect(await page.locator('#building-totals tbody').textContent()).toContain('3号楼');
    expect(await page.locator('#grid-totals tbody').textContent()).toContain('第一网格');
    // Staff see each household, with the name where the line gave one.
    const households = (await page.locator('#household-table tbody tr').allTextContents()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(households.sort()).toEqual(['3号楼2单元302何俊2', '3号楼2单元50131'].sort());

    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel（XLSX）' }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await dl.path())!);
    const rows: string[][] = [];
    // Empty cells are holes in row.values: Array.from fills them.
    wb.getWorksheet('明细')!.eachRow((row) => rows.push(Array.from(row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0]!.slice(0, 7)).toEqual(['楼栋', '单元', '房号', '网格', '姓名', '苹果(斤)', '橙子(箱)']);
    expect(rows.slice(1).map((r) => r.slice(0, 7)).sort()).toEqual(
      [
        ['3', '2', '501', '第一网格', '', '3', '1'],
        ['3', '2', '302', '第一网格', '何俊', '2', '0'],
      ].sort(),
    );
    const api = await page.context().request.get(`${base}/api/collections/${id}`, { headers: auth });
    expect((await api.json()).items.map((i: { total: number }) => i.total)).toEqual([5, 1]);
  });

  it('is readable at 375 px: no page scrolls sideways', async () => {
    const page = await signedIn(375);
    for (const path of ['/console', '/console/tickets', '/console/tickets/1', '/console/notices', '/console/notices/new', '/console/roster', '/console/collections', '/console/collections/1']) {
      await page.goto(`${base}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(375);
      await expect.poll(() => page.getByRole('navigation', { name: '主菜单' }).isVisible()).toBe(true);
    }
    await page.goto(`${base}/console`);
    await page.locator('#chart-volume canvas').waitFor();
    const box = await page.locator('#chart-volume').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
  });
});
