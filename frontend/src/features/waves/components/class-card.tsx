import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { assignTrainer, useWaveChange } from '@/features/waves/api/change-wave';
import type { WaveClass } from '@/features/waves/api/types';
import { EnrolmentList } from '@/features/waves/components/enrolment-list';

/** One class and its learners; staff who manage it can rename it and name its trainer. */
export function ClassCard({ waveClass, editable }: { waveClass: WaveClass; editable: boolean }) {
  const { t } = useTranslation();
  const [name, setName] = useState(waveClass.name);
  const [trainer, setTrainer] = useState(waveClass.trainerUsername ?? '');
  const save = useWaveChange(() => assignTrainer(waveClass.id, name, trainer));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };

  return (
    <section className="card" data-testid={`class-${waveClass.id}`}>
      <h3 className="card__title">{waveClass.name}</h3>
      <p className="muted">
        {t('waves.classes.trainer')}: {waveClass.trainerUsername ?? t('waves.classes.noTrainer')} ·{' '}
        {t('waves.classes.size', { count: waveClass.learners.length })} ·{' '}
        <Link to={`/classes/${waveClass.id}/dashboard`} data-testid={`class-dashboard-${waveClass.id}`}>
          {t('waves.classes.dashboard')}
        </Link>
      </p>
      {editable && (
        <form className="inline-form" onSubmit={submit}>
          <label className="field">
            <span className="field__label">{t('waves.classes.name')}</span>
            <input className="field__input" value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label className="field">
            <span className="field__label">{t('waves.classes.trainerUsername')}</span>
            <input className="field__input" value={trainer} onChange={(e) => setTrainer(e.target.value)} />
          </label>
          {save.error && <ErrorAlert error={save.error} />}
          <button type="submit" className="button button--ghost" disabled={save.isPending}>
            {t('waves.classes.save')}
          </button>
        </form>
      )}
      <EnrolmentList rows={waveClass.learners} />
    </section>
  );
}
