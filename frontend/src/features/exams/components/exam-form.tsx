import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
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
      <label className="field">
        <span className="field__label">{t('exams.form.name')}</span>
        <input className="field__input" value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label className="field">
        <span className="field__label">{t('exams.form.bank')}</span>
        <select
          className="field__input"
          value={courseId || String(courses.data?.[0]?.id ?? '')}
          onChange={(e) => setCourseId(e.target.value)}
          required
        >
          {(courses.data ?? []).map((course) => (
            <option key={course.id} value={course.id}>
              {course.code} — {course.title}
            </option>
          ))}
        </select>
      </label>
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
      <label className="field">
        <span className="field__label">{t('exams.form.opensAt')}</span>
        <input className="field__input" type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} required />
      </label>
      <label className="field">
        <span className="field__label">{t('exams.form.closesAt')}</span>
        <input className="field__input" type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} required />
      </label>
      <label className="field">
        <span className="field__label">{t('exams.form.questions')}</span>
        <input className="field__input" type="number" min={1} max={200} value={questions} onChange={(e) => setQuestions(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('exams.form.minutes')}</span>
        <input className="field__input" type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('exams.form.pass')}</span>
        <input className="field__input" type="number" min={1} max={100} value={pass} onChange={(e) => setPass(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('exams.form.attempts')}</span>
        <input className="field__input" type="number" min={1} max={20} value={attempts} onChange={(e) => setAttempts(e.target.value)} />
      </label>
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
