// Browser end-to-end test of issue 16's assessment-only exams on the demo data, on a 360-px phone:
// demo.learner2, whose staff-list position names an IT officer, finds the demo exam SH-CNTT-2026 on
// their home, takes it in the quiz player and passes; demo.learner (not an IT officer) does not see it
// and is answered 404 when asking for it; axe finds nothing critical or serious on the pages visited.
import {
  eventually,
  expect,
  expectAxeClean,
  expectNoSidewaysScroll,
  logIn,
  loggedIn,
  PHONE,
  publishedCourseId,
  shot,
  test,
} from './fixtures.mjs';
import { answerAllCorrectly, answerKey, showAllQuestions, submitAndExpectPassed } from './quiz.mjs';
import { api, apiToken, BASE_URL } from './support.mjs';

test.use({ viewport: PHONE });

test('an IT officer takes and passes the demo exam on a phone; a learner outside its population neither sees it nor gets it', async ({
  page,
  newSession,
}) => {
  const admin = await apiToken('demo.admin');
  const key = await answerKey(admin, await publishedCourseId(admin));
  const officer = await apiToken('demo.learner2');
  const exam = await eventually("the demo exam among demo.learner2's exams", async () => {
    const mine = await api(officer, 'GET', '/api/me/exams');
    return mine.find((e) => e.title.includes('CNTT'));
  });

  await logIn(page, 'demo.learner2');
  const onHome = page.getByTestId(`my-exam-${exam.id}`);
  await expect(onHome, "the exam on the IT officer's home").toBeVisible();
  await expectAxeClean(page, 'the learner home with the exam');
  await shot(page, 'exam-on-home');
  await onHome.getByRole('link').click();
  await expect(page.getByTestId('my-exam'), 'the exam page').toBeVisible();
  await expectNoSidewaysScroll(page, 'the exam page', 1, { client: true });
  await expectAxeClean(page, 'the exam page');
  await shot(page, 'exam-page');

  const startedAt = Date.now();
  await page.getByTestId('exam-start').click();
  await expect(page.getByTestId('quiz-runner'), 'the attempt in the quiz player').toBeVisible();
  await showAllQuestions(page);
  await answerAllCorrectly(page, key, 1, exam.questionCount);
  await expectNoSidewaysScroll(page, 'the attempt', 1, { client: true });
  await shot(page, 'exam-attempt', { fullPage: false });
  await submitAndExpectPassed(page);
  console.log(`exam of ${exam.questionCount} questions answered and graded in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  await expectAxeClean(page, 'the exam result');
  await shot(page, 'exam-passed');
  await page.getByTestId('quiz-back').click();
  await expect(page.getByTestId('exam-passed'), 'the exam page saying passed').toBeVisible();
  await expect(page.getByTestId('exam-start'), 'no new attempt once passed').toHaveCount(0);

  // demo.learner is not an IT officer: no exam on the home, and the exam's id answers 404.
  const outsider = (await loggedIn(newSession, 'demo.learner', PHONE)).page;
  await expect(outsider.getByTestId('me-card'), "the outsider's home").toBeVisible();
  await outsider.waitForLoadState('networkidle');
  await expect(outsider.getByTestId(`my-exam-${exam.id}`), "the exam is not on the outsider's home").toHaveCount(0);
  const learner = await apiToken('demo.learner');
  const response = await fetch(`${BASE_URL}/api/me/exams/${exam.id}`, { headers: { Authorization: `Bearer ${learner}` } });
  expect(response.status, 'the outsider asking for the exam').toBe(404);
  const start = await fetch(`${BASE_URL}/api/me/exams/${exam.id}/attempts`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${learner}` },
  });
  expect(start.status, 'the outsider starting the exam').toBe(404);
  await outsider.goto(`/my-exams/${exam.id}`);
  await expect(outsider.locator('[role="alert"]').first(), 'the refusal on the exam page').toBeVisible();
  await shot(outsider, 'exam-refused');
});
