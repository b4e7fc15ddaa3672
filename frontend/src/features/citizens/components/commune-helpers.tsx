import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useChangeHelper, useCommuneHelpers } from '@/features/citizens/api/community-helpers';
import { useCommunes } from '@/features/citizens/api/open-courses';

/** For an ADMIN or a unit admin: who of a commune's officials may register citizens on their behalf. */
export function CommuneHelpers() {
  const { t } = useTranslation();
  const communes = useCommunes();
  const [communeId, setCommuneId] = useState<number | null>(null);
  const helpers = useCommuneHelpers(communeId);
  const change = useChangeHelper(communeId);

  return (
    <section data-testid="commune-helpers">
      <h1 className="page-title">{t('citizens.helpers.title')}</h1>
      <p className="muted">{t('citizens.helpers.intro')}</p>
      <div className="field">
        <label htmlFor="helpers-commune" className="field__label">
          {t('citizens.helpers.commune')}
        </label>
        <select
          id="helpers-commune"
          className="field__input"
          value={communeId ?? ''}
          onChange={(event) => setCommuneId(Number(event.target.value) || null)}
        >
          <option value="">{t('citizens.profile.chooseCommune')}</option>
          {communes.data?.map((commune) => (
            <option key={commune.id} value={commune.id}>
              {commune.parentName ? `${commune.name} — ${commune.parentName}` : commune.name}
            </option>
          ))}
        </select>
      </div>
      {helpers.isFetching && <Spinner />}
      {helpers.isError && <ErrorAlert error={helpers.error} />}
      {helpers.data && (
        helpers.data.officials.length === 0 ? (
          <p className="muted">{t('citizens.helpers.none')}</p>
        ) : (
          <ul className="list" data-testid="commune-helpers-list">
            {helpers.data.officials.map((official) => (
              <li key={official.learnerId} className="list__item" data-testid={`helper-${official.learnerId}`}>
                <div>
                  <strong>{official.fullName}</strong> <span className="muted">({official.username})</span>
                  <div className="muted">{official.unitName}</div>
                  {official.helper && (
                    <div>{t('citizens.helpers.grantedBy', { by: official.grantedBy ?? '' })}</div>
                  )}
                </div>
                <button
                  type="button"
                  className={official.helper ? 'button button--ghost' : 'button'}
                  disabled={change.isPending}
                  onClick={() => change.mutate({ learnerId: official.learnerId, grant: !official.helper })}
                >
                  {t(official.helper ? 'citizens.helpers.revoke' : 'citizens.helpers.grant')}
                </button>
              </li>
            ))}
          </ul>
        )
      )}
      {change.isError && <ErrorAlert error={change.error} />}
    </section>
  );
}
