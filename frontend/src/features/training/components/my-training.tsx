import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyTraining } from '@/features/training/api/types';
import { SessionLabel } from '@/features/training/components/session-label';

/**
 * The caller's own training: their seat (class, place, dates, the end-of-class exam through
 * {@code finalExam}, rendered by the exams feature) and the classes they teach.
 */
export function MyTrainingView({ mine, finalExam }: { mine: MyTraining; finalExam?: (examId: number) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {mine.seats.map((seat) => (
        <article key={seat.nomination.id} className="card" data-testid="my-seat">
          <h2 className="card__title">{seat.programme.name}</h2>
          {seat.trainingClass ? (
            <>
              <p>
                {seat.trainingClass.name} · {seat.trainingClass.venue}
              </p>
              <ul className="muted">
                {seat.sessions.map((s) => (
                  <li key={s.id}>
                    <SessionLabel session={s} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">{t(`training.status.${seat.nomination.status}`)}</p>
          )}
          {seat.trainingClass && seat.programme.finalExamId != null && finalExam?.(seat.programme.finalExamId)}
          {seat.completed && <span className="badge badge--status">{t('training.class.done')}</span>}
        </article>
      ))}
      {mine.teaching.length > 0 && <h2>{t('training.home.teaching')}</h2>}
      <ul className="session-list">
        {mine.teaching.map((c) => (
          <li key={c.id} className="card session-list__item">
            <Link to={`/training/classes/${c.id}`} data-testid={`teach-${c.id}`}>
              {c.name}
            </Link>
            <span className="muted">
              {c.startDate} · {c.venue}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
