import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useExamResults } from '@/features/exams/api/manage-exams';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value)} %`);

/** Candidates, assessed and passed per unit of the caller's subtree, and who has not taken it yet. */
export function ExamResultsView({ examId }: { examId: number }) {
  const { t } = useTranslation();
  const results = useExamResults(examId);

  if (results.isPending) return <Spinner />;
  if (results.error) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  return (
    <>
      <section className="card" data-testid="exam-results">
        <h2 className="card__title">{r.exam.title}</h2>
        <p>
          {t('exams.results.summary', { candidates: r.candidates, assessed: r.assessed, passed: r.passed })}{' '}
          {t('exams.results.passRate', { rate: percent(r.passRate) })}
        </p>
        {/* A card per unit on a phone (labels beside the figures), a table from 700 px. */}
        <table className="table table--cards" data-testid="exam-results-units">
          <thead>
            <tr>
              <th scope="col">{t('exams.results.unit')}</th>
              <th scope="col">{t('exams.results.candidates')}</th>
              <th scope="col">{t('exams.results.assessed')}</th>
              <th scope="col">{t('exams.results.passedCol')}</th>
              <th scope="col">{t('exams.results.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {r.units.map((line) => (
              <tr key={line.unit.id}>
                <td className="table__primary" data-label={t('exams.results.unit')}>
                  {line.unit.name}
                </td>
                <td data-label={t('exams.results.candidates')}>{line.candidates}</td>
                <td data-label={t('exams.results.assessed')}>{line.assessed}</td>
                <td data-label={t('exams.results.passedCol')}>{line.passed}</td>
                <td data-label={t('exams.results.rate')}>{percent(line.passRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" data-testid="exam-not-taken">
        <h2 className="card__title">{t('exams.results.notTaken', { count: r.notTaken.length })}</h2>
        <ul className="list">
          {r.notTaken.map((c) => (
            <li key={c.id}>
              {c.fullName} <span className="muted">({c.unitCode})</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
