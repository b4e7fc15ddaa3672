import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '@/features/me/api/get-me';
import { LearnerList } from '@/features/learners/components/learner-list';

export function LearnersRoute() {
  const { t } = useTranslation();
  const roles = useMe().data?.roles ?? [];
  const canImport = roles.includes('ADMIN') || roles.includes('UNIT_ADMIN');
  const accounts = { canReset: canImport, canDisable: canImport };
  return (
    <>
      <h1 className="page-title" data-testid="learners-title">
        {t('learners.title')}
      </h1>
      <p className="lead">{t('learners.intro')}</p>
      {canImport && (
        <div className="actions">
          <Link to="/learners/import" className="button" data-testid="learners-import-link">
            {t('nav.learnerImport')}
          </Link>
        </div>
      )}
      <LearnerList accounts={accounts.canReset ? accounts : undefined} />
    </>
  );
}
