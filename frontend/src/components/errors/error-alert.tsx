import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrorLines } from '@/lib/api-error';

/** Shows a failed call as something a person can act on; unknown errors get a generic sentence, never a stack. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.message : t('errors.unexpected');
  const lines = error instanceof ApiError ? fieldErrorLines(error.fieldErrors) : [];
  // Asking again does not help when the thing is not there or not allowed: say what to do, offer a way back.
  const dead = error instanceof ApiError && (error.kind === 'forbidden' || error.kind === 'not-found');

  return (
    <div className="alert alert--error" role="alert" data-testid="error-alert">
      <p className="alert__message">{message}</p>
      {lines.length > 0 && (
        <ul className="alert__list">
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      {dead && <p>{t(error.kind === 'forbidden' ? 'ux.errors.forbiddenNext' : 'ux.errors.notFoundNext')}</p>}
      {dead && (
        <a className="button button--ghost" href="/" data-testid="error-home">
          {t('ux.errors.home')}
        </a>
      )}
      {onRetry && !dead && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
