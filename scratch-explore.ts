import { launchChromium } from './test/support/browser';
import { startHttpBot } from './test/support/httpBot';

async function main() {
  const bot = await startHttpBot();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(bot.url);
  await page.waitForFunction(`document.querySelector('#webchat')?.textContent?.includes('not legal advice')`, null, { timeout: 15000 });
  const input = page.getByPlaceholder('Ask a question about small claims court');
  await input.fill('how do I collect my judgment');
  await input.press('Enter');
  await page.waitForTimeout(2000);
  console.log(await page.evaluate(`sessionStorage.getItem('small-claims-helper:conversation').length`));
  await page.reload();
  await page.waitForTimeout(3000);
  console.log((await page.textContent('#webchat'))?.slice(0, 600));
  await page.screenshot({ path: '/tmp/i12/reload.png' });
  await input.focus();
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 6; i++) {
    const t = await page.evaluate(`document.activeElement.textContent`);
    console.log('focus', t);
    if (t === 'Make my collection plan') { await page.keyboard.press('Enter'); break; }
    await page.keyboard.press('ArrowDown');
  }
  await page.waitForTimeout(2000);
  const text = (await page.textContent('#webchat')) ?? '';
  console.log(text.slice(-700));
  console.log('active', await page.evaluate(`document.activeElement.tagName + document.activeElement.className`));
  await browser.close();
  await bot.close();
}
main();
