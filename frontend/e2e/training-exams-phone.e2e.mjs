// Browser end-to-end test of issue 16's remaining pages on a 360-px phone, in Vietnamese and English
// with axe (no critical or serious finding) and no sideways scrolling: the ADMIN links an end-of-class
// exam to the demo programme on its page; the class page with the TRAINER role of its completed
// participants; the staff exam pages (the authoring form, results per unit); and the trained focal
// point's training page with the in-person certificate and the end-of-class exam, which they open and start.
import {
  expect,
  expectAxeCleanInBothLanguages,
  expectNoSidewaysScroll,
  loggedIn,
  logIn,
  PHONE,
  publishedCourseId,
  shot,
  test,
} from './fixtures.mjs';
import { api, apiToken, brokenWords, unitId } from './support.mjs';

const run = Date.now().toString(36);

test.use({ viewport: PHONE });

/** In both languages: axe finds nothing critical or serious, and the page does not scroll sideways. */
async function expectPhoneReady(page, where, name) {
  await expectAxeCleanInBothLanguages(page, where, async (language) => {
    await expectNoSidewaysScroll(page, `${where} (${language})`, 0);
    await shot(page, `${name}-${language}`);
  });
}

test('end-of-class exam, trainer role and staff exam pages on a 360-px phone; the trained focal point opens the exam', async ({
  page,
  newSession,
}) => {
  const admin = await apiToken('demo.admin');
  const programme = (await api(admin, 'GET', '/api/training/programmes')).find((p) => p.name.includes('420/KH-UBND'));
  expect(programme, 'the demo has its in-person programme').toBeTruthy();
  const classes = await api(admin, 'GET', `/api/training/programmes/${programme.id}/classes`);
  const classOne = classes.find((c) => c.name === 'Lớp 1');
  const now = Date.now();
  const finalExam = await api(admin, 'POST', '/api/exams', {
    title: `Kiểm tra cuối lớp tập huấn ${run}`,
    code: null,
    bankCourseId: await publishedCourseId(admin),
    population: 'NAMED',
    positions: [],
    unitId: await unitId(admin, 'NA'),
    opensAt: new Date(now - 3_600_000).toISOString(),
    closesAt: new Date(now + 7 * 86_400_000).toISOString(),
    attemptsAllowed: 2,
    passPercent: 60,
    questionCount: 10,
    timeLimitMinutes: 15,
    certificate: true,
  });
  const demoExam = (await api(admin, 'GET', '/api/exams')).find((e) => e.code === 'SH-CNTT-2026');
  page.on('pageerror', (error) => console.log('[demo.admin page error]', error.message));
  page.on('console', (m) => m.type() === 'error' && console.log('[demo.admin console]', m.text()));

  try {
    // The programme page: the ADMIN links the named-list exam as the end-of-class exam.
    await logIn(page, 'demo.admin');
    await page.goto(`/training/programmes/${programme.id}`);
    const card = page.getByTestId('final-exam');
    await expect(card, 'the completion rule card').toBeVisible();
    await card.getByRole('combobox').selectOption(String(finalExam.id));
    await card.getByRole('button').click();
    await expect(card.locator('p').first()).toContainText(finalExam.title);
    const rule = await api(admin, 'GET', `/api/training/programmes/${programme.id}/final-exam`);
    expect(rule.examId, 'the programme requires the exam').toBe(finalExam.id);
    await expectPhoneReady(page, 'the programme page with its end-of-class exam', '170-programme-final-exam');

    // The class page: completed participants and their TRAINER role.
    await page.goto(`/training/classes/${classOne.id}`);
    await expect(page.locator('[data-testid^="trainer-role-"]').first(), 'the TRAINER role of a completed participant').toBeVisible();
    await expectPhoneReady(page, 'the class page with the trainer role', '171-class-trainer-role');

    // The staff exam pages: the authoring form and the results per unit.
    // Through the app's own navigation, as from the menu.
    await page.evaluate(() => {
      window.history.pushState({}, '', '/exams');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByTestId('exam-list'), 'the list of exams').toBeVisible();
    await page.getByTestId('exam-new').click();
    await expect(page.getByTestId('exam-form'), 'the exam authoring form').toBeVisible();
    await expect(page.getByTestId('exam-certificate'), 'the certificate-of-assessment setting').toBeVisible();
    await expectPhoneReady(page, 'the exam authoring form', '172-exam-form');
    await page.goto(`/exams/${demoExam.id}/results`);
    await expect(page.getByTestId('exam-results'), 'the exam results per unit').toBeVisible();
    await expectPhoneReady(page, 'the exam results per unit', '173-exam-results');
    // A card per unit: unit names and figures keep their words whole, nothing to scroll sideways.
    expect(
      await brokenWords(page, '[data-testid="exam-results-units"]'),
      'no word of the exam results per unit is broken over two lines at 360 px',
    ).toEqual([]);

    // demo.trainer (seated in class 1, which they completed) sees the exam on their seat, opens and starts it.
    const trainer = (await loggedIn(newSession, 'demo.trainer', PHONE)).page;
    await trainer.goto('/training');
    const seatExam = trainer.getByTestId('seat-final-exam');
    await expect(seatExam, "the end-of-class exam on the participant's seat").toContainText(run);
    await expectPhoneReady(trainer, "the participant's training page", '174-participant-training');
    await seatExam.getByTestId('seat-final-exam-open').click();
    await expect(trainer.getByTestId('my-exam'), 'the exam page').toBeVisible();
    await trainer.getByTestId('exam-start').click();
    await expect(trainer.getByTestId('quiz-runner'), 'the attempt in the quiz player').toBeVisible();
    await shot(trainer, '175-participant-final-exam-attempt');
  } finally {
    await api(admin, 'PUT', `/api/training/programmes/${programme.id}/final-exam`, { examId: null });
  }
});
