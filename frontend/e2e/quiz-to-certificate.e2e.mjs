// Browser end-to-end test of issues 5 and 6 on the demo data: demo.learner (every lecture of the demo
// course complete) starts the final quiz on a phone, answers half, reloads and finds the answers kept,
// answers the rest, submits and passes; the enrolment shows COMPLETED; the certificate issued for it is
// downloaded; an anonymous visitor opens its verification link and sees it valid; an ADMIN revokes it
// and the page then says revoked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, BASE_URL, api, apiToken, backInTheApp, expectVisible, logIn, openBrowser, publishedCourseId } from './support.mjs';

let browser;

before(async () => {
  browser = await openBrowser({ width: 390, height: 844 });
});

after(async () => {
  await browser?.close();
});

async function eventually(what, probe, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) assert.fail(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/** The demo course's answer key, from the ADMIN's bank (never from a learner-facing response). */
async function answerKey(adminToken, courseId) {
  const bank = await eventually('the demo question bank', async () => {
    const b = await api(adminToken, 'GET', `/api/courses/${courseId}/quiz/questions`);
    return b.questions.length >= 100 ? b : undefined;
  });
  return new Map(bank.questions.map((q) => [q.stem.trim(), new Set(q.options.filter((o) => o.correct).map((o) => o.text.trim()))]));
}

async function answerCorrectly(page, key, number) {
  const card = page.getByTestId(`quiz-question-${number}`);
  const stem = (await card.locator('.quiz-question__stem').textContent()).trim();
  const correct = key.get(stem);
  assert.ok(correct, `question ${number} is in the bank: ${stem}`);
  const labels = card.locator('label.quiz-option');
  const count = await labels.count();
  let chosen = 0;
  for (let index = 0; index < count; index++) {
    const text = (await labels.nth(index).textContent()).replace(/^\s*[A-F]\.\s*/, '').trim();
    if (correct.has(text)) {
      await page.getByTestId(`quiz-option-${number}-${index}`).check();
      chosen++;
    }
  }
  assert.equal(chosen, correct.size, `all correct options of question ${number} found on screen`);
  await expectVisible(page.locator(`[data-testid="quiz-save-${number}"].quiz-save--saved`), `question ${number} saved`);
}

test('a learner with every lecture complete passes the final quiz, survives a reload and gets a verifiable certificate that an ADMIN can revoke', async () => {
  const { page } = browser;
  const admin = await apiToken('demo.admin');
  const courseId = await publishedCourseId(admin);
  const key = await answerKey(admin, courseId);

  const learner = await apiToken('demo.learner');
  const enrolment = await eventually('demo.learner enrolled with every lecture complete', async () => {
    const mine = await api(learner, 'GET', '/api/me/enrolments');
    const e = mine.find((m) => m.courseId === courseId);
    if (!e) return undefined;
    const quiz = await api(learner, 'GET', `/api/enrolments/${e.enrolmentId}/quiz`);
    return quiz.lecturesComplete && quiz.canStart ? e : undefined;
  });

  await logIn(page, 'demo.learner');
  await backInTheApp(page, 'demo.learner');
  await page.getByTestId(`enrolment-${enrolment.enrolmentId}`).getByTestId('enrolment-quiz').click();
  await page.getByTestId('quiz-start').click();
  await expectVisible(page.getByTestId('quiz-runner'), 'the attempt');
  // Issue 14: on a 360 × 740 phone the sticky bar (clock, counts) takes at most ~100 px, and stays on
  // screen while the questions scroll under it.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByTestId('quiz-layout-list').click();
  await page.mouse.wheel(0, 1500);
  await page.waitForFunction(() => window.scrollY > 500);
  const bar = await page.locator('.quiz__bar').evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { height: Math.round(box.height), top: Math.round(box.top) };
  });
  await page.screenshot({ path: join(ARTIFACTS, 'quiz-bar-360.png'), fullPage: false });
  assert.ok(bar.height <= 100, `the quiz's sticky bar is ${bar.height} px tall at 360 × 740`);
  assert.ok(bar.top >= 0 && bar.top < 80, `the sticky bar stays on screen while scrolling (top ${bar.top} px)`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('quiz-layout-list').click();
  for (let number = 1; number <= 10; number++) await answerCorrectly(page, key, number);
  await page.screenshot({ path: join(ARTIFACTS, 'quiz-half-answered.png'), fullPage: false });

  // A reload (or a phone that lost the page) keeps every saved answer.
  await page.reload();
  await expectVisible(page.getByTestId('quiz-runner'), 'the attempt after a reload');
  await page.getByTestId('quiz-layout-list').click();
  for (let number = 1; number <= 10; number++) {
    const options = page.getByTestId(`quiz-question-${number}`).locator('input');
    let checked = 0;
    for (let index = 0; index < (await options.count()); index++) if (await options.nth(index).isChecked()) checked++;
    assert.ok(checked > 0, `question ${number} still answered after the reload`);
  }
  for (let number = 11; number <= 20; number++) await answerCorrectly(page, key, number);

  await page.getByTestId('quiz-review').last().click();
  await expectVisible(page.getByTestId('quiz-review-panel'), 'the review before submitting');
  assert.equal(await page.getByTestId('quiz-unanswered').count(), 0, 'nothing left unanswered');
  await page.getByTestId('quiz-submit').click();
  const result = page.getByTestId('quiz-result');
  await expectVisible(result, 'the result');
  assert.match(await result.getAttribute('class'), /card--success/, 'the learner passed');
  assert.match(await page.getByTestId('quiz-score').textContent(), /100/);
  await page.screenshot({ path: join(ARTIFACTS, 'quiz-passed.png') });

  // Home: the enrolment is COMPLETED and, once issued, the certificate is there to download and share.
  await page.goto(`${BASE_URL}/`);
  const card = page.getByTestId(`enrolment-${enrolment.enrolmentId}`);
  await expectVisible(card.locator('.tag--COMPLETED'), 'the enrolment shown as completed');
  await eventually('the certificate on the learner home', async () => {
    if (await page.getByTestId('my-certificates').count()) return true;
    await page.reload();
    return false;
  }, 60_000);
  const certificates = page.getByTestId('my-certificates');
  const downloading = page.waitForEvent('download');
  await certificates.getByTestId('certificate-pdf').first().click();
  const pdf = readFileSync(await (await downloading).path());
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the certificate downloads as a PDF');
  await page.screenshot({ path: join(ARTIFACTS, 'certificate-on-home.png'), fullPage: true });
  const verifyUrl = await certificates.getByTestId('certificate-verify-link').first().getAttribute('href');
  assert.match(verifyUrl, /\/verify\/[0-9a-z]{16}\?sig=/, 'the shared link is the QR code\'s verification URL');
  const serial = (await certificates.locator('[data-testid^="certificate-"]').first().getAttribute('data-testid')).replace('certificate-', '');

  // An anonymous visitor (no session, another browser context) opens the link.
  const visitor = await openBrowser({ width: 390, height: 844 });
  const anonymous = visitor.page;
  const verifyPath = new URL(verifyUrl).pathname + new URL(verifyUrl).search;
  await anonymous.goto(`${BASE_URL}${verifyPath}`);
  await expectVisible(anonymous.locator('[data-status="VALID"]'), 'the certificate shown valid');
  assert.match(await anonymous.content(), /Đặng Quốc Hưng/);
  assert.match(await anonymous.content(), /sig ok/, 'the QR signature checks out');
  await anonymous.screenshot({ path: join(ARTIFACTS, 'certificate-verified.png') });

  // An ADMIN revokes it; the same page then says revoked.
  const adminBrowser = await openBrowser({ width: 1280, height: 900 });
  const adminPage = adminBrowser.page;
  await logIn(adminPage, 'demo.admin');
  await backInTheApp(adminPage, 'demo.admin');
  await adminPage.goto(`${BASE_URL}/certificates`);
  const row = adminPage.getByTestId('staff-certificates').getByTestId(`certificate-${serial}`);
  await expectVisible(row, `certificate ${serial} in the staff list`);
  await row.getByTestId('certificate-revoke-open').click();
  await row.getByTestId('certificate-revoke-reason').fill('Cấp nhầm (kiểm thử)');
  await row.getByTestId('certificate-revoke-confirm').click();
  await expectVisible(row.locator('[data-testid="certificate-status"].tag--REVOKED'), 'the certificate revoked in the staff list');

  await anonymous.goto(`${BASE_URL}${verifyPath}`);
  await expectVisible(anonymous.locator('[data-status="REVOKED"]'), 'the verification page saying revoked');
  assert.match(await anonymous.content(), /Cấp nhầm \(kiểm thử\)/, 'with the reason');
  await anonymous.screenshot({ path: join(ARTIFACTS, 'certificate-revoked.png') });
  await visitor.close();
  await adminBrowser.close();
});
