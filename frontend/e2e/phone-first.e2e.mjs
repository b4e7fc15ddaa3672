// Phone first and fast on a cheap phone (issue 14), in Chromium at 360 × 740 against the packaged app
// with the demo data: tables that keep their words whole, the learner's JavaScript budget, cached and
// compressed assets, confirmations and feedback on risky actions, each staff home's counts, the wave
// form's date in Vietnam time, and axe with no critical or serious finding on the pages visited.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { request as httpRequest } from 'node:http';
import { test } from 'node:test';
import { api, apiToken, backInTheApp, BASE_URL, brokenWords, expectVisible, logIn, openBrowser, shot, unitId } from './support.mjs';

const PHONE = { width: 360, height: 740 };
const LEARNER_JS_BUDGET = 150 * 1024;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function staffOnPhone(username) {
  const browser = await openBrowser(PHONE);
  await logIn(browser.page, username);
  await backInTheApp(browser.page, username);
  return browser;
}

/** axe on the current page: the critical and serious violations, by rule. */
async function axeFindings(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return result;
}

async function expectAxeClean(page, where) {
  // The language buttons sit in the phone's closed menu: pressed through the DOM.
  const switchTo = (language) =>
    page.evaluate((lang) => document.querySelector(`[data-testid="lang-${lang}"]`)?.click(), language);
  for (const language of ['vi', 'en']) {
    await switchTo(language);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    await page.waitForLoadState('networkidle').catch(() => {});
    const findings = await axeFindings(page);
    assert.deepEqual(findings, [], `axe on ${where} (${language}) found critical/serious problems`);
  }
  await switchTo('vi');
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
}

test('class dashboard, reconciliation and indicator table keep every word whole at 360 px', async () => {
  const trainerToken = await apiToken('demo.trainer');
  const [firstClass] = await api(trainerToken, 'GET', '/api/me/classes');
  assert.ok(firstClass, 'the demo trainer has a class');

  const trainer = await staffOnPhone('demo.trainer');
  try {
    const page = trainer.page;
    await page.goto(`${BASE_URL}/classes/${firstClass.id}/dashboard`);
    await expectVisible(page.locator('[data-testid^="dashboard-row-"]'), 'the class dashboard rows');
    await shot(page, 'ux-01-class-dashboard-360');
    assert.deepEqual(await brokenWords(page, '[data-testid="dashboard-table"]'), [], 'words broken in the class dashboard');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 4000, `the class page is ${height}px tall: its table is squeezed`);
    await expectAxeClean(page, 'the class dashboard');
  } finally {
    await trainer.close();
  }

  const verifier = await staffOnPhone('demo.verifier');
  try {
    const page = verifier.page;
    await page.goto(`${BASE_URL}/headcounts`);
    await page.getByTestId('headcount-tab-reconciliation').click();
    await expectVisible(page.getByTestId('reconciliation-summary'), 'the reconciliation summary');
    await shot(page, 'ux-02-reconciliation-360');
    assert.deepEqual(await brokenWords(page, '[data-testid="reconciliation"]'), [], 'words broken in the reconciliation');
    await expectAxeClean(page, 'the reconciliation');
  } finally {
    await verifier.close();
  }

  const reporter = await staffOnPhone('demo.reporter');
  try {
    const page = reporter.page;
    await page.goto(`${BASE_URL}/plans`);
    await page.click('[data-testid="plan-420/KH-UBND"]');
    await page.click('[data-testid=indicator-1]');
    await expectVisible(page.getByTestId('progress-units'), 'the indicator units table');
    await shot(page, 'ux-03-indicator-units-360');
    assert.deepEqual(await brokenWords(page, '[data-testid="progress-units"]'), [], 'words broken in the indicator table');
    await expectAxeClean(page, 'the indicator');
  } finally {
    await reporter.close();
  }
});

