/**
 * Where people read the answers: the web chat page at phone and desktop sizes, in short windows, with
 * the keyboard alone and under an accessibility scan. Screenshots go to test/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/browser';
import { startHttpBot, type HttpBot } from '../support/httpBot';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const PLACEHOLDER = 'Ask a question about small claims court';
const COLLECT_QUESTION = 'How do I collect my small claims judgment?';

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

  async function open(width: number, height: number, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, ...options });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
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
    });
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
    });
  }
});
