import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { ConfirmPanel } from '@/components/ui/confirm-panel';
import { ApiError } from '@/lib/api-error';
import { assignTrainer, useWaveChange } from '@/features/waves/api/change-wave';
import { getTrainerEligibility, useTrainerEligibility } from '@/features/waves/api/get-trainer-eligibility';
import { useTrainerOptions } from '@/features/waves/api/get-trainer-options';
import type { WaveClass } from '@/features/waves/api/types';
import { EnrolmentList } from '@/features/waves/components/enrolment-list';

/** One class and its learners; staff who manage it can rename it and name its trainer. */
export function ClassCard({ waveClass, editable }: { waveClass: WaveClass; editable: boolean }) {
  const { t } = useTranslation();
  const [name, setName] = useState(waveClass.name);
  const [trainer, setTrainer] = useState(waveClass.trainerUsername ?? '');
  const save = useWaveChange((confirmUntrained: boolean) =>
    assignTrainer(waveClass.id, name, trainer, confirmUntrained),
  );
  const trained = useTrainerEligibility(waveClass.trainerUsername ?? null, editable);
  const [confirming, setConfirming] = useState(false);
  const options = useTrainerOptions(waveClass.id, editable);
  const current = waveClass.trainerDisplayName ?? waveClass.trainerUsername;
  const choices = [...(options.data ?? [])];
  if (waveClass.trainerUsername && !choices.some((o) => o.username === waveClass.trainerUsername)) {
    choices.unshift({ username: waveClass.trainerUsername, displayName: current ?? waveClass.trainerUsername, unitName: null });
  }
  const chosenName = choices.find((o) => o.username === trainer)?.displayName ?? trainer;

  // A trainer who has not completed the in-person programme is allowed, but only once confirmed; the
  // server asks too (409 enrolment.trainer-untrained), should the check here have missed it.
  const send = (confirmUntrained: boolean) =>
    save.mutate(confirmUntrained, {
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409 && error.problem.code === 'enrolment.trainer-untrained') {
          save.reset();
          setConfirming(true);
        }
      },
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = trainer.trim();
    if (chosen && chosen !== waveClass.trainerUsername) {
      const eligible = await getTrainerEligibility([chosen]).then(
        (list) => list[0]?.trained ?? false,
        () => true,
      );
      if (!eligible) {
        setConfirming(true);
        return;
      }
    }
    send(false);
  };

  return (
    <section className="card" data-testid={`class-${waveClass.id}`}>
      <h3 className="card__title">{waveClass.name}</h3>
      <p className="muted">
        {t('waves.classes.trainer')}: {current ?? t('waves.classes.noTrainer')}{' '}
        {trained.data === false && (
          <span className="badge" data-testid={`untrained-${waveClass.id}`}>
            {t('training.trainerFlag.untrained')}
          </span>
        )}{' '}
        ·{' '}
        {t('waves.classes.size', { count: waveClass.learners.length })} ·{' '}
        <Link to={`/classes/${waveClass.id}/dashboard`} data-testid={`class-dashboard-${waveClass.id}`}>
          {t('waves.classes.dashboard')}
        </Link>
      </p>
      {editable && (
        <form className="inline-form" onSubmit={(e) => void submit(e)}>
          <label className="field">
            <span className="field__label">{t('waves.classes.name')}</span>
            <input className="field__input" value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label className="field">
            <span className="field__label">{t('waves.classes.trainerPick')}</span>
            <select
              className="field__input"
              value={trainer}
              onChange={(e) => setTrainer(e.target.value)}
              data-testid={`trainer-pick-${waveClass.id}`}
            >
              <option value="">{t('waves.classes.trainerNone')}</option>
              {choices.map((o) => (
                <option key={o.username} value={o.username}>
                  {o.unitName ? `${o.displayName} (${o.unitName})` : o.displayName}
                </option>
              ))}
            </select>
          </label>
          {options.isPending && <p className="muted">{t('waves.classes.trainerLoading')}</p>}
          {options.isSuccess && options.data.length === 0 && <p className="muted">{t('waves.classes.trainerNoOptions')}</p>}
          {options.error && <ErrorAlert error={options.error} />}
          {confirming && (
            <ConfirmPanel
              title={t('training.trainerFlag.confirmTitle')}
              confirmLabel={t('training.trainerFlag.confirm')}
              cancelLabel={t('training.trainerFlag.cancel')}
              onConfirm={() => {
                setConfirming(false);
                send(true);
              }}
              onCancel={() => setConfirming(false)}
              testId={`confirm-untrained-${waveClass.id}`}
            >
              <p>{t('training.trainerFlag.confirmBody', { username: chosenName })}</p>
            </ConfirmPanel>
          )}
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
