import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { HeadcountsPage } from '@/features/headcounts/components/headcounts-page';
import { useMe } from '@/features/me/api/get-me';
import { sessionUser } from '@/lib/auth';

export function HeadcountsRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const roles = me.data?.roles ?? sessionUser()?.roles;
  return (
    <>
      <h1 className="page-title" data-testid="headcounts-title">
        {t('headcounts.title')}
      </h1>
      <p className="lead">{t('headcounts.intro')}</p>
      {roles ? <HeadcountsPage roles={roles} /> : <Spinner />}
    </>
  );
}
