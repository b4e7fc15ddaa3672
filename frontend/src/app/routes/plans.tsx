import { useTranslation } from 'react-i18next';
import { PlansList } from '@/features/planning/components/plans-list';

export function PlansRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title" data-testid="plans-title">
        {t('planning.title')}
      </h1>
      <p className="lead">{t('planning.intro')}</p>
      <PlansList />
    </>
  );
}
