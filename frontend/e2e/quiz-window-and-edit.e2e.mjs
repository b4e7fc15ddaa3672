// Browser test of the final quiz's staff settings on a 360-px phone: ADMIN sets a wave's opening window
// with a staggered start (a closing time inside the stagger refused first), and edits one bank question,
// attaching a PNG image; the bank then shows version 2 with the image.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, BASE_URL, api, apiToken, backInTheApp, expectVisible, logIn, openBrowser, publishedCourseId } from './support.mjs';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');

let browser;
let work;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'hocso-e2e-quizclose-'));
  browser = await openBrowser({ width: 360, height: 780 });
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('an ADMIN sets a wave quiz window and edits a question with an image on a phone', async () => {
  const { page } = browser;
  const token = await apiToken('demo.admin');
  await publishedCourseId(token);
  // The demo scenario opens its wave once the course is published, in the background.
  let waves = [];
  for (const until = Date.now() + 180_000; waves.length === 0 && Date.now() < until; ) {
    waves = await api(token, 'GET', '/api/waves');
    if (waves.length === 0) await new Promise((r) => setTimeout(r, 3000));
  }
  assert.ok(waves.length > 0, 'the demo data has a wave');
  await logIn(page, 'demo.admin');
  await backInTheApp(page, 'demo.admin');

  await page.goto(`${BASE_URL}/waves/${waves[0].id}`);
  const window = page.getByTestId('quiz-window');
  await expectVisible(window, 'the quiz window card');
  await page.getByTestId('quiz-window-opens').fill('2026-12-01T08:00');
  await page.getByTestId('quiz-window-closes').fill('2026-12-01T08:30');
  await page.getByTestId('quiz-window-stagger').fill('60');
  await page.getByTestId('quiz-window-save').click();
  await expectVisible(page.getByTestId('quiz-window-problem'), 'the refusal of a closing time inside the stagger');
  await window.screenshot({ path: join(ARTIFACTS, 'quiz-window-refused-360.png') });
  await page.getByTestId('quiz-window-closes').fill('2026-12-01T17:00');
  await page.getByTestId('quiz-window-save').click();
  await expectVisible(page.getByTestId('quiz-window-saved'), 'the saved notice');
  assert.match(await page.getByTestId('quiz-window-current').textContent(), /60 phút/);
  await window.screenshot({ path: join(ARTIFACTS, 'quiz-window-saved-360.png') });

  await page.goto(`${BASE_URL}/question-bank`);
  const questions = page.getByTestId('bank-questions');
  // 100 seeded questions, or more where another browser test has imported some since.
  await expectVisible(questions.getByText(/\b\d{3}\/100 câu\./), 'the demo bank');
  const first = questions.locator('[data-testid^="bank-edit-"]').first();
  await first.click();
  const editor = page.locator('[data-testid^="bank-editor-"]');
  await expectVisible(editor, 'the question editor');
  const image = join(work, 'bieu-tuong.png');
  writeFileSync(image, PNG);
  await page.getByTestId('bank-edit-image').setInputFiles(image);
  await expectVisible(page.getByTestId('bank-edit-preview'), 'the image preview');
  await editor.screenshot({ path: join(ARTIFACTS, 'quiz-question-editor-360.png') });
  await page.getByTestId('bank-edit-save').click();
  await expectVisible(questions.getByText(/v2\)/), 'the edited question as version 2');
  await expectVisible(questions.locator('img.bank-question__image'), 'the image in the bank list');
  await page.screenshot({ path: join(ARTIFACTS, 'quiz-bank-after-edit-360.png') });
});
