// Phone first and fast on a cheap phone (issue 14), in Chromium at 360 × 740 against the packaged app
// with the demo data: tables that keep their words whole, the learner's JavaScript budget, cached and
// compressed assets, confirmations and feedback on risky actions, each staff home's counts, the wave
// form's date in Vietnam time, and axe with no critical or serious finding on the pages visited.
import { request as httpRequest } from 'node:http';
import {
  axeFindings,
  demoWaves,
  expect,
  expectAxeClean,
  expectAxeCleanInBothLanguages,
  logIn,
  loggedIn,
  PHONE,
  shot,
  switchLanguage,
  test,
} from './fixtures.mjs';
import { api, apiToken, BASE_URL, brokenWords, unitId } from './support.mjs';

const LEARNER_JS_BUDGET = 150 * 1024;

test.use({ viewport: PHONE });

test('class dashboard, reconciliation and indicator table keep every word whole at 360 px', async ({ newSession }) => {
  const trainerToken = await apiToken('demo.trainer');
  const [firstClass] = await api(trainerToken, 'GET', '/api/me/classes');
  expect(firstClass, 'the demo trainer has a class').toBeTruthy();

  const trainer = (await loggedIn(newSession, 'demo.trainer')).page;
  await trainer.goto(`/classes/${firstClass.id}/dashboard`);
  await expect(trainer.locator('[data-testid^="dashboard-row-"]').first(), 'the class dashboard rows').toBeVisible();
  await shot(trainer, 'ux-01-class-dashboard-360');
  expect(await brokenWords(trainer, '[data-testid="dashboard-table"]'), 'words broken in the class dashboard').toEqual([]);
  const height = await trainer.evaluate(() => document.documentElement.scrollHeight);
  expect(height, `the class page is ${height}px tall: its table is squeezed`).toBeLessThan(4000);
  await expectAxeCleanInBothLanguages(trainer, 'the class dashboard');

  const verifier = (await loggedIn(newSession, 'demo.verifier')).page;
  await verifier.goto('/headcounts');
  await verifier.getByTestId('headcount-tab-reconciliation').click();
  await expect(verifier.getByTestId('reconciliation-summary'), 'the reconciliation summary').toBeVisible();
  await shot(verifier, 'ux-02-reconciliation-360');
  expect(await brokenWords(verifier, '[data-testid="reconciliation"]'), 'words broken in the reconciliation').toEqual([]);
  await expectAxeCleanInBothLanguages(verifier, 'the reconciliation');

  const reporter = (await loggedIn(newSession, 'demo.reporter')).page;
  await reporter.goto('/plans');
  await reporter.locator('[data-testid="plan-420/KH-UBND"]').click();
  await reporter.locator('[data-testid=indicator-1]').click();
  await expect(reporter.getByTestId('progress-units'), 'the indicator units table').toBeVisible();
  await shot(reporter, 'ux-03-indicator-units-360');
  expect(await brokenWords(reporter, '[data-testid="progress-units"]'), 'words broken in the indicator table').toEqual([]);
  await expectAxeCleanInBothLanguages(reporter, 'the indicator');
});

