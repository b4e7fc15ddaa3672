import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';

export function BootLoading() {
  const { t } = useTranslation();
  return (
    <div className="boot">
      <p className="boot__brand">{t('app.name')}</p>
      <Spinner label={t('boot.connecting')} />
    </div>
  );
}

export function BootFailed() {
  const { t } = useTranslation();
  return (
    <div className="boot">
      <p className="boot__brand">{t('app.name')}</p>
      <div className="alert alert--error" role="alert">
        <p className="alert__message">{t('boot.failed')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </button>
      </div>
    </div>
  );
}
