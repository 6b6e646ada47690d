import { it } from 'vitest';
import { createTestBot } from './support/testBot';
it('smoke', async () => {
  const bot = createTestBot();
  for (const t of (process.env.TURNS ?? '').split('|')) {
    const r = await bot.say(t);
    console.log('>>> ' + t + '\n' + r.map((x) => `[${JSON.stringify(x.match)} ${x.activity.locale}] ${x.text.slice(0, Number(process.env.CHARS ?? 600))}\n  choices: ${x.choices.join(' | ')}`).join('\n'));
  }
}, 120000);