test("the learner's first load stays under 150 KB of compressed JavaScript, across the login redirect", async ({ page }) => {
  const scripts = [];
  page.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'script' || !request.url().startsWith(BASE_URL)) return;
    const sizes = await request.sizes().catch(() => null);
    // Transferred body bytes (compressed); 0 for an answer from the browser's cache.
    if (sizes && sizes.responseBodySize > 0) scripts.push({ url: request.url(), bytes: sizes.responseBodySize });
  });
  await logIn(page, 'demo.learner');
  await expect(page.getByTestId('enrolment-open').first(), "the learner's enrolment card").toBeVisible();
  await expect(page.getByTestId('enrolment-today').first(), "the learner's day on the card").toBeVisible();
  await page.getByTestId('enrolment-open').first().click();
  await expect(page.getByTestId('lecture-video'), 'the player').toBeVisible();
  await expect(page.getByTestId('player-quiz'), "the player's link to the final quiz").toBeVisible();
  await shot(page, 'ux-04-learner-player-360');
  await page.waitForLoadState('networkidle').catch(() => {});
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
  const list = scripts.map((s) => `${s.url.replace(BASE_URL, '')} ${s.bytes}`).join('\n');
  console.log(`learner first load (home + player): ${total} bytes of JavaScript in ${scripts.length} files`);
  expect(total, `the learner downloaded ${total} bytes of JavaScript:\n${list}`).toBeLessThanOrEqual(LEARNER_JS_BUDGET);
  // Each file once: the second visit after Keycloak's redirect comes from the cache.
  const urls = scripts.map((s) => s.url);
  expect(new Set(urls).size, `a script was downloaded twice:\n${list}`).toBe(urls.length);
  await page.goto('/');
  await expect(page.getByTestId('enrolment-open').first(), 'the enrolment card after going home').toBeVisible();
  await expectAxeCleanInBothLanguages(page, "the learner's home");
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
  expect(index.status).toBe(200);
  expect(index.headers['cache-control'] ?? '', 'index.html is revalidated').toMatch(/no-cache/);
  expect(index.headers['content-encoding'], 'index.html is compressed').toBe('br');
  const html = await (await fetch(`${BASE_URL}/`)).text();
  expect(html, 'index.html shows a loading state before any script').toMatch(/class="boot-static"/);
  expect(html, 'index.html has no inline script').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  expect(script, 'index.html names its script').toBeTruthy();

  for (const [accept, expected] of [['gzip, deflate, br, zstd', 'br'], ['br, gzip', 'br'], ['gzip, deflate', 'gzip']]) {
    const asset = await rawGet(script, accept);
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding'], `${script} for Accept-Encoding: ${accept}`).toBe(expected);
    expect(asset.headers.vary ?? '').toMatch(/Accept-Encoding/i);
    const cache = asset.headers['cache-control'] ?? '';
    expect(cache, script).toMatch(/max-age=31536000/);
    expect(cache, script).toMatch(/immutable/);
    expect(cache, script).toMatch(/public/);
  }
  const identity = await rawGet(script, 'identity');
  expect(identity.headers['content-encoding'], 'a browser that accepts no encoding gets the plain file').toBeUndefined();
  const missing = await rawGet('/assets/no-such-chunk-0000.js', 'gzip');
  expect(missing.status, 'a missing asset is a 404, never index.html cached for a year').toBe(404);

  // API answers are compressed too.
  const token = await apiToken('demo.admin');
  const tree = await rawGet('/api/org-units/tree', 'gzip', { Authorization: `Bearer ${token}` });
  expect(tree.status).toBe(200);
  expect(tree.headers['content-encoding'], 'the org tree (JSON) is gzipped').toBe('gzip');
});

test('a reset asks for a confirmation that names the learner, and cancelling changes nothing', async ({ page }) => {
  await logIn(page, 'demo.unitadmin');
  await page.goto('/learners');
  const row = page.locator('tr[data-testid^="learner-"]').filter({ has: page.locator('[data-testid^="account-actions-"]') }).first();
  await expect(row, 'a learner with an account').toBeVisible();
  const name = (await row.locator('td.table__primary').first().textContent()).trim();
  await expect(row.locator('[data-testid^="account-state-"]').first(), "the account's state").toBeVisible();
  await row.getByRole('button', { name: 'Cấp lại mã kích hoạt' }).click();
  const confirm = row.locator('[data-testid^="confirm-reset-"]');
  await expect(confirm, 'the reset confirmation').toBeVisible();
  await expect(confirm, 'the confirmation names the learner').toContainText(`Cấp lại mã kích hoạt cho ${name}?`);
  await shot(page, 'ux-05-reset-confirmation-360');
  await confirm.getByRole('button', { name: 'Hủy' }).click();
  await expect(row.locator('[data-testid^="account-new-code-"]'), 'no code was issued').toHaveCount(0);
  await expectAxeCleanInBothLanguages(page, 'the learner list');
});

test('the verifier sees the approval confirmed and finds it among the approved declarations', async ({ page }) => {
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

  await logIn(page, 'demo.verifier');
  await page.goto('/headcounts');
  await page.getByTestId('headcount-filter-period').fill(period);
  const card = page.getByTestId(`headcount-${declaration.id}`);
  await expect(card, 'the submitted declaration').toBeVisible();
  await expect(card.getByTestId('headcount-system-CONG_CHUC'), "the system's own count beside the declared one").toHaveText(/^Hệ thống: \d+$/);
  await card.getByTestId('headcount-approve').click();
  await expect(page.getByTestId('headcount-decided'), 'the approval confirmation').toHaveText(new RegExp(`Đã duyệt khai báo của .+ năm ${period}`));
  await expect(page.getByTestId('headcount-empty'), 'the empty waiting list').toHaveText(/Không còn khai báo nào chờ duyệt/);
  await shot(page, 'ux-06-approved-360');
  await page.getByTestId('headcount-show-approved').click();
  await expect(card, 'the declaration among the approved ones').toBeVisible();
  await expect(card.getByTestId('headcount-status')).toHaveText(/Đã duyệt/);
  await expectAxeCleanInBothLanguages(page, 'the headcounts');
});

