// Browser end-to-end test of issue 16's remaining pages on a 360-px phone, in Vietnamese and English
// with axe (no critical or serious finding) and no sideways scrolling: the ADMIN links an end-of-class
// exam to the demo programme on its page; the class page with the TRAINER role of its completed
// participants; the staff exam pages (the authoring form, results per unit); and the trained focal
// point's training page with the in-person certificate and the end-of-class exam, which they open and start.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { api, apiToken, backInTheApp, BASE_URL, brokenWords, expectVisible, logIn, openBrowser, publishedCourseId, shot, unitId } from './support.mjs';

const PHONE = { width: 360, height: 740 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const run = Date.now().toString(36);

async function axeFindings(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/** In both languages: axe finds nothing critical or serious, and the page does not scroll sideways. */
async function expectPhoneReady(page, where, name) {
  const switchTo = (language) =>
    page.evaluate((lang) => document.querySelector(`[data-testid="lang-${lang}"]`)?.click(), language);
  for (const language of ['vi', 'en']) {
    await switchTo(language);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    await page.waitForLoadState('networkidle').catch(() => {});
    assert.deepEqual(await axeFindings(page), [], `axe on ${where} (${language}) found critical/serious problems`);
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= inner, `${where} (${language}) scrolls sideways on a 360-px phone (${scroll} > ${inner})`);
    await shot(page, `${name}-${language}`);
  }
  await switchTo('vi');
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
}

async function staffOnPhone(username) {
  const browser = await openBrowser(PHONE);
  browser.page.on('pageerror', (error) => console.log(`[${username} page error]`, error.message));
  browser.page.on('console', (m) => m.type() === 'error' && console.log(`[${username} console]`, m.text()));
  await logIn(browser.page, username);
  await backInTheApp(browser.page, username);
  return browser;
}

test('end-of-class exam, trainer role and staff exam pages on a 360-px phone; the trained focal point opens the exam', async () => {
  const admin = await apiToken('demo.admin');
  const programme = (await api(admin, 'GET', '/api/training/programmes')).find((p) => p.name.includes('420/KH-UBND'));
  assert.ok(programme, 'the demo has its in-person programme');
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

  const manager = await staffOnPhone('demo.admin');
  const trainer = await openBrowser(PHONE);
  try {
    // The programme page: the ADMIN links the named-list exam as the end-of-class exam.
    const { page } = manager;
    await page.goto(`${BASE_URL}/training/programmes/${programme.id}`);
    const card = page.getByTestId('final-exam');
    await expectVisible(card, 'the completion rule card');
    await card.getByRole('combobox').selectOption(String(finalExam.id));
    await card.getByRole('button').click();
    await page.waitForFunction((title) => document.querySelector('[data-testid="final-exam"] p')?.textContent?.includes(title), finalExam.title);
    const rule = await api(admin, 'GET', `/api/training/programmes/${programme.id}/final-exam`);
    assert.equal(rule.examId, finalExam.id, 'the programme requires the exam');
    await expectPhoneReady(page, 'the programme page with its end-of-class exam', '170-programme-final-exam');

    // The class page: completed participants and their TRAINER role.
    await page.goto(`${BASE_URL}/training/classes/${classOne.id}`);
    await expectVisible(page.locator('[data-testid^="trainer-role-"]').first(), 'the TRAINER role of a completed participant');
    await expectPhoneReady(page, 'the class page with the trainer role', '171-class-trainer-role');

    // The staff exam pages: the authoring form and the results per unit.
    // Through the app's own navigation, as from the menu.
    await page.evaluate(() => {
      window.history.pushState({}, '', '/exams');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expectVisible(page.getByTestId('exam-list'), 'the list of exams');
    await page.getByTestId('exam-new').click();
    await expectVisible(page.getByTestId('exam-form'), 'the exam authoring form');
    await expectVisible(page.getByTestId('exam-certificate'), 'the certificate-of-assessment setting');
    await expectPhoneReady(page, 'the exam authoring form', '172-exam-form');
    await page.goto(`${BASE_URL}/exams/${demoExam.id}/results`);
    await expectVisible(page.getByTestId('exam-results'), 'the exam results per unit');
    await expectPhoneReady(page, 'the exam results per unit', '173-exam-results');
    // A card per unit: unit names and figures keep their words whole, nothing to scroll sideways.
    assert.deepEqual(await brokenWords(page, '[data-testid="exam-results-units"]'), [],
      'no word of the exam results per unit is broken over two lines at 360 px');

    // demo.trainer (seated in class 1, which they completed) sees the exam on their seat, opens and starts it.
    await logIn(trainer.page, 'demo.trainer');
    await backInTheApp(trainer.page, 'demo.trainer');
    await trainer.page.goto(`${BASE_URL}/training`);
    const seatExam = trainer.page.getByTestId('seat-final-exam');
    await expectVisible(seatExam, 'the end-of-class exam on the participant\'s seat');
    assert.match(await seatExam.textContent(), new RegExp(run));
    await expectPhoneReady(trainer.page, 'the participant\'s training page', '174-participant-training');
    await seatExam.getByTestId('seat-final-exam-open').click();
    await expectVisible(trainer.page.getByTestId('my-exam'), 'the exam page');
    await trainer.page.getByTestId('exam-start').click();
    await expectVisible(trainer.page.getByTestId('quiz-runner'), 'the attempt in the quiz player');
    await shot(trainer.page, '175-participant-final-exam-attempt');
  } catch (error) {
    await shot(manager.page, 'failed-manager').catch(() => {});
    await shot(trainer.page, 'failed-participant').catch(() => {});
    throw error;
  } finally {
    await api(admin, 'PUT', `/api/training/programmes/${programme.id}/final-exam`, { examId: null });
    await manager.close();
    await trainer.close();
  }
});
