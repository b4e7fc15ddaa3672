import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useExams } from '@/features/exams/api/manage-exams';
import { ExamForm } from '@/features/exams/components/exam-form';
import { formatDateTime } from '@/utils/format-date';

/** The exams that concern the caller's subtree; ADMIN and UNIT_ADMIN create them. */
export function ExamsAdmin({ canCreate }: { canCreate: boolean }) {
  const { t, i18n } = useTranslation();
  const exams = useExams();
  const [creating, setCreating] = useState(false);

  if (exams.isPending) return <Spinner />;
  if (exams.error) return <ErrorAlert error={exams.error} onRetry={() => void exams.refetch()} />;
  return (
    <>
      {canCreate && !creating && (
        <button type="button" className="button" onClick={() => setCreating(true)} data-testid="exam-new">
          {t('exams.new')}
        </button>
      )}
      {creating && <ExamForm onCreated={() => setCreating(false)} />}
      <section className="card" data-testid="exam-list">
        <h2 className="card__title">{t('exams.list')}</h2>
        {exams.data.length === 0 && <p className="muted">{t('exams.none')}</p>}
        <ul className="list">
          {exams.data.map((exam) => (
            <li key={exam.id}>
              <p className="list__title">
                <Link to={`/exams/${exam.id}/results`}>{exam.title}</Link>
              </p>
              <p className="muted">
                {t(`exams.population.${exam.population}`)}
                {(exam.positionList ?? []).length > 0 && `: ${exam.positionList.join(', ')}`} ·{' '}
                {t('exams.window', {
                  from: formatDateTime(exam.opensAt, i18n.language),
                  to: formatDateTime(exam.closesAt, i18n.language),
                })}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
