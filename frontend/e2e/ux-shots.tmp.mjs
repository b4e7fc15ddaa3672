// temporary: screenshots for the audit (not committed)
import { openBrowser, logIn, backInTheApp, BASE_URL } from './support.mjs';
const [who, w, h, lang, ...paths] = process.argv.slice(2);
const b = await openBrowser({ width: Number(w), height: Number(h) });
const page = b.page;
if (who !== 'anon') { await logIn(page, who); await backInTheApp(page, who); }
for (const p of paths) {
  await page.goto(BASE_URL + p);
  await page.waitForLoadState('networkidle').catch(() => {});
  if (lang === 'en') { await page.evaluate(() => document.querySelector('[data-testid="lang-en"]')?.click()); await page.waitForTimeout(500); }
  if (process.env.PREVIEW_CSS) await page.evaluate((css) => { const sh = new CSSStyleSheet(); sh.replaceSync(css); document.adoptedStyleSheets = [...document.adoptedStyleSheets, sh]; }, (await import('node:fs')).readFileSync(process.env.PREVIEW_CSS, 'utf8'));
  await page.waitForTimeout(800);
  const name = `/tmp/ux-shots/${who}-${w}-${lang}-${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
  const info = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, sh: document.documentElement.scrollHeight }));
  console.log(name, JSON.stringify(info));
  await page.screenshot({ path: name, fullPage: true });
}
await b.close?.() ?? b.browser?.close();
process.exit(0);
