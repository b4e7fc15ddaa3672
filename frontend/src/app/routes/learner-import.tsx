import { useTranslation } from 'react-i18next';
import { ImportWizard } from '@/features/learner-imports/components/import-wizard';

export function LearnerImportRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title" data-testid="learner-import-title">
        {t('imports.title')}
      </h1>
      <p className="lead">{t('imports.intro')}</p>
      <ImportWizard />
    </>
  );
}
