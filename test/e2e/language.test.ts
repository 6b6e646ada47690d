/**
 * The web chat page in Spanish: the English / Español buttons, the page following the language the bot
 * answers in, Web Chat's own words in Spanish, and the page still accessible. Screenshots (phone width,
 * Spanish) go to test/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/browser';
import { startHttpBot, type HttpBot } from '../support/httpBot';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PLACEHOLDER = { en: 'Ask a question about small claims court', es: 'Escriba su pregunta sobre reclamos menores' };

describe.skipIf(!hasChromium)('The web chat page in Spanish', () => {
  let bot: HttpBot;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    bot = await startHttpBot();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  afterEach(() => {
    expect(pageErrors.splice(0), 'no script errors on the page').toEqual([]);
  });

  async function open(width: number, height: number, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, ...options });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(bot.url);
    return page;
  }

  const transcript = (page: Page): Promise<string> => page.textContent('#webchat').then((text) => text ?? '');
  const pageLanguage = (page: Page): Promise<string | null> => page.getAttribute('html', 'lang');

  async function ask(page: Page, text: string, language: 'en' | 'es'): Promise<void> {
    const input = page.getByPlaceholder(PLACEHOLDER[language]);
    await input.fill(text);
    await input.press('Enter');
  }

  it('switches to Spanish with the Español button and back with English: the bot, the page and Web Chat', async () => {
    const page = await open(1024, 900);
    await expect.poll(() => transcript(page), { timeout: 15000 }).toContain('not legal advice');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Español' }).click();
    // The switch is said in the conversation, and the bot answers it in Spanish.
    await expect.poll(() => transcript(page), { timeout: 15000 }).toContain('hablo español');
    expect(await pageLanguage(page)).toBe('es');
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('false');
    // Web Chat's own words are Spanish, and the page's.
    await page.getByRole('button', { name: 'Enviar' }).first().waitFor({ timeout: 10000 });
    expect(await page.textContent('header')).toContain('Asistente de Reclamos Menores');
    expect(await page.locator('header h1').innerText()).not.toContain('Small Claims Helper');
    expect(await page.getAttribute('#webchat', 'aria-label')).toBe('Chat con el Asistente de Reclamos Menores');

    // A Spanish answer keeps the page in Spanish.
    const bubbles = await page.locator('#webchat .webchat__bubble').count();
    await ask(page, '¿Cuánto puedo demandar?', 'es');
    await expect.poll(() => page.locator('#webchat .webchat__bubble').count(), { timeout: 15000 }).toBeGreaterThan(bubbles + 1);
    await page.waitForTimeout(300);
    expect(await pageLanguage(page)).toBe('es');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByPlaceholder(PLACEHOLDER.en).waitFor({ timeout: 15000 });
    expect(await pageLanguage(page)).toBe('en');
    await page.getByRole('button', { name: 'Send' }).first().waitFor({ timeout: 10000 });
    await ask(page, 'how much can I sue for', 'en');
    await expect.poll(() => transcript(page), { timeout: 15000 }).toMatch(/How much can I sue for/i);
    await page.context().close();
  }, 60000);

  it('follows the bot into Spanish when the person writes in Spanish, and keeps it on reload', async () => {
    const page = await open(1024, 900);
    await expect.poll(() => transcript(page), { timeout: 15000 }).toContain('not legal advice');
    await ask(page, 'hola, me demandaron en reclamos menores y no puedo pagar el fallo, ¿qué hago?', 'en');
    await expect.poll(() => pageLanguage(page), { timeout: 15000 }).toBe('es');
    await page.getByPlaceholder(PLACEHOLDER.es).waitFor({ timeout: 10000 });
    await page.reload();
    await page.getByPlaceholder(PLACEHOLDER.es).waitFor({ timeout: 15000 });
    expect(await pageLanguage(page)).toBe('es');
    await page.context().close();
  }, 60000);

  it('starts in Spanish for a browser set to Spanish', async () => {
    const page = await open(390, 844, { locale: 'es-MX' });
    await page.getByPlaceholder(PLACEHOLDER.es).waitFor({ timeout: 15000 });
    await expect.poll(() => transcript(page), { timeout: 15000 }).toContain('asesoría legal');
    expect(await pageLanguage(page)).toBe('es');
    await page.context().close();
  }, 60000);

  for (const [width, height] of [
    [390, 844],
    [844, 390],
  ] as const) {
    it(`has no serious or critical axe-core violations in Spanish, with the language buttons in view (${width}×${height})`, async () => {
      const page = await open(width, height);
      await page.getByRole('button', { name: 'Español' }).click();
      await expect.poll(() => transcript(page), { timeout: 15000 }).toContain('hablo español');
      await ask(page, '¿Cómo cobro mi fallo?', 'es');
      await page.locator('#webchat .webchat__suggested-action').first().waitFor({ timeout: 15000 });
      await page.waitForTimeout(600); // Web Chat scrolls smoothly; let it settle
      await page.screenshot({ path: join(ARTIFACTS, `webchat-es-${width}x${height}.png`) });

      // The buttons sit inside the header, side by side, and nothing runs off the screen.
      const english = await page.getByRole('button', { name: 'English' }).boundingBox();
      const spanish = await page.getByRole('button', { name: 'Español' }).boundingBox();
      const header = await page.locator('body > header').boundingBox();
      expect(english && spanish && header).toBeTruthy();
      expect(spanish!.x + spanish!.width).toBeLessThanOrEqual(width);
      expect(spanish!.y + spanish!.height).toBeLessThanOrEqual(header!.y + header!.height);
      expect(Math.abs(spanish!.y - english!.y)).toBeLessThan(2);
      expect(Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')), 'no sideways scrolling').toBeLessThanOrEqual(0);

      await page.evaluate(AXE_SOURCE);
      const result = (await page.evaluate(`axe.run(document).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })) }))`)) as {
        passes: number;
        violations: Array<{ id: string; impact: string; nodes: string[] }>;
      };
      expect(result.passes, 'axe ran its rules').toBeGreaterThan(10);
      console.info(`axe in Spanish at ${width}×${height}: ${result.passes} rules passed; violations: ${JSON.stringify(result.violations)}`);
      expect(result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
      await page.context().close();
    }, 60000);
  }
});
