/**
 * Where people read the answers: the web chat page at phone and desktop sizes, in short windows, with
 * the keyboard alone and under an accessibility scan. Screenshots go to test/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/browser';
import { startHttpBot, type HttpBot } from '../support/httpBot';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const PLACEHOLDER = 'Ask a question about small claims court';
const COLLECT_QUESTION = 'How do I collect my small claims judgment?';
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Whether the element with focus is on screen and not covered by anything (WCAG 2.4.11). */
const FOCUS_SEEN = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return { ok: true, what: 'body' };
  const r = element.getBoundingClientRect();
  const what = element.tagName + ' ' + (element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 50);
  if (r.width === 0 || r.height === 0) return { ok: true, what: what + ' (not drawn)' };
  const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2], [r.right - 2, r.bottom - 2]];
  const seen = points.filter(([x, y]) => {
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const top = document.elementFromPoint(x, y);
    return top === element || element.contains(top) || (top && top.contains(element));
  }).length;
  return { ok: seen > 0, what };
})()`;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}


async function boxOf(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox({ timeout: 15000 });
  if (!found) throw new Error('element is not shown');
  return { top: found.y, bottom: found.y + found.height, left: found.x, right: found.x + found.width };
}

describe.skipIf(!hasChromium)('Reading answers on the web chat page', () => {
  let bot: HttpBot;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    bot = await startHttpBot();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  const pageErrors: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0), 'no script errors on the page').toEqual([]);
  });

  async function open(width: number, height: number, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, ...options });
    const page = await context.newPage();
    // A script error on the page fails the test when its context closes (see afterEach).
    page.on('pageerror', (error) => pageErrors.push(`${width}×${height}: ${error.message}`));
    await page.goto(bot.url);
    await expect.poll(() => page.textContent('#webchat'), { timeout: 15000 }).toContain('not legal advice');
    return page;
  }

  async function ask(page: Page, text: string): Promise<void> {
    const input = page.getByPlaceholder(PLACEHOLDER);
    await input.fill(text);
    await input.press('Enter');
  }

  async function box(page: Page, selector: string): Promise<Box> {
    return boxOf(page.locator(selector).last());
  }

  /** The newest answer's title, once its follow-up buttons are shown. */
  async function askAndWait(page: Page, text: string, title: string): Promise<void> {
    await ask(page, text);
    await page.locator('#webchat strong', { hasText: title }).last().waitFor({ timeout: 15000 });
    await page.locator('#webchat .webchat__suggested-action').first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(600); // Web Chat scrolls smoothly; let it settle
  }

  async function titleBox(page: Page, title: string): Promise<Box> {
    return boxOf(page.locator('#webchat strong', { hasText: title }).last());
  }

  for (const viewport of [
    { name: '1280', width: 1280, height: 900 },
    { name: '390', width: 390, height: 844 },
  ]) {
    it(`shows the start of a new answer, and follow-ups that wrap and leave the transcript readable (${viewport.name} px)`, async () => {
      const page = await open(viewport.width, viewport.height);
      await askAndWait(page, 'how do I collect my judgment', COLLECT_QUESTION);

      const transcript = await box(page, '.webchat__basic-transcript__scrollable');
      const title = await titleBox(page, COLLECT_QUESTION);
      expect(title.top, 'the answer starts inside the visible transcript').toBeGreaterThanOrEqual(transcript.top - 1);
      expect(title.bottom, 'the answer starts inside the visible transcript').toBeLessThanOrEqual(transcript.bottom);
      expect(title.top - transcript.top, 'and near its top, not scrolled to the end').toBeLessThan((transcript.bottom - transcript.top) / 2);

      const actions = await box(page, '.webchat__suggested-actions');
      expect(transcript.bottom - transcript.top, 'the transcript keeps more room than the follow-ups').toBeGreaterThan(actions.bottom - actions.top);

      const labels = await page.$$eval('#webchat .webchat__suggested-action', (buttons) =>
        buttons.map((button) => ({ text: button.textContent ?? '', cut: button.scrollWidth > button.clientWidth + 1 || [...button.querySelectorAll('*')].some((part) => part.scrollWidth > part.clientWidth + 1) })),
      );
      expect(labels.map((label) => label.text)).toContain('Make my collection plan');
      expect(labels.filter((label) => label.cut), 'no label is cut off').toEqual([]);

      await page.screenshot({ path: join(ARTIFACTS, `reading-answer-${viewport.name}.png`) });
      await page.context().close();
    }, 60000);
  }

  for (const viewport of [
    { width: 844, height: 390 },
    { width: 390, height: 500 },
  ]) {
    it(`keeps header, chat and footer apart in a short window (${viewport.width}×${viewport.height})`, async () => {
      const page = await open(viewport.width, viewport.height);
      await askAndWait(page, 'how do I collect my judgment', COLLECT_QUESTION);
      const header = await box(page, 'body > header');
      const chat = await box(page, '#webchat');
      const footer = await box(page, 'body > footer');
      const sendBox = await box(page, '.webchat__send-box__main');
      expect(header.bottom).toBeLessThanOrEqual(chat.top + 0.5);
      expect(chat.bottom).toBeLessThanOrEqual(footer.top + 0.5);
      expect(footer.bottom).toBeLessThanOrEqual(viewport.height + 0.5);
      expect(sendBox.bottom).toBeLessThanOrEqual(chat.bottom + 0.5);
      const transcript = await box(page, '.webchat__basic-transcript__scrollable');
      expect(transcript.bottom - transcript.top, 'some of the answer is readable').toBeGreaterThan(90);
      await page.screenshot({ path: join(ARTIFACTS, `reading-short-${viewport.width}x${viewport.height}.png`) });
      await page.context().close();
    }, 60000);
  }

  /** Shift+Tab from the send box into the follow-ups, arrow keys to the one wanted, Enter. */
  async function pickWithKeyboard(page: Page, label: string): Promise<void> {
    await page.locator('#webchat .webchat__suggested-action', { hasText: new RegExp(label.replace(/[.*+?()[\]\\]/g, '\\$&').replace(/'/g, '.')) }).first().waitFor({ timeout: 15000 });
    await page.getByPlaceholder(PLACEHOLDER).focus();
    await page.keyboard.press('Shift+Tab');
    for (let step = 0; step < 12; step++) {
      const focused = (await page.evaluate('document.activeElement && document.activeElement.textContent')) as string | null;
      if (focused?.trim().replace(/\u2019/g, "'") === label) {
        await page.keyboard.press('Enter');
        return;
      }
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`could not reach "${label}" with the keyboard`);
  }

  it('never hides the element with keyboard focus behind the follow-ups or the footer (390 px)', async () => {
    const page = await open(390, 844);
    await askAndWait(page, 'how do I collect my judgment', COLLECT_QUESTION);
    const hidden: string[] = [];
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press('Tab');
      const seen = (await page.evaluate(FOCUS_SEEN)) as { ok: boolean; what: string };
      if (!seen.ok) hidden.push(`Tab ${press + 1}: ${seen.what}`);
    }
    // The links inside the newest answer, reached the way Web Chat offers (into the activity, then Tab).
    const links = page.locator('#webchat .webchat__basic-transcript__activity').last().locator('a[href]');
    const count = await links.count();
    expect(count, 'the answer has source links').toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      await links.nth(index).focus();
      await page.waitForTimeout(100);
      const seen = (await page.evaluate(FOCUS_SEEN)) as { ok: boolean; what: string };
      if (!seen.ok) hidden.push(`link ${index + 1}: ${seen.what}`);
    }
    expect(hidden).toEqual([]);
    await page.context().close();
  }, 60000);

  it('runs a guided flow end to end with the keyboard alone', async () => {
    const page = await open(1280, 900);
    await page.keyboard.type('how do I collect my judgment');
    await page.keyboard.press('Enter');
    await pickWithKeyboard(page, 'Make my collection plan');
    await expect.poll(() => page.textContent('#webchat'), { timeout: 15000 }).toMatch(/Let.s make your collection plan/);
    await pickWithKeyboard(page, 'Yes, 30 days have passed');
    await expect.poll(() => page.textContent('#webchat'), { timeout: 15000 }).toContain('What do you know about the person who owes you?');
    await pickWithKeyboard(page, 'Where they work');
    await expect.poll(() => page.textContent('#webchat'), { timeout: 15000 }).toContain('Anything else you know?');
    await pickWithKeyboard(page, "That's all");
    await expect.poll(() => page.textContent('#webchat'), { timeout: 15000 }).toContain('WG-001');
    const focus = (await page.evaluate(FOCUS_SEEN)) as { ok: boolean; what: string };
    expect(focus.ok, focus.what).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'reading-keyboard-plan-1280.png') });
    await page.context().close();
  }, 60000);

  for (const width of [1280, 390]) {
    it(`has no serious or critical axe-core violations with an answer and follow-ups shown (${width} px)`, async () => {
      // axe is injected through the DevTools protocol; the page's own CSP stays as served for the rest.
      const page = await open(width, width > 600 ? 900 : 844);
      await askAndWait(page, 'how do I collect my judgment', COLLECT_QUESTION);
      await page.evaluate(AXE_SOURCE);
      const result = (await page.evaluate(
        `axe.run(document).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })) }))`,
      )) as { passes: number; violations: Array<{ id: string; impact: string; help: string; nodes: string[] }> };
      expect(result.passes, 'axe ran its rules').toBeGreaterThan(10);
      const severe = result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      console.info(`axe at ${width} px: ${result.passes} rules passed; violations: ${JSON.stringify(result.violations)}`);
      expect(severe).toEqual([]);
      await page.context().close();
    }, 60000);
  }

  it('keeps the conversation when the page is reloaded in the same tab', async () => {
    const page = await open(1280, 900);
    await askAndWait(page, 'how do I collect my judgment', COLLECT_QUESTION);
    await page.reload();
    await page.locator('#webchat strong', { hasText: COLLECT_QUESTION }).first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(500);
    const welcomes = await page.locator('#webchat p', { hasText: 'Ask in your own words' }).count();
    expect(welcomes, 'the welcome is not sent a second time').toBe(1);
    // The bot still knows the answer it gave: "1" picks its first follow-up.
    await ask(page, '1');
    await expect.poll(() => page.locator('#webchat strong', { hasText: 'When can I start collecting' }).count(), { timeout: 15000 }).toBeGreaterThan(0);
    await page.context().close();
  }, 60000);

  it('tells people without JavaScript what to do instead of showing an empty box', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(bot.url);
    expect(await page.textContent('main')).toMatch(/needs JavaScript/);
    expect(await page.getAttribute('main noscript a, main a', 'href')).toMatch(/^https:\/\/selfhelp\.courts\.ca\.gov\//);
    await context.close();
  });

  it('shows that a reply is coming when it takes a moment', async () => {
    const page = await open(1280, 900);
    await page.route('**/api/messages', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    await ask(page, 'how much can I sue for');
    await page.locator('#webchat .webchat__typing-indicator').first().waitFor({ state: 'attached', timeout: 2000 });
    await page.locator('#webchat strong', { hasText: /How much can I sue for/i }).last().waitFor({ timeout: 15000 });
    await page.context().close();
  }, 60000);
});
