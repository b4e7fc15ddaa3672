// Answering a final quiz or an exam in the quiz player, as a learner who knows the answers: the key is
// read from the ADMIN's question bank (never from a learner-facing response, which says nothing about
// correctness). Used by exam-it-officers, quiz-to-certificate and training-exams-phone.
import { api } from './support.mjs';
import { eventually, expect } from './fixtures.mjs';

/** The course's answer key (stem → texts of the correct options), once the demo bank holds its 100 questions. */
export async function answerKey(adminToken, courseId) {
  const bank = await eventually('the demo question bank', async () => {
    const b = await api(adminToken, 'GET', `/api/courses/${courseId}/quiz/questions`);
    return b.questions.length >= 100 ? b : undefined;
  });
  return new Map(bank.questions.map((q) => [q.stem.trim(), new Set(q.options.filter((o) => o.correct).map((o) => o.text.trim()))]));
}

/** Starts showing every question at once (the list layout), as the tests answer them in order. */
export async function showAllQuestions(page) {
  await page.getByTestId('quiz-layout-list').click();
}

/** Ticks every correct option of question `number` and waits until the player says it is saved. */
export async function answerCorrectly(page, key, number) {
  const card = page.getByTestId(`quiz-question-${number}`);
  const stem = (await card.locator('.quiz-question__stem').textContent()).trim();
  const correct = key.get(stem);
  expect(correct, `question ${number} is in the bank: ${stem}`).toBeTruthy();
  const labels = await card.locator('label.quiz-option').allTextContents();
  let chosen = 0;
  for (const [index, label] of labels.entries()) {
    if (correct.has(label.replace(/^\s*[A-F]\.\s*/, '').trim())) {
      await page.getByTestId(`quiz-option-${number}-${index}`).check();
      chosen++;
    }
  }
  expect(chosen, `all correct options of question ${number} found on screen`).toBe(correct.size);
  await expect(page.locator(`[data-testid="quiz-save-${number}"].quiz-save--saved`), `question ${number} saved`).toBeVisible();
}

/** Answers questions `from` to `to` correctly. */
export async function answerAllCorrectly(page, key, from, to) {
  for (let number = from; number <= to; number++) await answerCorrectly(page, key, number);
}

/** Opens the review (nothing left unanswered) and submits; the result card says passed. */
export async function submitAndExpectPassed(page) {
  await page.getByTestId('quiz-review').last().click();
  await expect(page.getByTestId('quiz-review-panel'), 'the review before submitting').toBeVisible();
  await expect(page.getByTestId('quiz-unanswered'), 'nothing left unanswered').toHaveCount(0);
  await page.getByTestId('quiz-submit').click();
  const result = page.getByTestId('quiz-result');
  await expect(result, 'the result').toBeVisible();
  await expect(result, 'the learner passed').toHaveClass(/card--success/);
  return result;
}
