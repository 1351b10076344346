/**
 * The one way tests get a browser: playwright-core driving the Chromium that
 * ships inside the @sparticuz/chromium npm package, so `npm test` needs
 * nothing but Node (no system browser, no download). Launch it once per test
 * file (beforeAll): a launch costs about a second on a busy machine.
 *
 * GRIDBOT_CHROMIUM=/path/to/chrome uses another binary instead (optional).
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = process.env.GRIDBOT_CHROMIUM || (await packaged.executablePath());
  // The package's flags are tuned for serverless: one process (closing a context then
  // kills the browser) and web security off. Tests want an ordinary browser.
  const args = packaged.args.filter((a) => a !== '--single-process' && a !== '--disable-web-security');
  const launch = () => chromium.launch({ executablePath, args, headless: true });
  try {
    return await launch();
  } catch {
    // Two test files unpacking the browser at the same moment: the second try finds it complete.
    await new Promise((r) => setTimeout(r, 1000));
    return launch();
  }
}

/** Collects what a page reports as broken: uncaught errors and console.error lines. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}
