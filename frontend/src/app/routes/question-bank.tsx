import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useCourseOptions } from '@/features/quiz/api/question-bank';
import { QuestionBankAdmin } from '@/features/quiz/components/question-bank-admin';

export function QuestionBankRoute() {
  const { t } = useTranslation();
  const courses = useCourseOptions();
  const [courseId, setCourseId] = useState<number | null>(null);
  const selected = courseId ?? courses.data?.[0]?.id ?? null;
  return (
    <>
      <h1 className="page-title">{t('bank.title')}</h1>
      <p className="lead">{t('bank.intro')}</p>
      {courses.error && <ErrorAlert error={courses.error} />}
      <div className="field">
        <label className="field__label" htmlFor="bank-course">{t('bank.course')}</label>
        <select
          id="bank-course"
          className="field__input"
          value={selected ?? ''}
          onChange={(event) => setCourseId(Number(event.target.value))}
          data-testid="bank-course"
        >
          {(courses.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>{c.code} — {c.title}</option>
          ))}
        </select>
      </div>
      {selected !== null && <QuestionBankAdmin key={selected} courseId={selected} />}
    </>
  );
}