test("the learner's first load stays under 150 KB of compressed JavaScript, across the login redirect", async () => {
  const browser = await openBrowser(PHONE);
  try {
    const page = browser.page;
    const scripts = [];
    page.on('requestfinished', async (request) => {
      if (request.resourceType() !== 'script' || !request.url().startsWith(BASE_URL)) return;
      const sizes = await request.sizes().catch(() => null);
      // Transferred body bytes (compressed); 0 for an answer from the browser's cache.
      if (sizes && sizes.responseBodySize > 0) scripts.push({ url: request.url(), bytes: sizes.responseBodySize });
    });
    await logIn(page, 'demo.learner');
    await backInTheApp(page, 'demo.learner');
    await expectVisible(page.getByTestId('enrolment-open'), "the learner's enrolment card");
    await expectVisible(page.getByTestId('enrolment-today'), "the learner's day on the card");
    await page.getByTestId('enrolment-open').first().click();
    await expectVisible(page.getByTestId('lecture-video'), 'the player');
    await expectVisible(page.getByTestId('player-quiz'), "the player's link to the final quiz");
    await shot(page, 'ux-04-learner-player-360');
    await page.waitForLoadState('networkidle').catch(() => {});
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    const list = scripts.map((s) => `${s.url.replace(BASE_URL, '')} ${s.bytes}`).join('\n');
    console.log(`learner first load (home + player): ${total} bytes of JavaScript in ${scripts.length} files`);
    assert.ok(total <= LEARNER_JS_BUDGET, `the learner downloaded ${total} bytes of JavaScript:\n${list}`);
    // Each file once: the second visit after Keycloak's redirect comes from the cache.
    const urls = scripts.map((s) => s.url);
    assert.equal(new Set(urls).size, urls.length, `a script was downloaded twice:\n${list}`);
    await page.goto(`${BASE_URL}/`);
    await expectVisible(page.getByTestId('enrolment-open'), 'the enrolment card after going home');
    await expectAxeClean(page, "the learner's home");
  } finally {
    await browser.close();
  }
});

