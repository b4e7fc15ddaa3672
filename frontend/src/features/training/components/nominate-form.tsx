import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { searchLearners, useNominate, type LearnerHit } from '@/features/training/api/nominate';

/** A unit admin finds an official of their unit by name and nominates them. */
export function NominateForm({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<LearnerHit[]>([]);
  const [error, setError] = useState<unknown>(null);
  const nominate = useNominate(programmeId);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setHits((await searchLearners(q)).content);
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <section className="card">
      <h2 className="card__title">{t('training.nominate.title')}</h2>
      <form onSubmit={(e) => void search(e)} className="field">
        <label className="field__label" htmlFor="nominee-search">
          {t('training.nominate.search')}
        </label>
        <input id="nominee-search" className="field__input" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit" className="button button--ghost">
          {t('training.nominate.find')}
        </button>
      </form>
      <ul className="participant-list">
        {hits.map((hit) => (
          <li key={hit.id} className="participant-list__item">
            <span>{hit.fullName}</span>
            <button
              type="button"
              className="button"
              disabled={nominate.isPending}
              onClick={() => nominate.mutate(hit.id, { onSuccess: () => setHits((h) => h.filter((x) => x.id !== hit.id)) })}
            >
              {t('training.nominate.send')}
            </button>
          </li>
        ))}
      </ul>
      {nominate.error && <ErrorAlert error={nominate.error} />}
      {error !== null && <ErrorAlert error={error} />}
    </section>
  );
}
