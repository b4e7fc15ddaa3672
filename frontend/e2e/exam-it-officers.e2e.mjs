// Browser end-to-end test of issue 16's assessment-only exams on the demo data, on a 360-px phone:
// demo.learner2, whose staff-list position names an IT officer, finds the demo exam SH-CNTT-2026 on
// their home, takes it in the quiz player and passes; demo.learner (not an IT officer) does not see it
// and is answered 404 when asking for it; axe finds nothing critical or serious on the pages visited.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, BASE_URL, api, apiToken, backInTheApp, expectVisible, logIn, openBrowser, publishedCourseId } from './support.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;

before(async () => {
  browser = await openBrowser({ width: 360, height: 740 });
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

async function expectAxeClean(page, where) {
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

async function expectNoHorizontalScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `${where} fits 360 px (overflow ${overflow}px)`);
}

/** The demo bank's answer key, from the ADMIN's bank (never from a learner-facing response). */
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
  for (let index = 0; index < (await labels.count()); index++) {
    const text = (await labels.nth(index).textContent()).replace(/^\s*[A-F]\.\s*/, '').trim();
    if (correct.has(text)) await page.getByTestId(`quiz-option-${number}-${index}`).check();
  }
  await expectVisible(page.locator(`[data-testid="quiz-save-${number}"].quiz-save--saved`), `question ${number} saved`);
}

test('an IT officer takes and passes the demo exam on a phone; a learner outside its population neither sees it nor gets it', async () => {
  const { page } = browser;
  const admin = await apiToken('demo.admin');
  const key = await answerKey(admin, await publishedCourseId(admin));
  const officer = await apiToken('demo.learner2');
  const exam = await eventually('the demo exam among demo.learner2\'s exams', async () => {
    const mine = await api(officer, 'GET', '/api/me/exams');
    return mine.find((e) => e.title.includes('CNTT'));
  });

  await logIn(page, 'demo.learner2');
  await backInTheApp(page, 'demo.learner2');
  const onHome = page.getByTestId(`my-exam-${exam.id}`);
  await expectVisible(onHome, 'the exam on the IT officer\'s home');
  await expectAxeClean(page, 'the learner home with the exam');
  await page.screenshot({ path: join(ARTIFACTS, 'exam-on-home.png'), fullPage: true });
  await onHome.getByRole('link').click();
  await expectVisible(page.getByTestId('my-exam'), 'the exam page');
  await expectNoHorizontalScroll(page, 'the exam page');
  await expectAxeClean(page, 'the exam page');
  await page.screenshot({ path: join(ARTIFACTS, 'exam-page.png'), fullPage: true });

  const startedAt = Date.now();
  await page.getByTestId('exam-start').click();
  await expectVisible(page.getByTestId('quiz-runner'), 'the attempt in the quiz player');
  await page.getByTestId('quiz-layout-list').click();
  for (let number = 1; number <= exam.questionCount; number++) await answerCorrectly(page, key, number);
  await expectNoHorizontalScroll(page, 'the attempt');
  await page.screenshot({ path: join(ARTIFACTS, 'exam-attempt.png') });
  await page.getByTestId('quiz-review').last().click();
  await page.getByTestId('quiz-submit').click();
  const result = page.getByTestId('quiz-result');
  await expectVisible(result, 'the result');
  assert.match(await result.getAttribute('class'), /card--success/, 'the IT officer passed');
  console.log(`exam of ${exam.questionCount} questions answered and graded in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  await expectAxeClean(page, 'the exam result');
  await page.screenshot({ path: join(ARTIFACTS, 'exam-passed.png'), fullPage: true });
  await page.getByTestId('quiz-back').click();
  await expectVisible(page.getByTestId('exam-passed'), 'the exam page saying passed');
  assert.equal(await page.getByTestId('exam-start').count(), 0, 'no new attempt once passed');

  // demo.learner is not an IT officer: no exam on the home, and the exam's id answers 404.
  const outsider = await openBrowser({ width: 360, height: 740 });
  try {
    await logIn(outsider.page, 'demo.learner');
    await backInTheApp(outsider.page, 'demo.learner');
    await expectVisible(outsider.page.getByTestId('me-card'), 'the outsider\'s home');
    await outsider.page.waitForLoadState('networkidle');
    assert.equal(await outsider.page.getByTestId(`my-exam-${exam.id}`).count(), 0, 'the exam is not on the outsider\'s home');
    const learner = await apiToken('demo.learner');
    const response = await fetch(`${BASE_URL}/api/me/exams/${exam.id}`, { headers: { Authorization: `Bearer ${learner}` } });
    assert.equal(response.status, 404, 'the outsider asking for the exam');
    const start = await fetch(`${BASE_URL}/api/me/exams/${exam.id}/attempts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${learner}` },
    });
    assert.equal(start.status, 404, 'the outsider starting the exam');
    await outsider.page.goto(`${BASE_URL}/my-exams/${exam.id}`);
    await expectVisible(outsider.page.locator('[role="alert"]'), 'the refusal on the exam page');
    await outsider.page.screenshot({ path: join(ARTIFACTS, 'exam-refused.png'), fullPage: true });
  } finally {
    await outsider.close();
  }
});
