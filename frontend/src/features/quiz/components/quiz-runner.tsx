import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { readLayout, writeLayout, type Layout } from '@/features/quiz/api/answer-store';
import type { QuizAttempt } from '@/features/quiz/api/types';
import { useSubmitAttempt } from '@/features/quiz/api/submit-attempt';
import { Countdown, useSecondsLeft } from '@/features/quiz/components/countdown';
import { QuestionCard } from '@/features/quiz/components/question-card';
import { useAnswerSaver } from '@/features/quiz/components/use-answer-saver';

/** An open attempt: questions one per screen or as a list, the server's countdown, a review, submit. */
export function QuizRunner({ attempt }: { attempt: QuizAttempt }) {
  const { t } = useTranslation();
  const [layout, setLayout] = useState<Layout>(readLayout);
  const [current, setCurrent] = useState(0);
  const [reviewing, setReviewing] = useState(false);
  const secondsLeft = useSecondsLeft(attempt.secondsLeft);
  const { answers, states, choose, unsavedCount, refused } = useAnswerSaver(attempt);
  const submit = useSubmitAttempt(attempt.attemptId);
  const autoSubmitted = useRef(false);
  const questions = attempt.questions;
  const unanswered = questions.filter((q) => (answers[q.questionId] ?? []).length === 0);
  const timeUp = secondsLeft === 0;

  useEffect(() => {
    // At zero the answers already saved are graded; the server would grade them anyway after its grace period.
    if (timeUp && !autoSubmitted.current) {
      autoSubmitted.current = true;
      setTimeout(() => submit.mutate(), 1500);
    }
  }, [timeUp, submit]);

  const changeLayout = (next: Layout) => {
    setLayout(next);
    writeLayout(next);
  };

  const card = (index: number) => {
    const q = questions[index];
    if (!q) return null;
    return (
      <QuestionCard
        key={q.questionId}
        question={q}
        total={questions.length}
        selected={answers[q.questionId] ?? []}
        state={states[q.questionId]}
        disabled={timeUp || submit.isPending}
        onChoose={(selected) => choose(q.questionId, selected)}
      />
    );
  };

  return (
    <div className="quiz" data-testid="quiz-runner">
      <div className="quiz__bar">
        <Countdown secondsLeft={secondsLeft} />
        <p className="quiz__progress" data-testid="quiz-answered">
          {t('quiz.answered', { count: questions.length - unanswered.length, total: questions.length })}
        </p>
        <p className={unsavedCount > 0 ? 'quiz-save quiz-save--unsaved' : 'quiz-save quiz-save--saved'} data-testid="quiz-save-all">
          {unsavedCount > 0 ? t('quiz.unsavedCount', { count: unsavedCount }) : t('quiz.allSaved')}
        </p>
      </div>
      {/* The layout switch scrolls away: the sticky bar keeps only the clock and the counts (issue 14). */}
      <div className="tabs" role="group" aria-label={t('quiz.layout')}>
        <button type="button" className="tabs__button" aria-pressed={layout === 'one'} onClick={() => changeLayout('one')}>
          {t('quiz.layoutOne')}
        </button>
        <button type="button" className="tabs__button" aria-pressed={layout === 'list'} onClick={() => changeLayout('list')} data-testid="quiz-layout-list">
          {t('quiz.layoutList')}
        </button>
      </div>
      {timeUp && <p className="alert alert--error" role="alert">{t('quiz.timeUp')}</p>}
      {refused && <ErrorAlert error={refused} />}

      {!reviewing && layout === 'one' && (
        <>
          {card(current)}
          <nav className="quiz__nav" aria-label={t('quiz.navigation')}>
            <button type="button" className="button button--ghost" disabled={current === 0} onClick={() => setCurrent(current - 1)} data-testid="quiz-prev">
              {t('quiz.previous')}
            </button>
            {current < questions.length - 1 ? (
              <button type="button" className="button" onClick={() => setCurrent(current + 1)} data-testid="quiz-next">
                {t('quiz.next')}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => setReviewing(true)} data-testid="quiz-review">
                {t('quiz.review')}
              </button>
            )}
          </nav>
          <ol className="quiz__map" aria-label={t('quiz.questionMap')}>
            {questions.map((q, index) => (
              <li key={q.questionId}>
                <button
                  type="button"
                  className={`quiz__map-item${(answers[q.questionId] ?? []).length > 0 ? ' quiz__map-item--answered' : ''}`}
                  aria-current={index === current ? 'step' : undefined}
                  aria-label={t('quiz.goTo', { number: q.number })}
                  onClick={() => setCurrent(index)}
                >
                  {q.number}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}

      {!reviewing && layout === 'list' && (
        <>
          {questions.map((_, index) => card(index))}
          <button type="button" className="button" onClick={() => setReviewing(true)} data-testid="quiz-review">
            {t('quiz.review')}
          </button>
        </>
      )}

      {reviewing && (
        <section className="card" data-testid="quiz-review-panel">
          <h2 className="card__title">{t('quiz.reviewTitle')}</h2>
          {unanswered.length === 0 ? (
            <p>{t('quiz.allAnswered')}</p>
          ) : (
            <>
              <p>{t('quiz.unansweredList', { count: unanswered.length })}</p>
              <ul className="chips" data-testid="quiz-unanswered">
                {unanswered.map((q) => (
                  <li key={q.questionId}>
                    <button
                      type="button"
                      className="chip"
                      onClick={() => {
                        setReviewing(false);
                        setCurrent(questions.indexOf(q));
                        changeLayout('one');
                      }}
                    >
                      {t('quiz.questionNumber', { number: q.number })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {unsavedCount > 0 && <p className="alert alert--error">{t('quiz.waitForSave')}</p>}
          {submit.error && <ErrorAlert error={submit.error} />}
          <div className="actions">
            <button type="button" className="button button--ghost" onClick={() => setReviewing(false)}>
              {t('quiz.backToQuestions')}
            </button>
            <button
              type="button"
              className="button"
              disabled={submit.isPending || unsavedCount > 0}
              onClick={() => submit.mutate()}
              data-testid="quiz-submit"
            >
              {submit.isPending ? t('quiz.submitting') : t('quiz.submit')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
