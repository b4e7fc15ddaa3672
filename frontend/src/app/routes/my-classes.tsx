import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMyClasses } from '@/features/waves/api/get-my-classes';
import { ClassCard } from '@/features/waves/components/class-card';

export function MyClassesRoute() {
  const { t } = useTranslation();
  const classes = useMyClasses();

  return (
    <>
      <h1 className="page-title">{t('waves.myClasses.title')}</h1>
      <p className="lead">{t('waves.myClasses.intro')}</p>
      {classes.isPending && <Spinner />}
      {classes.error && <ErrorAlert error={classes.error} onRetry={() => void classes.refetch()} />}
      {classes.data?.length === 0 && <p className="notice">{t('waves.myClasses.none')}</p>}
      {classes.data?.map((waveClass) => <ClassCard key={waveClass.id} waveClass={waveClass} editable={false} />)}
    </>
  );
}
