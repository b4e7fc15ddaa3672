import { openBrowser, logIn, backInTheApp, BASE_URL } from './support.mjs';
const b = await openBrowser({ width: 360, height: 740 });
await logIn(b.page, 'demo.unitadmin'); await backInTheApp(b.page, 'demo.unitadmin');
await b.page.goto(BASE_URL + '/learners'); await b.page.waitForSelector('[data-testid="learner-table"]'); await b.page.waitForLoadState('networkidle');
console.log(JSON.stringify(await b.page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 360.5 && !e.closest('.table-scroll')).slice(0, 12).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent || '').slice(0, 40)}`)), null, 1));
await b.close(); process.exit(0);
