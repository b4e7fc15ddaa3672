import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { OpenLearningPage } from '@/features/open-learning/components/open-learning-page';
import { useMe } from '@/features/me/api/get-me';
import { sessionUser } from '@/lib/auth';

export function OpenLearningRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const roles = me.data?.roles ?? sessionUser()?.roles;
  return (
    <>
      <h1 className="page-title" data-testid="open-learning-title">
        {t('openLearning.title')}
      </h1>
      <p className="lead">{t('openLearning.intro')}</p>
      {roles ? <OpenLearningPage roles={roles} /> : <Spinner />}
    </>
  );
}
