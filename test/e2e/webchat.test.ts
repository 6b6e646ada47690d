import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, CHROMIUM_PATH } from '../support/browser';
import { startHttpBot, type HttpBot } from '../support/httpBot';

const ARTIFACTS = join(__dirname, '..', 'artifacts');

if (!hasChromium) {
  console.warn(`Skipping browser tests: no Chromium at ${CHROMIUM_PATH} (install Debian's "chromium" package; .ci/run does).`);
}

describe.skipIf(!hasChromium)('The web chat page in a real browser', () => {
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

  async function ask(page: Page, text: string): Promise<void> {
    const input = page.getByPlaceholder('Ask a question about small claims court');
    await input.fill(text);
    await input.press('Enter');
  }

  for (const viewport of [{ name: 'desktop', width: 1024, height: 900 }, { name: 'phone', width: 375, height: 740 }]) {
    it(`welcomes, answers with a cited source, and answers a tapped follow-up (${viewport.name}, ${viewport.width}px)`, async () => {
      const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(bot.url);

      await expect.poll(() => page.textContent('#webchat'), { timeout: 15000 }).toContain('not legal advice');

      await ask(page, 'how do I collect my judgment');
      const source = page.locator('#webchat a[href^="https://selfhelp.courts.ca.gov"]').first();
      await source.waitFor({ timeout: 15000 });
      expect(await page.textContent('#webchat')).toContain('EJ-130');
      expect(await source.getAttribute('target')).toBe('_blank');

      const followUp = page.getByRole('button', { name: /^1\. / }).first();
      await followUp.waitFor({ timeout: 10000 });
      const followUpText = ((await followUp.textContent()) ?? '').replace(/^1\.\s*/, '').trim();
      await followUp.click();
      await expect.poll(() => page.locator('#webchat strong', { hasText: followUpText }).count(), { timeout: 15000 }).toBeGreaterThan(0);

      await page.screenshot({ path: join(ARTIFACTS, `webchat-${viewport.name}.png`), fullPage: true });
      expect(errors).toEqual([]);
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(Number(overflow), 'no sideways scrolling').toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('can be used with the keyboard alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(bot.url);
    await expect.poll(() => page.textContent('#webchat'), { timeout: 15000 }).toContain('not legal advice');
    await page.keyboard.type('can they take my car');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#webchat'), { timeout: 15000 }).toContain('CCP 704.010');
    await page.close();
  });

  it('sends security headers with the page', async () => {
    const response = await fetch(bot.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
