import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useQuizOverview } from '@/features/quiz/api/get-quiz-overview';
import { useStartAttempt } from '@/features/quiz/api/start-attempt';
import { formatDateTime } from '@/utils/format-date';

/** The quiz's rules and the learner's past attempts for one enrolment, and the button to start. */
export function QuizOverview({ enrolmentId }: { enrolmentId: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const overview = useQuizOverview(enrolmentId);
  const start = useStartAttempt(enrolmentId);
  // "Now" for the deadlines below: when the page opened, or when the overview was last fetched if later
  // (a render reads no clock, so that it shows the same thing each time for the same data).
  const [openedAt] = useState(Date.now);

  if (overview.isPending) return <Spinner />;
  if (overview.error) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  const o = overview.data;
  const passed = o.attempts.some((a) => a.passed);
  // An open attempt whose time ran out is graded by the server, not continued (issue 14).
  const open = o.attempts.find((a) => a.attemptId === o.openAttemptId);
  const now = Math.max(openedAt, overview.dataUpdatedAt);
  const openExpired =
    open !== undefined && new Date(open.startedAt).getTime() + o.timeLimitMinutes * 60_000 <= now;
  return (
    <section className="card" data-testid="quiz-overview">
      <h2 className="card__title">{t('quiz.overview.title')}</h2>
      <ul className="facts">
        <li>{t('quiz.overview.questions', { count: o.questionsPerAttempt })}</li>
        <li>{t('quiz.overview.time', { minutes: o.timeLimitMinutes })}</li>
        <li>{t('quiz.overview.pass', { pass: o.passPercent })}</li>
        <li>{t('quiz.overview.attempts', { used: o.attempts.length, allowed: o.attemptsAllowed })}</li>
      </ul>
      {o.attempts.length > 0 && (
        <ul className="list" data-testid="quiz-attempts">
          {o.attempts.map((a) => (
            <li key={a.attemptId}>
              {t('quiz.overview.attempt', { number: a.attemptNumber })}:{' '}
              {a.status === 'OPEN'
                ? t('quiz.overview.open')
                : t(a.passed ? 'quiz.overview.passedScore' : 'quiz.overview.failedScore', { score: a.scorePercent })}{' '}
              {a.status !== 'OPEN' && (
                <button type="button" className="button button--ghost" onClick={() => void navigate(`/quiz-attempts/${a.attemptId}`)}>
                  {t('quiz.overview.seeResult')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!o.lecturesComplete && !passed && <p className="notice">{t('quiz.overview.lecturesFirst')}</p>}
      {o.lecturesComplete && !passed && !o.windowOpen && o.startsAt && (
        <p className="notice" data-testid="quiz-window">
          {o.closesAt && new Date(o.closesAt).getTime() <= now
            ? t('quiz.overview.windowClosed', { time: formatDateTime(o.closesAt, i18n.language) })
            : t('quiz.overview.opensAt', { time: formatDateTime(o.startsAt, i18n.language) })}
        </p>
      )}
      {passed && <p className="notice" data-testid="quiz-passed">{t('quiz.overview.alreadyPassed')}</p>}
      {start.error && <ErrorAlert error={start.error} />}
      {openExpired && o.openAttemptId !== null && (
        <div className="notice" data-testid="quiz-open-expired">
          <p>{t('ux.quiz.timeRanOut')}</p>
          <button type="button" className="button" onClick={() => void navigate(`/quiz-attempts/${o.openAttemptId}`)}>
            {t('ux.quiz.seeResult')}
          </button>
        </div>
      )}
      {o.canStart && !openExpired && (
        <button
          type="button"
          className="button button--large"
          disabled={start.isPending}
          onClick={() => start.mutate(undefined, { onSuccess: (attempt) => void navigate(`/quiz-attempts/${attempt.attemptId}`) })}
          data-testid="quiz-start"
        >
          {o.openAttemptId ? t('quiz.overview.continue') : t('quiz.overview.start')}
        </button>
      )}
    </section>
  );
}
