import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMyExam, useStartExamAttempt } from '@/features/exams/api/my-exams';
import { formatDateTime } from '@/utils/format-date';

/**
 * One exam as its candidate sees it: the rules, the window, past attempts and the button to start.
 * The attempt itself runs in the quiz's player (/quiz-attempts/:id), timed by the server.
 */
export function MyExamView({ examId }: { examId: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const exam = useMyExam(examId);
  const start = useStartExamAttempt(examId);

  if (exam.isPending) return <Spinner />;
  if (exam.error) return <ErrorAlert error={exam.error} onRetry={() => void exam.refetch()} />;
  const e = exam.data;
  return (
    <section className="card" data-testid="my-exam">
      <h2 className="card__title">{e.title}</h2>
      <ul className="facts">
        <li>{t('exams.facts.questions', { count: e.questionCount })}</li>
        <li>{t('exams.facts.time', { minutes: e.timeLimitMinutes })}</li>
        <li>{t('exams.facts.pass', { pass: e.passPercent })}</li>
        <li>{t('exams.facts.attempts', { used: e.attempts.length, allowed: e.attemptsAllowed })}</li>
        <li>
          {t('exams.window', {
            from: formatDateTime(e.opensAt, i18n.language),
            to: formatDateTime(e.closesAt, i18n.language),
          })}
        </li>
      </ul>
      {e.attempts.length > 0 && (
        <ul className="list" data-testid="exam-attempts">
          {e.attempts.map((a) => (
            <li key={a.attemptId}>
              {t('exams.attempt', { number: a.attemptNumber })}:{' '}
              {a.closed ? (
                <Link to={`/quiz-attempts/${a.attemptId}`}>
                  {t(a.passed ? 'exams.passedScore' : 'exams.failedScore', { score: a.scorePercent })}
                </Link>
              ) : (
                t('exams.inProgress')
              )}
            </li>
          ))}
        </ul>
      )}
      {e.passed && (
        <p className="notice" data-testid="exam-passed">
          {t('exams.passed')}
        </p>
      )}
      {!e.passed && !e.openNow && <p className="notice">{t('exams.notOpen')}</p>}
      {start.error && <ErrorAlert error={start.error} />}
      {e.canStart && (
        <button
          type="button"
          className="button button--large"
          disabled={start.isPending}
          data-testid="exam-start"
          onClick={() => start.mutate(undefined, { onSuccess: (a) => void navigate(`/quiz-attempts/${a.attemptId}`) })}
        >
          {e.openAttemptId ? t('exams.continue') : t('exams.start')}
        </button>
      )}
    </section>
  );
}
