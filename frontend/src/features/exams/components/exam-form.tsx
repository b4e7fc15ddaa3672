import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { CourseSelect, InputField } from '@/components/ui/form-fields';
import { UnitSelect } from '@/components/ui/unit-select';
import { useBankCourses, useCreateExam, useExamUnits } from '@/features/exams/api/manage-exams';
import type { ExamPopulation } from '@/features/exams/api/types';

/** A browser's local date-time (yyyy-MM-ddTHH:mm) as an instant. */
const instant = (local: string) => new Date(local).toISOString();

/** Creates an exam: bank, population (a position, e.g. IT officers, under a unit; or a named list), window and rules. */
export function ExamForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const courses = useBankCourses();
  const units = useExamUnits();
  const create = useCreateExam();
  const [title, setTitle] = useState('');
  const [courseId, setCourseId] = useState('');
  const [population, setPopulation] = useState<ExamPopulation>('POSITION');
  const [positions, setPositions] = useState('Cán bộ CNTT');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [questions, setQuestions] = useState('20');
  const [minutes, setMinutes] = useState('30');
  const [pass, setPass] = useState('60');
  const [attempts, setAttempts] = useState('2');
  const [certificate, setCertificate] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        title,
        code: null,
        bankCourseId: Number(courseId || courses.data?.[0]?.id),
        population,
        positions: population === 'POSITION' ? positions.split(/[;\n]/).map((p) => p.trim()).filter(Boolean) : [],
        unitId: unitId ?? units.data?.[0]?.id ?? 0,
        opensAt: instant(opensAt),
        closesAt: instant(closesAt),
        attemptsAllowed: Number(attempts),
        passPercent: Number(pass),
        questionCount: Number(questions),
        timeLimitMinutes: Number(minutes),
        certificate,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form className="card" onSubmit={submit} data-testid="exam-form">
      <h2 className="card__title">{t('exams.form.title')}</h2>
      <InputField label={t('exams.form.name')} value={title} onChange={setTitle} required />
      <CourseSelect label={t('exams.form.bank')} courses={courses.data} value={courseId} onChange={setCourseId} />
      {units.data && (
        <UnitSelect
          label={t('exams.form.unit')}
          placeholder={t('exams.form.pickUnit')}
          roots={units.data}
          value={unitId}
          onChange={setUnitId}
          required
        />
      )}
      <label className="field">
        <span className="field__label">{t('exams.form.population')}</span>
        <select className="field__input" value={population} onChange={(e) => setPopulation(e.target.value as ExamPopulation)}>
          <option value="POSITION">{t('exams.population.POSITION')}</option>
          <option value="NAMED">{t('exams.population.NAMED')}</option>
        </select>
      </label>
      {population === 'POSITION' && (
        <label className="field">
          <span className="field__label">{t('exams.form.positions')}</span>
          <textarea className="field__input" rows={2} value={positions} onChange={(e) => setPositions(e.target.value)} required />
          <span className="muted">{t('exams.form.positionsHint')}</span>
        </label>
      )}
      <InputField label={t('exams.form.opensAt')} type="datetime-local" value={opensAt} onChange={setOpensAt} required />
      <InputField label={t('exams.form.closesAt')} type="datetime-local" value={closesAt} onChange={setClosesAt} required />
      <InputField label={t('exams.form.questions')} type="number" min={1} max={200} value={questions} onChange={setQuestions} />
      <InputField label={t('exams.form.minutes')} type="number" min={1} max={600} value={minutes} onChange={setMinutes} />
      <InputField label={t('exams.form.pass')} type="number" min={1} max={100} value={pass} onChange={setPass} />
      <InputField label={t('exams.form.attempts')} type="number" min={1} max={20} value={attempts} onChange={setAttempts} />
      <label className="checkbox">
        <input type="checkbox" checked={certificate} onChange={(e) => setCertificate(e.target.checked)} data-testid="exam-certificate" />
        {t('exams.form.certificate')}
      </label>
      {create.error && <ErrorAlert error={create.error} />}
      <button type="submit" className="button" disabled={create.isPending}>
        {t('exams.form.create')}
      </button>
    </form>
  );
}
