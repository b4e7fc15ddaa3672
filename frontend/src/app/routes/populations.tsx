import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { PopulationsPage } from '@/features/populations/components/populations-page';
import { useMe } from '@/features/me/api/get-me';
import { sessionUser } from '@/lib/auth';

export function PopulationsRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const roles = me.data?.roles ?? sessionUser()?.roles;
  const username = me.data?.username ?? sessionUser()?.username ?? '';
  return (
    <>
      <h1 className="page-title" data-testid="populations-title">
        {t('populations.title')}
      </h1>
      <p className="lead">{t('populations.intro')}</p>
      {roles ? <PopulationsPage roles={roles} username={username} /> : <Spinner />}
    </>
  );
}