/** GET with our own Accept-Encoding (fetch may not set it): status, headers and the raw body. */
function rawGet(path, acceptEncoding, extraHeaders = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${BASE_URL}${path}`, { headers: { 'Accept-Encoding': acceptEncoding, ...extraHeaders } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('assets are compressed and cached for a year; index.html is revalidated', async () => {
  const index = await rawGet('/', 'br, gzip');
  assert.equal(index.status, 200);
  assert.match(index.headers['cache-control'] ?? '', /no-cache/, 'index.html is revalidated');
  assert.equal(index.headers['content-encoding'], 'br', 'index.html is compressed');
  const html = await (await fetch(`${BASE_URL}/`)).text();
  assert.match(html, /class="boot-static"/, 'index.html shows a loading state before any script');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'index.html has no inline script');
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  assert.ok(script, 'index.html names its script');

  for (const [accept, expected] of [['gzip, deflate, br, zstd', 'br'], ['br, gzip', 'br'], ['gzip, deflate', 'gzip']]) {
    const asset = await rawGet(script, accept);
    assert.equal(asset.status, 200);
    assert.equal(asset.headers['content-encoding'], expected, `${script} for Accept-Encoding: ${accept}`);
    assert.match(asset.headers.vary ?? '', /Accept-Encoding/i);
    const cache = asset.headers['cache-control'] ?? '';
    assert.match(cache, /max-age=31536000/, `${script}: ${cache}`);
    assert.match(cache, /immutable/, `${script}: ${cache}`);
    assert.match(cache, /public/, `${script}: ${cache}`);
  }
  const identity = await rawGet(script, 'identity');
  assert.equal(identity.headers['content-encoding'], undefined, 'a browser that accepts no encoding gets the plain file');
  const missing = await rawGet('/assets/no-such-chunk-0000.js', 'gzip');
  assert.equal(missing.status, 404, 'a missing asset is a 404, never index.html cached for a year');

  // API answers are compressed too.
  const token = await apiToken('demo.admin');
  const tree = await rawGet('/api/org-units/tree', 'gzip', { Authorization: `Bearer ${token}` });
  assert.equal(tree.status, 200);
  assert.equal(tree.headers['content-encoding'], 'gzip', 'the org tree (JSON) is gzipped');
});

test('a reset asks for a confirmation that names the learner, and cancelling changes nothing', async () => {
  const browser = await staffOnPhone('demo.unitadmin');
  try {
    const page = browser.page;
    await page.goto(`${BASE_URL}/learners`);
    const row = page.locator('tr[data-testid^="learner-"]').filter({ has: page.locator('[data-testid^="account-actions-"]') }).first();
    await expectVisible(row, 'a learner with an account');
    const name = (await row.locator('td.table__primary').first().textContent()).trim();
    await expectVisible(row.locator('[data-testid^="account-state-"]'), "the account's state");
    await row.getByRole('button', { name: 'Cấp lại mã kích hoạt' }).click();
    const confirm = row.locator('[data-testid^="confirm-reset-"]');
    await expectVisible(confirm, 'the reset confirmation');
    assert.match(await confirm.textContent(), new RegExp(`Cấp lại mã kích hoạt cho ${name}\\?`), 'the confirmation names the learner');
    await shot(page, 'ux-05-reset-confirmation-360');
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    assert.equal(await row.locator('[data-testid^="account-new-code-"]').count(), 0, 'no code was issued');
    await expectAxeClean(page, 'the learner list');
  } finally {
    await browser.close();
  }
});

test('the verifier sees the approval confirmed and finds it among the approved declarations', async () => {
  const period = String(2100 + Math.floor(Math.random() * 99));
  const unitAdmin = await apiToken('demo.unitadmin');
  const unit = await unitId(unitAdmin, 'NA-DIENCHAU-DIENKY');
  const declaration = await api(unitAdmin, 'POST', '/api/headcounts', {
    unitId: unit,
    period,
    counts: { CONG_CHUC: 31 },
    note: 'Kiểm thử trình duyệt',
  });
  await api(unitAdmin, 'POST', `/api/headcounts/${declaration.id}/submit`);

  const browser = await staffOnPhone('demo.verifier');
  try {
    const page = browser.page;
    await page.goto(`${BASE_URL}/headcounts`);
    await page.getByTestId('headcount-filter-period').fill(period);
    const card = page.getByTestId(`headcount-${declaration.id}`);
    await expectVisible(card, 'the submitted declaration');
    await expectVisible(card.getByTestId('headcount-system-CONG_CHUC'), "the system's own count beside the declared one");
    assert.match(await card.getByTestId('headcount-system-CONG_CHUC').textContent(), /^Hệ thống: \d+$/);
    await card.getByTestId('headcount-approve').click();
    const decided = page.getByTestId('headcount-decided');
    await expectVisible(decided, 'the approval confirmation');
    assert.match(await decided.textContent(), new RegExp(`Đã duyệt khai báo của .+ năm ${period}`));
    await expectVisible(page.getByTestId('headcount-empty'), 'the empty waiting list');
    assert.match(await page.getByTestId('headcount-empty').textContent(), /Không còn khai báo nào chờ duyệt/);
    await shot(page, 'ux-06-approved-360');
    await page.getByTestId('headcount-show-approved').click();
    await expectVisible(card, 'the declaration among the approved ones');
    assert.match(await card.getByTestId('headcount-status').textContent(), /Đã duyệt/);
    await expectAxeClean(page, 'the headcounts');
  } finally {
    await browser.close();
  }
});

test('each staff home shows its work with the counts of /api/me/tasks', async () => {
  for (const username of ['demo.verifier', 'demo.trainer', 'demo.unitadmin', 'demo.reporter', 'demo.admin']) {
    const { tasks } = await api(await apiToken(username), 'GET', '/api/me/tasks');
    assert.ok(tasks.length > 0, `${username} has kinds of work`);
    const browser = await staffOnPhone(username);
    try {
      const page = browser.page;
      await expectVisible(page.getByTestId('task-home'), `${username}'s task home`);
      for (const task of tasks) {
        const count = page.getByTestId(`task-${task.kind}-count`);
        await expectVisible(count, `${username}: ${task.kind}`);
        assert.equal(Number(await count.textContent()), task.count, `${username}: ${task.kind}`);
        assert.equal(await page.getByTestId(`task-${task.kind}`).locator('a').getAttribute('href'), task.link);
      }
      await shot(page, `ux-07-home-${username}-360`);
      await expectAxeClean(page, `${username}'s home`);
    } finally {
      await browser.close();
    }
  }
});

