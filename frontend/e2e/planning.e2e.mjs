// Browser end-to-end test of issue 7: a reporter opens Nghệ An's plan 420/KH-UBND, sees the
// "100% of officials" indicator with its live rate computed from the demo data, drills down to a
// district and downloads the monthly report as .xlsx and as PDF.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { api, apiToken, ARTIFACTS, backInTheApp, BASE_URL, expectVisible, KEYCLOAK_URL, logIn, openBrowser, shot } from './support.mjs';

const HEADER = 'Họ và tên;Ngày sinh;Giới tính;Số CCCD;Email;Số điện thoại;Mã đơn vị;Đối tượng;Chức vụ';
const citizenId = () => String(Math.floor(1e11 + Math.random() * 8.9e11));

/** A few officials of Diễn Kỷ registered through the import API, so the district has a denominator. */
async function registerStaff(token) {
  const rows = ['Ngô Văn Phúc', 'Lý Thị Quỳnh', 'Vũ Đức Sơn'].map(
    (name) => `${name};01/01/1980;;${citizenId()};;0912345678;NA-DIENCHAU-DIENKY;Công chức;Chuyên viên`,
  );
  const form = new FormData();
  form.append('file', new Blob([`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`], { type: 'text/csv' }), 'ds.csv');
  const upload = await fetch(`${BASE_URL}/api/learner-imports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const report = await upload.json();
  assert.equal(upload.status, 200, JSON.stringify(report));
  await api(token, 'POST', `/api/learner-imports/${report.id}/commit`, { mode: 'ALL_OR_NOTHING' });
}

test('a reporter follows the officials indicator of plan 420/KH-UBND down to a district and downloads the monthly report', async () => {
  await registerStaff(await apiToken('demo.unitadmin'));

  const { close, page } = await openBrowser();
  try {
    await logIn(page, 'demo.reporter');
    await backInTheApp(page, 'demo.reporter');

    await page.goto(`${BASE_URL}/plans`);
    await page.click('[data-testid="plan-420/KH-UBND"]');
    await expectVisible(page.getByTestId('plan-title'), 'the plan title');
    assert.match(await page.getByTestId('plan-title').textContent(), /420\/KH-UBND/);
    await page.click('[data-testid=indicator-1]');
    const progress = page.getByTestId('indicator-progress');
    await expectVisible(progress, 'the indicator progress');
    assert.match(await progress.textContent(), /100% cán bộ, công chức, viên chức/);
    const value = await page.getByTestId('progress-value').textContent();
    assert.match(value, /^\d+([.,]\d)?%$/, `a live rate: ${value}`);
    const denominator = await page.getByTestId('progress-denominator').textContent();
    assert.match(denominator, /học viên đã đăng ký|biên chế/, `the denominator names its source: ${denominator}`);
    await expectVisible(page.getByTestId('trend-chart'), 'the trend chart');
    await shot(page, '71-plan-indicator');

    await page.click('[data-testid=drill-NA-DIENCHAU]');
    await page.waitForURL(/unit=\d+/);
    await expectVisible(page.getByTestId('progress-unit-NA-DIENCHAU-DIENKY'), 'the communes of Diễn Châu');
    assert.match(await page.locator('.breadcrumb').textContent(), /Huyện Diễn Châu/);
    await shot(page, '72-drilled-to-district');

    for (const [format, magic] of [
      ['xlsx', 'PK'],
      ['pdf', '%PDF-'],
    ]) {
      const download = page.waitForEvent('download');
      await page.click(`[data-testid=report-${format}]`);
      const file = await download;
      const path = join(ARTIFACTS, `planning-report.${format}`);
      await file.saveAs(path);
      assert.ok(file.suggestedFilename().endsWith(`.${format}`), file.suggestedFilename());
      assert.equal(readFileSync(path).subarray(0, magic.length).toString('latin1'), magic, `${format} content`);
    }
    await shot(page, '73-reports-downloaded');
  } finally {
    await close();
  }

  // The same figures for integrators, and the public dashboard without any login.
  const reporter = await apiToken('demo.reporter');
  const plans = await api(reporter, 'GET', '/api/plans');
  const plan = plans.find((p) => p.number === '420/KH-UBND');
  const indicators = await api(reporter, 'GET', `/api/plans/${plan.id}/indicators`);
  const json = await api(reporter, 'GET', `/api/plans/${plan.id}/indicators/${indicators[0].id}/progress`);
  assert.ok(json.denominator.value >= 3, JSON.stringify(json.denominator));
  const publicPage = await fetch(`${BASE_URL}/api/public/plans/${plan.id}/dashboard`);
  assert.equal(publicPage.status, 200);
});

test('the public dashboard opens without a login, and without Keycloak or the signed-in pages', async () => {
  const { close, page } = await openBrowser({ width: 360, height: 740 });
  try {
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${BASE_URL}/public/dashboard`);
    await expectVisible(page.getByTestId('public-dashboard'), 'the public dashboard');
    await expectVisible(page.locator('section.card').first(), 'an indicator card');
    await shot(page, '74-public-dashboard-phone');
    await page.waitForLoadState('networkidle').catch(() => {});
    // Issue 14: no Keycloak adapter, no router, no chunk the signed-in pages share (vite.config.ts).
    const scripts = requested.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
    assert.deepEqual(scripts.filter((path) => /\/assets\/(keycloak|router|app)-/.test(path)), [], `scripts: ${scripts.join(', ')}`);
    assert.deepEqual(requested.filter((url) => url.startsWith(KEYCLOAK_URL)), [], 'nothing asked of Keycloak');
  } finally {
    await close();
  }
});
