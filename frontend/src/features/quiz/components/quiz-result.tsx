import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuizAttempt } from '@/features/quiz/api/types';

export function QuizResult({ attempt }: { attempt: QuizAttempt }) {
  const { t } = useTranslation();
  const result = attempt.result;
  if (!result) return null;
  const wrong = new Set(result.wrongQuestionIds ?? []);
  return (
    <section className={`card${result.passed ? ' card--success' : ''}`} data-testid="quiz-result">
      <h2 className="card__title">{result.passed ? t('quiz.result.passed') : t('quiz.result.failed')}</h2>
      <p className="quiz-result__score" data-testid="quiz-score">
        {t('quiz.result.score', { score: result.scorePercent, correct: result.correctCount, total: result.questionCount })}
      </p>
      <p className="muted">{t('quiz.result.passMark', { pass: result.passPercent })}</p>
      {result.passed && !attempt.examId && (
        <p className="notice" data-testid="quiz-certificate-next">
          {t('ux.quiz.certificateNext')} <Link to="/">{t('ux.quiz.toCertificates')}</Link>
        </p>
      )}
      {result.gradedByServer && <p className="notice">{t('quiz.result.gradedByServer')}</p>}
      {result.wrongQuestionIds && result.wrongQuestionIds.length > 0 && (
        <>
          <h3>{t('quiz.result.wrongTitle')}</h3>
          <ul className="list" data-testid="quiz-wrong">
            {attempt.questions
              .filter((q) => wrong.has(q.questionId))
              .map((q) => (
                <li key={q.questionId}>
                  {t('quiz.questionNumber', { number: q.number })}: {q.stem}
                </li>
              ))}
          </ul>
        </>
      )}
      {result.review && (
        <ul className="list">
          {result.review.map((item) => {
            const question = attempt.questions.find((q) => q.questionId === item.questionId);
            return (
              <li key={item.questionId}>
                <strong>{question?.stem}</strong> — {item.correctOptions.map((i) => question?.options[i]).join('; ')}
                {item.explanation && <p className="muted">{item.explanation}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
