// Browser end-to-end test of issue 17's citizen indicators and issue 16's focal-point indicator, on a
// 360-px phone: a unit admin declares a commune's working-age population with its source, Sở Nội vụ
// verifies it (dates dd/mm/yyyy), a reporter reads the Trà Vinh citizen indicator with QR reach
// beside it (labelled as reach, not completion) and plan 420's focal points, and anyone reads the
// public dashboard's citizen figures. Every page fits 360 px and axe finds nothing critical or serious.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { backInTheApp, BASE_URL, expectVisible, logIn, openBrowser, shot } from './support.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 360, height: 740 };
// A figure of its own each run, so that a rerun on the same data declares something new.
const FIGURE = 6000 + (Date.now() % 900);

/** Fits a 360-px screen without sideways scrolling, and axe finds nothing critical or serious. */
async function fitsAndPassesAxe(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) await shot(page, `overflow-${where.replaceAll(/\W+/g, '-')}`);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`),
  );
  assert.ok(overflow <= 1, `${where} fits a 360-px screen (overflow ${overflow} px: ${wide.join(', ')})`);
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  assert.deepEqual(findings, [], `axe on ${where}`);
}

/** Each person in a browser of their own (its own Keycloak session). */
async function freshSession(username) {
  const { page, close } = await openBrowser(PHONE);
  await logIn(page, username);
  await backInTheApp(page, username);
  return { page, close };
}

test('a unit admin declares a commune’s working-age population with its source, and cannot verify their own', async () => {
  const { page, close } = await freshSession('demo.unitadmin');
  try {
    await page.goto(`${BASE_URL}/populations`);
    await expectVisible(page.getByTestId('populations-title'), 'the population page');
    const dienHong = page.getByTestId('population-NA-DIENCHAU-DIENHONG');
    await expectVisible(dienHong, 'Xã Diễn Hồng');
    assert.match(await page.getByTestId('population-approved-NA-DIENCHAU-DIENHONG').textContent(), /\d{2}\/\d{2}\/\d{4}/);
    // Diễn Tháp's figure, declared by this unit admin in the demo, waits for someone else.
    const dienThap = page.getByTestId('population-NA-DIENCHAU-DIENTHAP');
    assert.equal(await page.getByTestId('population-approve-NA-DIENCHAU-DIENTHAP').count(), 0);
    assert.match(await dienThap.textContent(), /Bạn đã khai báo số này/);
    await fitsAndPassesAxe(page, 'the population page of a unit admin');
    await shot(page, '81-populations-unit-admin-phone');

    await page.click('[data-testid=population-declare-NA-DIENCHAU-DIENHONG]');
    await page.fill('[data-testid=population-form-count]', String(FIGURE));
    await page.fill('[data-testid=population-form-source]', 'Chi cục Thống kê 2025');
    await fitsAndPassesAxe(page, 'the declaration form');
    await page.click('[data-testid=population-form-submit]');
    await expectVisible(page.getByTestId('population-latest-NA-DIENCHAU-DIENHONG'), 'the figure waiting for verification');
    assert.match(await page.getByTestId('population-latest-NA-DIENCHAU-DIENHONG').textContent(), /Chờ thẩm định/);
    await shot(page, '82-population-declared-phone');
  } finally {
    await close();
  }
});

test('Sở Nội vụ verifies the figures waiting for it', async () => {
  const { page, close } = await freshSession('demo.verifier');
  try {
    await page.goto(`${BASE_URL}/populations`);
    await expectVisible(page.getByTestId('population-NA-DIENCHAU-DIENHONG'), 'Diễn Hồng waiting for verification');
    await fitsAndPassesAxe(page, 'the verifier’s population page');
    await shot(page, '83-populations-verifier-phone');
    await page.click('[data-testid=population-approve-NA-DIENCHAU-DIENHONG]');
    const approved = page.getByTestId('population-approved-NA-DIENCHAU-DIENHONG');
    await page.getByTestId('population-filter').selectOption('all');
    await expectVisible(approved, 'the verified figure');
    await page.waitForFunction(
      (figure) => document.querySelector('[data-testid=population-approved-NA-DIENCHAU-DIENHONG]')?.textContent?.includes(figure),
      FIGURE.toLocaleString('vi-VN'),
    );
    assert.match(await approved.textContent(), /demo\.verifier ngày \d{2}\/\d{2}\/\d{4}/);
  } finally {
    await close();
  }
});

test('a reporter reads the citizen indicator with QR reach beside it, and plan 420’s focal points', async () => {
  const { page, close } = await freshSession('demo.reporter');
  try {
    await page.goto(`${BASE_URL}/plans`);
    await page.click('[data-testid="plan-88/KH-UBND"]');
    await page.click('[data-testid=indicator-4]');
    const progress = page.getByTestId('indicator-progress');
    await expectVisible(progress, 'the citizen indicator');
    assert.match(await page.getByTestId('progress-denominator').textContent(), /dân số trong độ tuổi lao động đã thẩm định/);
    const reach = page.getByTestId('progress-reach');
    await expectVisible(reach, 'the QR reach');
    assert.match(await reach.textContent(), /tiếp cận, không phải số người hoàn thành/);
    assert.match(await reach.textContent(), /\d{2}\/\d{2}\/\d{4}/);
    await fitsAndPassesAxe(page, 'the citizen indicator');
    await shot(page, '84-citizen-indicator-phone');

    await page.goto(`${BASE_URL}/plans`);
    await page.click('[data-testid="plan-420/KH-UBND"]');
    await page.click('[data-testid=indicator-4]');
    await expectVisible(page.getByTestId('progress-focal-points'), 'trained vs nominated vs target');
    assert.match(await page.getByTestId('progress-focal-points').textContent(), /1\.000/);
    assert.match(await page.getByTestId('progress-denominator').textContent(), /cán bộ đầu mối được cử/);
    await fitsAndPassesAxe(page, 'the focal-point indicator');
    await shot(page, '85-focal-points-phone');
  } finally {
    await close();
  }
});

test('the public dashboard shows citizen figures with reach labelled, without a login', async () => {
  const { page, close } = await openBrowser(PHONE);
  try {
    await page.goto(`${BASE_URL}/public/dashboard`);
    await expectVisible(page.getByTestId('public-dashboard'), 'the public dashboard');
    const option = await page.locator('#public-plan option', { hasText: '88/KH-UBND' }).getAttribute('value');
    await page.selectOption('#public-plan', option);
    await expectVisible(page.getByTestId('public-citizens-basis'), 'the citizen indicator’s basis');
    await expectVisible(page.getByTestId('public-reach'), 'the QR reach');
    assert.match(await page.getByTestId('public-reach').textContent(), /không phải số người hoàn thành/);
    await fitsAndPassesAxe(page, 'the public dashboard');
    await shot(page, '86-public-citizens-phone');
  } finally {
    await close();
  }
});
