import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMyExams } from '@/features/exams/api/my-exams';
import { formatDateTime } from '@/utils/format-date';

/** The exams the learner is a candidate of, on their home page; nothing when there are none. */
export function MyExams() {
  const { t, i18n } = useTranslation();
  const exams = useMyExams();

  if (exams.isPending) return <Spinner />;
  if (exams.error) return <ErrorAlert error={exams.error} onRetry={() => void exams.refetch()} />;
  if (exams.data.length === 0) return null;
  return (
    <section className="card" data-testid="my-exams">
      <h2 className="card__title">{t('exams.mine')}</h2>
      <ul className="list">
        {exams.data.map((exam) => (
          <li key={exam.id} data-testid={`my-exam-${exam.id}`}>
            <p className="list__title">
              <Link to={`/my-exams/${exam.id}`}>{exam.title}</Link>
            </p>
            <p className="muted">
              {exam.passed
                ? t('exams.passed')
                : exam.openNow
                  ? t('exams.openUntil', { time: formatDateTime(exam.closesAt, i18n.language) })
                  : t('exams.window', {
                      from: formatDateTime(exam.opensAt, i18n.language),
                      to: formatDateTime(exam.closesAt, i18n.language),
                    })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
