/**
 * The /sim page as a person uses it: a real gridbot listening on loopback, a
 * real headless Chromium (the one inside the @sparticuz/chromium npm package,
 * launched by tests/helpers/browser.ts: no system browser, no download)
 * picking a chat and a person, typing, clicking 发送 and waiting for the reply.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { createGridbot, type Gridbot } from '../src/gridbot';
import { launchBrowser, watchErrors } from './helpers/browser';

describe('the /sim page in headless Chromium', () => {
  let dir: string;
  let bot: Gridbot;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gridbot-sim-page-'));
    bot = await createGridbot({
      config: loadConfig({ GRIDBOT_DB: join(dir, 'gridbot.db'), LOG_LEVEL: 'silent', GRIDBOT_SEND_JITTER_MS: '0' }),
    });
    await bot.start();
    base = await bot.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1000, height: 760 }, locale: 'zh-CN' });
    page = await context.newPage();
    pageErrors = watchErrors(page);
    await page.goto(`${base}/sim`);
    // The selects are filled from /sim/groups and /sim/people once the page has loaded them.
    await page.locator('#chat option[value="direct"]').waitFor({ state: 'attached' });
    await page.locator('#person option').first().waitFor({ state: 'attached' });
  });

  afterEach(async () => {
    await context?.close();
  });

  /** Types like a person and sends with the button. */
  async function send(text: string): Promise<void> {
    await page.locator('#text').fill(text);
    await page.locator('#send').click();
  }

  const botReplies = () => page.locator('#transcript .msg.bot .text');

  it('a direct chat with the bot gets the help text', async () => {
    await page.locator('#chat').selectOption('direct');
    await page.locator('#person').selectOption({ label: '郑海涛（居民 · 3号楼）' });

    await send('你好');

    await expect.poll(() => botReplies().allTextContents(), { timeout: 5000 }).toEqual([
      expect.stringContaining('您好，我是网格小助手'),
    ]);
    // The person's own message is shown on their side of the chat.
    await expect.poll(() => page.locator('#transcript .msg.me .text').allTextContents()).toEqual(['你好']);
    await expect.poll(() => page.locator('#text').inputValue()).toBe('');

    // A second exchange: every message is shown once, in order.
    await send('谢谢');
    await expect.poll(() => botReplies().count(), { timeout: 5000 }).toBe(2);
    const whoSaidWhat = await page.locator('#transcript .msg').evaluateAll((els) =>
      els.map((el) => (el.classList.contains('bot') ? 'bot' : 'me') + ':' + (el.querySelector('.text')?.textContent ?? '')),
    );
    expect(whoSaidWhat).toEqual([
      'me:你好',
      expect.stringMatching(/^bot:您好，我是网格小助手/),
      'me:谢谢',
      expect.stringMatching(/^bot:您好，我是网格小助手/),
    ]);
    expect(pageErrors).toEqual([]);
  });

  it('a resident report in a building group is acknowledged with a ticket number', async () => {
    await page.locator('#chat').selectOption({ label: '幸福里3号楼业主群' });
    await page.locator('#person').selectOption({ label: '冯秀英（居民 · 3号楼）' });

    await send('3号楼2单元电梯坏了');

    await expect.poll(() => botReplies().allTextContents(), { timeout: 5000 }).toContainEqual(
      expect.stringMatching(/@冯秀英 .*#\d+/),
    );
    await expect.poll(() => page.locator('#transcript .msg.me .text').allTextContents()).toContain('3号楼2单元电梯坏了');
    await page.screenshot({ path: '/tmp/sim.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
