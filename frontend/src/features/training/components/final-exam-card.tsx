import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useFinalExam, useSetFinalExam } from '@/features/training/api/final-exam';

/**
 * The programme's completion rule on its page: sessions to attend and the end-of-class exam to pass.
 * The ADMIN links a named-list exam (its seated participants are admitted) or removes it.
 */
export function FinalExamCard({
  programmeId,
  admin,
  exams,
}: {
  programmeId: number;
  admin: boolean;
  /** The exams the caller may see (the exams feature's list); named-list ones can be linked. */
  exams: { id: number; title: string; population: string }[];
}) {
  const { t } = useTranslation();
  const rule = useFinalExam(programmeId);
  const save = useSetFinalExam(programmeId);
  const [chosen, setChosen] = useState<string | null>(null);

  if (!rule.data) return rule.error ? <ErrorAlert error={rule.error} /> : null;
  const current = rule.data.examId;
  const named = exams.filter((e) => e.population === 'NAMED');
  const currentTitle = current === null ? null : (exams.find((e) => e.id === current)?.title ?? `#${current}`);
  const value = chosen ?? (current === null ? '' : String(current));

  return (
    <section className="card" data-testid="final-exam">
      <h2 className="card__title">{t('training.finalExam.title')}</h2>
      <p>
        {current === null
          ? t('training.finalExam.ruleSessions', { count: rule.data.minSessions })
          : t('training.finalExam.ruleWithExam', { count: rule.data.minSessions, exam: currentTitle })}
      </p>
      {admin && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(value === '' ? null : Number(value), { onSuccess: () => setChosen(null) });
          }}
        >
          <label className="field">
            <span className="field__label">{t('training.finalExam.pick')}</span>
            <select className="field__input" value={value} onChange={(e) => setChosen(e.target.value)}>
              <option value="">{t('training.finalExam.none')}</option>
              {named.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">
            {t('training.finalExam.hint')} <Link to="/exams">{t('training.finalExam.toExams')}</Link>
          </p>
          {save.error && <ErrorAlert error={save.error} />}
          <button type="submit" className="button" disabled={save.isPending || value === (current === null ? '' : String(current))}>
            {t('training.finalExam.save')}
          </button>
          {save.isSuccess && chosen === null && (
            <p className="muted" role="status">
              {t('training.finalExam.saved')}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
