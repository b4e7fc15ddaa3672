import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/utils/format-date';
import { useEnrolmentToday } from '@/features/enrolments/api/get-enrolment-today';
import { useMyEnrolments, type MyEnrolment } from '@/features/enrolments/api/get-my-enrolments';

/** Dates are shown day/month/year whatever the UI language, as learners read them on paper. */
const ddmmyyyy = (iso: string | null) => formatDate(iso, 'vi');

const DAILY_TARGET_MINUTES = 30;

/** Where the learner stands today (issue 14): lectures done, minutes today against 30, the next step. */
function EnrolmentToday({ enrolmentId }: { enrolmentId: number }) {
  const { t } = useTranslation();
  const progress = useEnrolmentToday(enrolmentId);
  const p = progress.data;
  if (!p) return null;
  const nextLecture = p.lectures.findIndex((lecture) => !lecture.completed);
  const today = Math.min(p.minutesToday, DAILY_TARGET_MINUTES);
  return (
    <div className="enrolment__today" data-testid="enrolment-today">
      <p data-testid="enrolment-lectures-done">{t('ux.learner.lecturesDone', { done: p.lecturesCompleted, total: p.lecturesTotal })}</p>
      <p data-testid="enrolment-minutes-today">{t('ux.learner.minutesToday', { minutes: p.minutesToday, target: DAILY_TARGET_MINUTES })}</p>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={t('ux.learner.minutesTodayLabel')}
        aria-valuemin={0}
        aria-valuemax={DAILY_TARGET_MINUTES}
        aria-valuenow={today}
      >
        <div className="progress__fill" style={{ width: `${(today / DAILY_TARGET_MINUTES) * 100}%` }} />
      </div>
      <p className="enrolment__next" data-testid="enrolment-next">
        {nextLecture >= 0 ? (
          <Link to={`/learn/${enrolmentId}`}>{t('ux.learner.nextLecture', { number: nextLecture + 1 })}</Link>
        ) : (
          <Link to={`/enrolments/${enrolmentId}/quiz`}>{t('ux.learner.nextQuiz')}</Link>
        )}
      </p>
    </div>
  );
}

function EnrolmentCard({ enrolment: e }: { enrolment: MyEnrolment }) {
  const { t } = useTranslation();
  const active = e.status === 'NOT_STARTED' || e.status === 'IN_PROGRESS' || e.status === 'OVERDUE';
  return (
    <article className={`card enrolment enrolment--${e.status}`} data-testid={`enrolment-${e.enrolmentId}`}>
      <h2 className="enrolment__wave">{e.waveName}</h2>
      <p>
        <span className={`tag tag--${e.status}`} data-testid="enrolment-status">
          {t(`enrolments.status.${e.status}`)}
        </span>
      </p>
      {e.deadline && (
        <p className="enrolment__deadline" data-testid="enrolment-deadline">
          {t('enrolments.deadline', { date: ddmmyyyy(e.deadline) })}
        </p>
      )}
      {active && e.workingDaysLeft !== null && e.status !== 'OVERDUE' && (
        <p className="enrolment__days" data-testid="enrolment-days-left">
          {t('enrolments.daysLeft', { count: e.workingDaysLeft })}
        </p>
      )}
      {e.status === 'OVERDUE' && <p className="alert alert--error">{t('enrolments.overdue')}</p>}
      {active && <p className="enrolment__target">{t('enrolments.dailyTarget')}</p>}
      {active && <EnrolmentToday enrolmentId={e.enrolmentId} />}
      {e.status !== 'WITHDRAWN' && (
        <p>
          <Link className="button" to={`/learn/${e.enrolmentId}`} data-testid="enrolment-open">
            {t('enrolments.open')}
          </Link>{' '}
          <Link to={`/enrolments/${e.enrolmentId}/quiz`} className="button button--ghost" data-testid="enrolment-quiz">
            {e.status === 'COMPLETED' ? t('enrolments.quizResult') : t('enrolments.quiz')}
          </Link>
        </p>
      )}
    </article>
  );
}

export function MyEnrolments() {
  const { t } = useTranslation();
  const enrolments = useMyEnrolments();

  if (enrolments.isPending) return <Spinner />;
  if (enrolments.error) return <ErrorAlert error={enrolments.error} onRetry={() => void enrolments.refetch()} />;
  return (
    <section aria-labelledby="my-enrolments-title" data-testid="my-enrolments">
      <h2 id="my-enrolments-title" className="section-title">
        {t('enrolments.title')}
      </h2>
      {enrolments.data.length === 0 ? (
        <p className="notice" data-testid="enrolments-empty">
          {t('enrolments.empty')}
        </p>
      ) : (
        enrolments.data.map((e) => <EnrolmentCard key={e.enrolmentId} enrolment={e} />)
      )}
    </section>
  );
}
