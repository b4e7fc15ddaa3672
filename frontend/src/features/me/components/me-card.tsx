import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { knownRoles } from '@/types/roles';
import type { Me } from '@/features/me/api/get-me';

export function MeCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const roles = knownRoles(me.roles);

  return (
    <section className="card" aria-labelledby="me-title" data-testid="me-card">
      <h2 id="me-title" className="card__title">
        {t('me.title')}
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('me.displayName')}</dt>
          <dd data-testid="me-display-name">{me.displayName}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('me.username')}</dt>
          <dd data-testid="me-username">{me.username}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('me.roles')}</dt>
          <dd>
            {roles.length === 0 ? (
              t('me.noRoles')
            ) : (
              <ul className="chips" data-testid="me-roles">
                {roles.map((role) => (
                  <li key={role} className="chip">
                    {t(`roles.${role}`)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('me.orgUnit')}</dt>
          <dd data-testid="me-org-unit">
            {me.orgUnit ? (
              <>
                <Breadcrumb items={me.orgUnit.path.map((unit) => unit.name)} label={t('me.orgUnitPath')} />
                <span className="badge">{t(`orgUnits.type.${me.orgUnit.type}`, me.orgUnit.type)}</span>
              </>
            ) : (
              <p className="notice">{t('me.noOrgUnit')}</p>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