for (const username of ['demo.verifier', 'demo.trainer', 'demo.unitadmin', 'demo.reporter', 'demo.admin']) {
  test(`each staff home shows its work with the counts of /api/me/tasks: ${username}`, async ({ page }) => {
    const { tasks } = await api(await apiToken(username), 'GET', '/api/me/tasks');
    expect(tasks.length, `${username} has kinds of work`).toBeGreaterThan(0);
    await logIn(page, username);
    await expect(page.getByTestId('task-home'), `${username}'s task home`).toBeVisible();
    for (const task of tasks) {
      await expect(page.getByTestId(`task-${task.kind}-count`), `${username}: ${task.kind}`).toHaveText(String(task.count));
      await expect(page.getByTestId(`task-${task.kind}`).locator('a')).toHaveAttribute('href', task.link);
    }
    await shot(page, `ux-07-home-${username}-360`);
    await expectAxeCleanInBothLanguages(page, `${username}'s home`);
  });
}

test("the wave form proposes today's date in Vietnam at 06:30, when UTC is still on the day before", async ({ page }) => {
  await logIn(page, 'demo.admin');
  // 06:30 in Vietnam two days ago = 23:30 UTC the day before that (in the past: tokens stay valid).
  const vietnamDay = new Date(Date.now() - 2 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  const fixed = new Date(`${vietnamDay}T06:30:00+07:00`);
  expect(fixed.toISOString().slice(0, 10) < vietnamDay, 'the UTC date is the day before').toBe(true);
  await page.clock.setFixedTime(fixed);
  await page.goto('/waves');
  await expect(page.getByTestId('wave-opening-date'), "the wave form's opening date").toHaveValue(vietnamDay);
  await expectAxeCleanInBothLanguages(page, 'the waves with their form');
});

test("the administrator's menu keeps to one row at 1366 px in both languages, the rest under “Thêm”", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, 'demo.admin');
  for (const language of ['vi', 'en']) {
    await page.getByTestId(`lang-${language}`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const rows = await page.evaluate(() => {
      const items = [...document.querySelectorAll('nav.nav > ul > li')].filter((li) => li.offsetParent !== null);
      return new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size;
    });
    expect(rows, `the menu wraps to ${rows} rows at 1366 px (${language})`).toBe(1);
  }
  await switchLanguage(page, 'vi');
  await page.getByTestId('nav-more').click();
  const courses = page.locator('.nav__more').getByRole('link', { name: 'Khóa học' });
  await expect(courses, 'the courses link under “Thêm”').toBeVisible();
  await shot(page, 'ux-08-admin-menu-1366');
  await courses.click();
  await expect(page).toHaveURL(/\/courses$/);
  await expect(page.locator('.nav__more details[open]'), 'the “Thêm” menu closes after a choice').toHaveCount(0);
  await expectAxeCleanInBothLanguages(page, 'the courses page at 1366 px');
});

test('the public verification page fits its card at 360 px', async ({ page }) => {
  const [certificate] = await api(await apiToken('demo.admin'), 'GET', '/api/certificates');
  expect(certificate, 'the demo has a certificate').toBeTruthy();
  await page.goto(`${new URL(certificate.verifyUrl).pathname}${new URL(certificate.verifyUrl).search}`);
  await expect(page.locator('[data-status="VALID"]'), 'the valid status').toBeVisible();
  const overflow = await page.evaluate(() => {
    const card = document.querySelector('.card').getBoundingClientRect();
    const past = [...document.querySelectorAll('.card *')]
      .filter((el) => el.getBoundingClientRect().right > card.right + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent.slice(0, 40)}`);
    return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, past };
  });
  await shot(page, 'ux-09-verification-360');
  expect(overflow.page, 'the page scrolls sideways').toBe(0);
  expect(overflow.past, 'something reaches past the card').toEqual([]);
  // A page without the app's language switch (server-rendered).
  await expectAxeClean(page, 'the verification page');
});

test("a class's trainer is chosen by name among the unit's trainers and shown by name", async ({ page }) => {
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
  expect(target, 'the demo trainer guides a class').toBeTruthy();
  const options = await api(await apiToken('demo.unitadmin'), 'GET', `/api/classes/${target.waveClass.id}/trainer-options`);
  const trainer = options.find((o) => o.username === 'demo.trainer');
  expect(trainer, 'the demo trainer is among the options').toBeTruthy();

  await logIn(page, 'demo.unitadmin');
  await page.goto(`/waves/${target.wave.id}`);
  const card = page.getByTestId(`class-${target.waveClass.id}`);
  await expect(card, 'the class card').toBeVisible();
  const picker = page.getByTestId(`trainer-pick-${target.waveClass.id}`);
  // An <option> is never "visible" to Playwright: the picker holds it once the options have loaded.
  await expect(picker.locator('option[value="demo.trainer"]')).toHaveText(new RegExp(trainer.displayName));
  await picker.selectOption('demo.trainer');
  await card.getByRole('button', { name: 'Lưu' }).click();
  const shown = card.locator('p.muted').first();
  await expect(shown).toHaveText(new RegExp(`Cán bộ đầu mối: ${trainer.displayName}`));
  await expect(shown, 'no username shown').not.toHaveText(/demo\.trainer/);
  await shot(page, 'ux-10-trainer-picker-360');
  await expectAxeCleanInBothLanguages(page, 'the wave with its classes');
});

test('the wave dashboard, the learner list and the certificates keep every word whole at 360 px', async ({ page }) => {
  const [wave] = await demoWaves(await apiToken('demo.admin'));
  await logIn(page, 'demo.unitadmin');
  // The certificates are a card per row (a list), the others tables that scroll sideways.
  for (const [path, what, selector] of [
    [`/waves/${wave.id}/dashboard`, 'the wave dashboard', 'main table'],
    ['/learners', 'the learner list', 'main table'],
    ['/certificates', 'the certificates', '[data-testid="staff-certificates"]'],
  ]) {
    await page.goto(path);
    await expect(page.locator(selector).first(), `${what}'s rows`).toBeVisible();
    await page.waitForLoadState('networkidle').catch(() => {});
    await shot(page, `ux-11-${path.replace(/[^a-z0-9]+/g, '-')}-360`);
    expect(await brokenWords(page, selector), `words broken in ${what}`).toEqual([]);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, `${what}: the page itself scrolls sideways (only a table may)`).toBe(0);
    await expectAxeCleanInBothLanguages(page, what);
  }
});

