// Browser end-to-end test of the question bank (issue 5, ADMIN side): the demo course's bank holds the
// 100 seeded questions; a GIFT file with errors is reported per question and stores nothing; a Moodle
// XML file repeating a question of the bank is refused with the reason; a new GIFT file is checked, then stored. (The learner's side needs a demo enrolment with every lecture
// complete, which the demo data does not seed yet.)
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, BASE_URL, backInTheApp, expectVisible, logIn, openBrowser } from './support.mjs';

const FIXTURES = resolve(import.meta.dirname, '../../backend/src/test/resources/quiz');

let browser;
let work;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'hocso-e2e-quiz-'));
  browser = await openBrowser({ width: 1280, height: 900 });
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('an ADMIN sees the demo bank, gets a per-question report for a bad file and imports a Moodle file', async () => {
  const { page } = browser;
  await logIn(page, 'demo.admin');
  await backInTheApp(page, 'demo.admin');
  await page.goto(`${BASE_URL}/question-bank`);

  const questions = page.getByTestId('bank-questions');
  await expectVisible(questions.getByText('100/100 câu.'), 'the 100 seeded questions');
  assert.match(await questions.textContent(), /Chính quyền số: 20/);
  await page.screenshot({ path: join(ARTIFACTS, 'quiz-bank-demo.png') });

  await page.getByTestId('bank-file').setInputFiles(join(FIXTURES, 'gift-loi.txt'));
  await page.getByTestId('bank-check').click();
  const errors = page.getByTestId('bank-errors');
  await expectVisible(errors, 'the errors of the bad GIFT file');
  assert.match(await errors.textContent(), /Không có đáp án đúng/);
  assert.match(await errors.textContent(), /Trùng với câu 3 trong cùng tệp/);
  assert.equal(await page.getByTestId('bank-commit').count(), 0, 'a file with errors cannot be stored');
  await page.getByTestId('bank-import').screenshot({ path: join(ARTIFACTS, 'quiz-bank-errors.png') });

  // The Moodle file repeats a true/false question the demo bank already has: reported, nothing stored.
  await page.getByTestId('bank-file').setInputFiles(join(FIXTURES, 'moodle-chinh-quyen-so.xml'));
  await page.getByTestId('bank-check').click();
  await expectVisible(page.getByTestId('bank-skipped'), 'the skipped short-answer and essay questions');
  assert.match(await page.getByTestId('bank-errors').textContent(), /CQS-04.*Ngân hàng đã có câu hỏi này/);
  assert.equal(await page.getByTestId('bank-commit').count(), 0);

  const gift = join(work, 'cau-hoi-moi.gift');
  writeFileSync(gift, [
    '$CATEGORY: $course$/top/Kỹ năng số',
    '',
    '::E2E-1::Phím tắt nào mở trình quản lý tác vụ trên Windows?{=Ctrl + Shift + Esc ~Ctrl + Alt + Tab ~Alt + F4 ~Windows + D}',
    '',
    '::E2E-2::Lưu tệp đính kèm lạ về máy rồi mở ngay là an toàn.{F####Tệp đính kèm lạ có thể chứa mã độc.}',
    '',
  ].join('\n'));
  await page.getByTestId('bank-file').setInputFiles(gift);
  await page.getByTestId('bank-check').click();
  await page.getByTestId('bank-commit').click();
  await expectVisible(page.getByText('Đã lưu 2 câu hỏi vào ngân hàng.'), 'the stored count');
  await expectVisible(questions.getByText('102/100 câu.'), 'the bank grown by 2');
  await page.getByTestId('bank-import').scrollIntoViewIfNeeded();

  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: join(ARTIFACTS, 'quiz-bank-phone.png') });
});
