// Browser test of the final quiz's staff settings on a 360-px phone: ADMIN sets a wave's opening window
// with a staggered start (a closing time inside the stagger refused first), and edits one bank question,
// attaching a PNG image; the bank then shows version 2 with the image.
import { demoWaves, expect, logIn, publishedCourseId, shot, test } from './fixtures.mjs';
import { apiToken, ARTIFACTS } from './support.mjs';
import { join } from 'node:path';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');

test.use({ viewport: { width: 360, height: 780 } });

test('an ADMIN sets a wave quiz window and edits a question with an image on a phone', async ({ page }) => {
  const token = await apiToken('demo.admin');
  await publishedCourseId(token);
  // The demo scenario opens its wave once the course is published, in the background.
  const waves = await demoWaves(token);
  await logIn(page, 'demo.admin');

  await page.goto(`/waves/${waves[0].id}`);
  const window = page.getByTestId('quiz-window');
  await expect(window, 'the quiz window card').toBeVisible();
  await page.getByTestId('quiz-window-opens').fill('2026-12-01T08:00');
  await page.getByTestId('quiz-window-closes').fill('2026-12-01T08:30');
  await page.getByTestId('quiz-window-stagger').fill('60');
  await page.getByTestId('quiz-window-save').click();
  await expect(page.getByTestId('quiz-window-problem'), 'the refusal of a closing time inside the stagger').toBeVisible();
  await window.screenshot({ path: join(ARTIFACTS, 'quiz-window-refused-360.png') });
  await page.getByTestId('quiz-window-closes').fill('2026-12-01T17:00');
  await page.getByTestId('quiz-window-save').click();
  await expect(page.getByTestId('quiz-window-saved'), 'the saved notice').toBeVisible();
  await expect(page.getByTestId('quiz-window-current')).toContainText('60 phút');
  await window.screenshot({ path: join(ARTIFACTS, 'quiz-window-saved-360.png') });

  await page.goto('/question-bank');
  const questions = page.getByTestId('bank-questions');
  // 100 seeded questions, or more where another browser test has imported some since.
  await expect(questions.getByText(/\b\d{3}\/100 câu\./), 'the demo bank').toBeVisible();
  await questions.locator('[data-testid^="bank-edit-"]').first().click();
  const editor = page.locator('[data-testid^="bank-editor-"]');
  await expect(editor, 'the question editor').toBeVisible();
  await page.getByTestId('bank-edit-image').setInputFiles({ name: 'bieu-tuong.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByTestId('bank-edit-preview'), 'the image preview').toBeVisible();
  await editor.screenshot({ path: join(ARTIFACTS, 'quiz-question-editor-360.png') });
  await page.getByTestId('bank-edit-save').click();
  await expect(questions.getByText(/v2\)/).first(), 'the edited question as version 2').toBeVisible();
  await expect(questions.locator('img.bank-question__image').first(), 'the image in the bank list').toBeVisible();
  await shot(page, 'quiz-bank-after-edit-360', { fullPage: false });
});
