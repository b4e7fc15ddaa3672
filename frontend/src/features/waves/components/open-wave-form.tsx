import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { CourseSelect, InputField } from '@/components/ui/form-fields';
import { openWave, useWaveChange, type OpenWaveInput } from '@/features/waves/api/change-wave';
import { usePublishedCourses } from '@/features/waves/api/get-published-courses';
import type { UnitOption, Wave } from '@/features/waves/api/types';
import { todayInVietnam } from '@/utils/format-date';

/** ADMIN opens a wave of a course for one or more unit subtrees. */
export function OpenWaveForm({ units, onOpened }: { units: UnitOption[]; onOpened: (wave: Wave) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const courses = usePublishedCourses();
  const [courseId, setCourseId] = useState('');
  const [openingDate, setOpeningDate] = useState(() => todayInVietnam());
  const [capacity, setCapacity] = useState('4500');
  const [days, setDays] = useState('10');
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const open = useWaveChange((input: OpenWaveInput) => openWave(input));

  const toggle = (id: number) =>
    setUnitIds((chosen) => (chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(
      {
        name,
        courseId: Number(courseId || courses.data?.[0]?.id),
        openingDate,
        capacity: Number(capacity),
        deadlineWorkingDays: Number(days),
        unitIds,
      },
      { onSuccess: onOpened },
    );
  };

  return (
    <form className="card" onSubmit={submit} data-testid="open-wave-form">
      <h2 className="card__title">{t('waves.open.title')}</h2>
      <InputField label={t('waves.open.name')} value={name} onChange={setName} required />
      <CourseSelect label={t('waves.open.course')} courses={courses.data} value={courseId} onChange={setCourseId} testId="wave-course" />
      {courses.data?.length === 0 && <p className="notice">{t('waves.open.noCourse')}</p>}
      <InputField
        label={t('waves.open.openingDate')}
        type="date"
        value={openingDate}
        onChange={setOpeningDate}
        data-testid="wave-opening-date"
      />
      <InputField label={t('waves.open.capacity')} type="number" min={1} value={capacity} onChange={setCapacity} />
      <InputField label={t('waves.open.deadlineDays')} type="number" min={1} max={100} value={days} onChange={setDays} />
      <fieldset className="field">
        <legend className="field__label">{t('waves.open.units')}</legend>
        <div className="unit-picker">
          {units.map((unit) => (
            <label key={unit.id} className="unit-picker__option" style={{ paddingLeft: `${unit.depth * 1.25}rem` }}>
              <input type="checkbox" checked={unitIds.includes(unit.id)} onChange={() => toggle(unit.id)} /> {unit.name}
            </label>
          ))}
        </div>
      </fieldset>
      {open.error && <ErrorAlert error={open.error} />}
      <button type="submit" className="button" disabled={open.isPending}>
        {t('waves.open.submit')}
      </button>
    </form>
  );
}
