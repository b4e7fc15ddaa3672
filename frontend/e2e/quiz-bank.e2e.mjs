// Browser end-to-end test of the question bank (issue 5, ADMIN side): the demo course's bank holds the
// 100 seeded questions; a GIFT file with errors is reported per question and stores nothing; a Moodle
// XML file repeating a question of the bank is refused with the reason; a new GIFT file is checked, then stored.
import { join, resolve } from 'node:path';
import { expect, logIn, shot, test } from './fixtures.mjs';
import { ARTIFACTS } from './support.mjs';

const FIXTURES = resolve(import.meta.dirname, '../../backend/src/test/resources/quiz');

test.use({ viewport: { width: 1280, height: 900 } });

test('an ADMIN sees the demo bank, gets a per-question report for a bad file and imports a Moodle file', async ({ page }) => {
  await logIn(page, 'demo.admin');
  await page.goto('/question-bank');

  const questions = page.getByTestId('bank-questions');
  await expect(questions.getByText('100/100 câu.'), 'the 100 seeded questions').toBeVisible();
  await expect(questions).toContainText('Chính quyền số: 20');
  await shot(page, 'quiz-bank-demo', { fullPage: false });

  await page.getByTestId('bank-file').setInputFiles(resolve(FIXTURES, 'gift-loi.txt'));
  await page.getByTestId('bank-check').click();
  const errors = page.getByTestId('bank-errors');
  await expect(errors, 'the errors of the bad GIFT file').toContainText('Không có đáp án đúng');
  await expect(errors).toContainText('Trùng với câu 3 trong cùng tệp');
  await expect(page.getByTestId('bank-commit'), 'a file with errors cannot be stored').toHaveCount(0);
  await page.getByTestId('bank-import').screenshot({ path: join(ARTIFACTS, 'quiz-bank-errors.png') });

  // The Moodle file repeats a true/false question the demo bank already has: reported, nothing stored.
  await page.getByTestId('bank-file').setInputFiles(resolve(FIXTURES, 'moodle-chinh-quyen-so.xml'));
  await page.getByTestId('bank-check').click();
  await expect(page.getByTestId('bank-skipped'), 'the skipped short-answer and essay questions').toBeVisible();
  await expect(page.getByTestId('bank-errors')).toHaveText(/CQS-04.*Ngân hàng đã có câu hỏi này/);
  await expect(page.getByTestId('bank-commit')).toHaveCount(0);

  await page.getByTestId('bank-file').setInputFiles({
    name: 'cau-hoi-moi.gift',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      [
        '$CATEGORY: $course$/top/Kỹ năng số',
        '',
        '::E2E-1::Phím tắt nào mở trình quản lý tác vụ trên Windows?{=Ctrl + Shift + Esc ~Ctrl + Alt + Tab ~Alt + F4 ~Windows + D}',
        '',
        '::E2E-2::Lưu tệp đính kèm lạ về máy rồi mở ngay là an toàn.{F####Tệp đính kèm lạ có thể chứa mã độc.}',
        '',
      ].join('\n'),
    ),
  });
  await page.getByTestId('bank-check').click();
  await page.getByTestId('bank-commit').click();
  await expect(page.getByText('Đã lưu 2 câu hỏi vào ngân hàng.'), 'the stored count').toBeVisible();
  await expect(questions.getByText('102/100 câu.'), 'the bank grown by 2').toBeVisible();
  await page.getByTestId('bank-import').scrollIntoViewIfNeeded();

  await page.setViewportSize({ width: 360, height: 740 });
  await shot(page, 'quiz-bank-phone', { fullPage: false });
});
