// Browser end-to-end test of issue 17's citizen indicators and issue 16's focal-point indicator, on a
// 360-px phone: a unit admin declares a commune's working-age population with its source, Sở Nội vụ
// verifies it (dates dd/mm/yyyy), a reporter reads the Trà Vinh citizen indicator with QR reach
// beside it (labelled as reach, not completion) and plan 420's focal points, and anyone reads the
// public dashboard's citizen figures. Every page fits 360 px and axe finds nothing critical or serious.
import { expect, expectAxeClean, logIn, PHONE, shot, sidewaysOverflow, test } from './fixtures.mjs';

// A figure of its own each run, so that a rerun on the same data declares something new.
const FIGURE = 6000 + (Date.now() % 900);

test.use({ viewport: PHONE });

/** Fits a 360-px screen without sideways scrolling (naming what reaches past it), and axe finds nothing critical or serious. */
async function fitsAndPassesAxe(page, where) {
  const overflow = await sidewaysOverflow(page);
  if (overflow > 1) await shot(page, `overflow-${where.replaceAll(/\W+/g, '-')}`);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`),
  );
  expect(overflow, `${where} fits a 360-px screen (overflow ${overflow} px: ${wide.join(', ')})`).toBeLessThanOrEqual(1);
  await expectAxeClean(page, where);
}

test('a unit admin declares a commune’s working-age population with its source, and cannot verify their own', async ({ page }) => {
  await logIn(page, 'demo.unitadmin');
  await page.goto('/populations');
  await expect(page.getByTestId('populations-title'), 'the population page').toBeVisible();
  await expect(page.getByTestId('population-NA-DIENCHAU-DIENHONG'), 'Xã Diễn Hồng').toBeVisible();
  await expect(page.getByTestId('population-approved-NA-DIENCHAU-DIENHONG')).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  // Diễn Tháp's figure, declared by this unit admin in the demo, waits for someone else.
  await expect(page.getByTestId('population-approve-NA-DIENCHAU-DIENTHAP')).toHaveCount(0);
  await expect(page.getByTestId('population-NA-DIENCHAU-DIENTHAP')).toContainText('Bạn đã khai báo số này');
  await fitsAndPassesAxe(page, 'the population page of a unit admin');
  await shot(page, '81-populations-unit-admin-phone');

  await page.locator('[data-testid=population-declare-NA-DIENCHAU-DIENHONG]').click();
  await page.locator('[data-testid=population-form-count]').fill(String(FIGURE));
  await page.locator('[data-testid=population-form-source]').fill('Chi cục Thống kê 2025');
  await fitsAndPassesAxe(page, 'the declaration form');
  await page.locator('[data-testid=population-form-submit]').click();
  await expect(page.getByTestId('population-latest-NA-DIENCHAU-DIENHONG'), 'the figure waiting for verification').toContainText('Chờ thẩm định');
  await shot(page, '82-population-declared-phone');
});

test('Sở Nội vụ verifies the figures waiting for it', async ({ page }) => {
  await logIn(page, 'demo.verifier');
  await page.goto('/populations');
  await expect(page.getByTestId('population-NA-DIENCHAU-DIENHONG'), 'Diễn Hồng waiting for verification').toBeVisible();
  await fitsAndPassesAxe(page, 'the verifier’s population page');
  await shot(page, '83-populations-verifier-phone');
  await page.locator('[data-testid=population-approve-NA-DIENCHAU-DIENHONG]').click();
  const approved = page.getByTestId('population-approved-NA-DIENCHAU-DIENHONG');
  await page.getByTestId('population-filter').selectOption('all');
  await expect(approved, 'the verified figure').toContainText(FIGURE.toLocaleString('vi-VN'));
  await expect(approved).toHaveText(/demo\.verifier ngày \d{2}\/\d{2}\/\d{4}/);
});

test('a reporter reads the citizen indicator with QR reach beside it, and plan 420’s focal points', async ({ page }) => {
  await logIn(page, 'demo.reporter');
  await page.goto('/plans');
  await page.locator('[data-testid="plan-88/KH-UBND"]').click();
  await page.locator('[data-testid=indicator-4]').click();
  await expect(page.getByTestId('indicator-progress'), 'the citizen indicator').toBeVisible();
  await expect(page.getByTestId('progress-denominator')).toContainText('dân số trong độ tuổi lao động đã thẩm định');
  const reach = page.getByTestId('progress-reach');
  await expect(reach, 'the QR reach').toContainText('tiếp cận, không phải số người hoàn thành');
  await expect(reach).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  await fitsAndPassesAxe(page, 'the citizen indicator');
  await shot(page, '84-citizen-indicator-phone');

  await page.goto('/plans');
  await page.locator('[data-testid="plan-420/KH-UBND"]').click();
  await page.locator('[data-testid=indicator-4]').click();
  await expect(page.getByTestId('progress-focal-points'), 'trained vs nominated vs target').toContainText('1.000');
  await expect(page.getByTestId('progress-denominator')).toContainText('cán bộ đầu mối được cử');
  await fitsAndPassesAxe(page, 'the focal-point indicator');
  await shot(page, '85-focal-points-phone');
});

test('the public dashboard shows citizen figures with reach labelled, without a login', async ({ page }) => {
  await page.goto('/public/dashboard');
  await expect(page.getByTestId('public-dashboard'), 'the public dashboard').toBeVisible();
  const option = await page.locator('#public-plan option', { hasText: '88/KH-UBND' }).getAttribute('value');
  await page.locator('#public-plan').selectOption(option);
  await expect(page.getByTestId('public-citizens-basis'), 'the citizen indicator’s basis').toBeVisible();
  await expect(page.getByTestId('public-reach'), 'the QR reach').toContainText('không phải số người hoàn thành');
  await fitsAndPassesAxe(page, 'the public dashboard');
  await shot(page, '86-public-citizens-phone');
});
