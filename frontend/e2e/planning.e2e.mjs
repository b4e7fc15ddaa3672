// Browser end-to-end test of issue 7: a reporter opens Nghệ An's plan 420/KH-UBND, sees the
// "100% of officials" indicator with its live rate computed from the demo data, drills down to a
// district and downloads the monthly report as .xlsx and as PDF.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, logIn, PHONE, shot, test } from './fixtures.mjs';
import { api, apiToken, ARTIFACTS, BASE_URL, importStaff, KEYCLOAK_URL, newCitizenId } from './support.mjs';

test('a reporter follows the officials indicator of plan 420/KH-UBND down to a district and downloads the monthly report', async ({ page }) => {
  // A few officials of Diễn Kỷ registered through the import API, so the district has a denominator.
  await importStaff(
    await apiToken('demo.unitadmin'),
    ['Ngô Văn Phúc', 'Lý Thị Quỳnh', 'Vũ Đức Sơn'].map(
      (name) => `${name};01/01/1980;;${newCitizenId()};;0912345678;NA-DIENCHAU-DIENKY;Công chức;Chuyên viên`,
    ),
  );

  await logIn(page, 'demo.reporter');
  await page.goto('/plans');
  await page.locator('[data-testid="plan-420/KH-UBND"]').click();
  await expect(page.getByTestId('plan-title'), 'the plan title').toContainText('420/KH-UBND');
  await page.locator('[data-testid=indicator-1]').click();
  await expect(page.getByTestId('indicator-progress'), 'the indicator progress').toContainText('100% cán bộ, công chức, viên chức');
  await expect(page.getByTestId('progress-value'), 'a live rate').toHaveText(/^\d+([.,]\d)?%$/);
  await expect(page.getByTestId('progress-denominator'), 'the denominator names its source').toHaveText(/học viên đã đăng ký|biên chế/);
  await expect(page.getByTestId('trend-chart'), 'the trend chart').toBeVisible();
  await shot(page, '71-plan-indicator');

  await page.locator('[data-testid=drill-NA-DIENCHAU]').click();
  await expect(page).toHaveURL(/unit=\d+/);
  await expect(page.getByTestId('progress-unit-NA-DIENCHAU-DIENKY'), 'the communes of Diễn Châu').toBeVisible();
  await expect(page.locator('.breadcrumb')).toContainText('Huyện Diễn Châu');
  await shot(page, '72-drilled-to-district');

  for (const [format, magic] of [
    ['xlsx', 'PK'],
    ['pdf', '%PDF-'],
  ]) {
    const downloading = page.waitForEvent('download');
    await page.locator(`[data-testid=report-${format}]`).click();
    const file = await downloading;
    const path = join(ARTIFACTS, `planning-report.${format}`);
    await file.saveAs(path);
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    expect(readFileSync(path).subarray(0, magic.length).toString('latin1'), `${format} content`).toBe(magic);
  }
  await shot(page, '73-reports-downloaded');

  // The same figures for integrators, and the public dashboard without any login.
  const reporter = await apiToken('demo.reporter');
  const plans = await api(reporter, 'GET', '/api/plans');
  const plan = plans.find((p) => p.number === '420/KH-UBND');
  const indicators = await api(reporter, 'GET', `/api/plans/${plan.id}/indicators`);
  const json = await api(reporter, 'GET', `/api/plans/${plan.id}/indicators/${indicators[0].id}/progress`);
  expect(json.denominator.value, JSON.stringify(json.denominator)).toBeGreaterThanOrEqual(3);
  const publicPage = await fetch(`${BASE_URL}/api/public/plans/${plan.id}/dashboard`);
  expect(publicPage.status).toBe(200);
});

test('the public dashboard opens without a login, and without Keycloak or the signed-in pages', async ({ page }) => {
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.setViewportSize(PHONE);
  await page.goto('/public/dashboard');
  await expect(page.getByTestId('public-dashboard'), 'the public dashboard').toBeVisible();
  await expect(page.locator('section.card').first(), 'an indicator card').toBeVisible();
  await shot(page, '74-public-dashboard-phone');
  await page.waitForLoadState('networkidle');
  // Issue 14: no Keycloak adapter, no router, no chunk the signed-in pages share (vite.config.ts).
  const scripts = requested.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname);
  expect(scripts.filter((path) => /\/assets\/(keycloak|router|app)-/.test(path)), `scripts: ${scripts.join(', ')}`).toEqual([]);
  expect(requested.filter((url) => url.startsWith(KEYCLOAK_URL)), 'nothing asked of Keycloak').toEqual([]);
});