/** The page's visible text: ISO dates (2026-12-02) it shows, and whether it shows dd/mm/yyyy ones. */
async function datesOnPage(page) {
  return page.evaluate(() => {
    const text = document.body.innerText;
    return { iso: [...new Set(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [])], dmy: text.match(/\b\d{2}\/\d{2}\/\d{4}\b/g) ?? [] };
  });
}

test('plans, an indicator and the public dashboard show dates as dd/mm/yyyy, in both languages', async ({ page, newSession }) => {
  await logIn(page, 'demo.reporter');
  for (const language of ['vi', 'en']) {
    await page.goto('/plans');
    // The app first settles (it may pass by Keycloak to renew its session), then the language is switched.
    await expect(page.getByTestId('plans'), 'the plans').toBeVisible();
    await page.getByTestId(`lang-${language}`).dispatchEvent('click');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByTestId('plans'), 'the plans').toBeVisible();
    let dates = await datesOnPage(page);
    expect(dates.iso, `ISO dates on the plans (${language})`).toEqual([]);
    expect(dates.dmy.length, `the plans show their periods as dd/mm/yyyy (${language})`).toBeGreaterThan(0);
    await page.locator('[data-testid="plan-420/KH-UBND"]').click();
    await page.locator('[data-testid=indicator-1]').click();
    await expect(page.getByTestId('progress-units'), 'the indicator').toBeVisible();
    await page.waitForLoadState('networkidle').catch(() => {});
    dates = await datesOnPage(page);
    expect(dates.iso, `ISO dates on the plan and its indicator (${language})`).toEqual([]);
    expect(dates.dmy.length, `the indicators' deadlines as dd/mm/yyyy (${language})`).toBeGreaterThan(0);
  }
  await shot(page, 'ux-12-plan-dates-360');
  await expectAxeCleanInBothLanguages(page, 'a plan and its indicator');
  await page.goto('/plans');
  await expect(page.getByTestId('plans'), 'the plans').toBeVisible();
  await expectAxeCleanInBothLanguages(page, 'the plans');

  const visitor = (await newSession(PHONE)).page;
  await visitor.goto('/public/dashboard');
  await expect(visitor.getByTestId('public-dashboard'), 'the public dashboard').toBeVisible();
  await visitor.waitForLoadState('networkidle').catch(() => {});
  await expect(visitor.locator('[data-testid="public-dashboard"] .card').first(), "the public dashboard's indicators").toBeVisible();
  const dates = await datesOnPage(visitor);
  await shot(visitor, 'ux-13-public-dashboard-dates-360');
  expect(dates.iso, 'ISO dates on the public dashboard').toEqual([]);
  expect(dates.dmy.length, 'the public dashboard shows its date and deadlines as dd/mm/yyyy').toBeGreaterThan(0);
  // A page without the app's language switch.
  expect(await axeFindings(visitor), 'axe on the public dashboard found critical/serious problems').toEqual([]);
});