test("the wave form proposes today's date in Vietnam at 06:30, when UTC is still on the day before", async () => {
  const browser = await staffOnPhone('demo.admin');
  try {
    const page = browser.page;
    // 06:30 in Vietnam two days ago = 23:30 UTC the day before that (in the past: tokens stay valid).
    const vietnamDay = new Date(Date.now() - 2 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    const fixed = new Date(`${vietnamDay}T06:30:00+07:00`);
    assert.equal(fixed.toISOString().slice(0, 10) < vietnamDay, true, 'the UTC date is the day before');
    await page.clock.setFixedTime(fixed);
    await page.goto(`${BASE_URL}/waves`);
    const date = page.getByTestId('wave-opening-date');
    await expectVisible(date, "the wave form's opening date");
    assert.equal(await date.inputValue(), vietnamDay);
    await expectAxeClean(page, 'the waves with their form');
  } finally {
    await browser.close();
  }
});

test("the administrator's menu keeps to one row at 1366 px in both languages, the rest under “Thêm”", async () => {
  const browser = await openBrowser({ width: 1366, height: 768 });
  try {
    const page = browser.page;
    await logIn(page, 'demo.admin');
    await backInTheApp(page, 'demo.admin');
    for (const language of ['vi', 'en']) {
      await page.getByTestId(`lang-${language}`).click();
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      const rows = await page.evaluate(() => {
        const items = [...document.querySelectorAll('nav.nav > ul > li')].filter((li) => li.offsetParent !== null);
        return new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size;
      });
      assert.equal(rows, 1, `the menu wraps to ${rows} rows at 1366 px (${language})`);
    }
    await page.getByTestId('lang-vi').click();
    await page.getByTestId('nav-more').click();
    const courses = page.locator('.nav__more').getByRole('link', { name: 'Khóa học' });
    await expectVisible(courses, 'the courses link under “Thêm”');
    await shot(page, 'ux-08-admin-menu-1366');
    await courses.click();
    await page.waitForURL(/\/courses$/);
    assert.equal(await page.locator('.nav__more details[open]').count(), 0, 'the “Thêm” menu closes after a choice');
    await expectAxeClean(page, 'the courses page at 1366 px');
  } finally {
    await browser.close();
  }
});

test('the public verification page fits its card at 360 px', async () => {
  const [certificate] = await api(await apiToken('demo.admin'), 'GET', '/api/certificates');
  assert.ok(certificate, 'the demo has a certificate');
  const browser = await openBrowser(PHONE);
  try {
    const page = browser.page;
    await page.goto(`${BASE_URL}${new URL(certificate.verifyUrl).pathname}${new URL(certificate.verifyUrl).search}`);
    await expectVisible(page.locator('[data-status="VALID"]'), 'the valid status');
    const overflow = await page.evaluate(() => {
      const card = document.querySelector('.card').getBoundingClientRect();
      const past = [...document.querySelectorAll('.card *')]
        .filter((el) => el.getBoundingClientRect().right > card.right + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent.slice(0, 40)}`);
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, past };
    });
    await shot(page, 'ux-09-verification-360');
    assert.equal(overflow.page, 0, 'the page scrolls sideways');
    assert.deepEqual(overflow.past, [], 'something reaches past the card');
    await expectAxeCleanStatic(page, 'the verification page');
  } finally {
    await browser.close();
  }
});

/** axe on a page without the app's language switch (the server-rendered verification page). */
async function expectAxeCleanStatic(page, where) {
  assert.deepEqual(await axeFindings(page), [], `axe on ${where} found critical/serious problems`);
}

test("a class's trainer is chosen by name among the unit's trainers and shown by name", async () => {
  const admin = await apiToken('demo.admin');
  const waves = await api(admin, 'GET', '/api/waves');
  let target = null;
  for (const wave of waves) {
    const classes = await api(admin, 'GET', `/api/waves/${wave.id}/classes`);
    const found = classes.find((c) => c.trainerUsername === 'demo.trainer');
    if (found) {
      target = { wave, waveClass: found };
      break;
    }
  }
  assert.ok(target, "the demo trainer guides a class");
  const options = await api(await apiToken('demo.unitadmin'), 'GET', `/api/classes/${target.waveClass.id}/trainer-options`);
  const trainer = options.find((o) => o.username === 'demo.trainer');
  assert.ok(trainer, 'the demo trainer is among the options');

  const browser = await staffOnPhone('demo.unitadmin');
  try {
    const page = browser.page;
    await page.goto(`${BASE_URL}/waves/${target.wave.id}`);
    const card = page.getByTestId(`class-${target.waveClass.id}`);
    await expectVisible(card, 'the class card');
    const picker = page.getByTestId(`trainer-pick-${target.waveClass.id}`);
    // An <option> is never "visible" to Playwright: wait until the picker holds it.
    await picker.locator('option[value="demo.trainer"]').waitFor({ state: 'attached' });
    assert.match(await picker.locator('option[value="demo.trainer"]').textContent(), new RegExp(trainer.displayName));
    await picker.selectOption('demo.trainer');
    await card.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForLoadState('networkidle').catch(() => {});
    assert.match(await card.locator('p.muted').first().textContent(), new RegExp(`Cán bộ đầu mối: ${trainer.displayName}`));
    assert.doesNotMatch(await card.locator('p.muted').first().textContent(), /demo\.trainer/, 'no username shown');
    await shot(page, 'ux-10-trainer-picker-360');
    await expectAxeClean(page, 'the wave with its classes');
  } finally {
    await browser.close();
  }
});

test('the wave dashboard, the learner list and the certificates keep every word whole at 360 px', async () => {
  const admin = await apiToken('demo.admin');
  const [wave] = await api(admin, 'GET', '/api/waves');
  assert.ok(wave, 'the demo has a wave');
  const browser = await staffOnPhone('demo.unitadmin');
  try {
    const page = browser.page;
    // The certificates are a card per row (a list), the others tables that scroll sideways.
    for (const [path, what, selector] of [
      [`/waves/${wave.id}/dashboard`, 'the wave dashboard', 'main table'],
      ['/learners', 'the learner list', 'main table'],
      ['/certificates', 'the certificates', '[data-testid="staff-certificates"]'],
    ]) {
      await page.goto(`${BASE_URL}${path}`);
      await expectVisible(page.locator(selector).first(), `${what}'s rows`);
      await page.waitForLoadState('networkidle').catch(() => {});
      await shot(page, `ux-11-${path.replace(/[^a-z0-9]+/g, '-')}-360`);
      assert.deepEqual(await brokenWords(page, selector), [], `words broken in ${what}`);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(sideways, 0, `${what}: the page itself scrolls sideways (only a table may)`);
      await expectAxeClean(page, what);
    }
  } finally {
    await browser.close();
  }
});

/** The page's visible text: ISO dates (2026-12-02) it shows, and whether it shows dd/mm/yyyy ones. */
async function datesOnPage(page) {
  return page.evaluate(() => {
    const text = document.body.innerText;
    return { iso: [...new Set(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [])], dmy: text.match(/\b\d{2}\/\d{2}\/\d{4}\b/g) ?? [] };
  });
}

test('plans, an indicator and the public dashboard show dates as dd/mm/yyyy, in both languages', async () => {
  const reporter = await staffOnPhone('demo.reporter');
  try {
    const page = reporter.page;
    for (const language of ['vi', 'en']) {
      await page.goto(`${BASE_URL}/plans`);
      // The app first settles (it may pass by Keycloak to renew its session), then the language is switched.
      await expectVisible(page.getByTestId('plans'), 'the plans');
      await page.getByTestId(`lang-${language}`).dispatchEvent('click');
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      await expectVisible(page.getByTestId('plans'), 'the plans');
      let dates = await datesOnPage(page);
      assert.deepEqual(dates.iso, [], `ISO dates on the plans (${language})`);
      assert.ok(dates.dmy.length > 0, `the plans show their periods as dd/mm/yyyy (${language})`);
      await page.click('[data-testid="plan-420/KH-UBND"]');
      await page.click('[data-testid=indicator-1]');
      await expectVisible(page.getByTestId('progress-units'), 'the indicator');
      await page.waitForLoadState('networkidle').catch(() => {});
      dates = await datesOnPage(page);
      assert.deepEqual(dates.iso, [], `ISO dates on the plan and its indicator (${language})`);
      assert.ok(dates.dmy.length > 0, `the indicators' deadlines as dd/mm/yyyy (${language})`);
    }
    await shot(page, 'ux-12-plan-dates-360');
    await expectAxeClean(page, 'a plan and its indicator');
    await page.goto(`${BASE_URL}/plans`);
    await expectVisible(page.getByTestId('plans'), 'the plans');
    await expectAxeClean(page, 'the plans');
  } finally {
    await reporter.close();
  }

  const visitor = await openBrowser(PHONE);
  try {
    const page = visitor.page;
    await page.goto(`${BASE_URL}/public/dashboard`);
    await expectVisible(page.getByTestId('public-dashboard'), 'the public dashboard');
    await page.waitForLoadState('networkidle').catch(() => {});
    await expectVisible(page.locator('[data-testid="public-dashboard"] .card'), "the public dashboard's indicators");
    const dates = await datesOnPage(page);
    await shot(page, 'ux-13-public-dashboard-dates-360');
    assert.deepEqual(dates.iso, [], 'ISO dates on the public dashboard');
    assert.ok(dates.dmy.length > 0, 'the public dashboard shows its date and deadlines as dd/mm/yyyy');
    await expectAxeCleanStatic(page, 'the public dashboard');
  } finally {
    await visitor.close();
  }
});
