import { useState } from 'react';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useTranslation } from 'react-i18next';

type DownloadButtonProps = {
  label: string;
  download: () => Promise<void>;
  testId?: string;
  variant?: 'primary' | 'ghost';
};

/** A button that fetches a protected file; it shows that it is busy and why it failed. */
export function DownloadButton({ label, download, testId, variant = 'ghost' }: DownloadButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await download();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={`button${variant === 'ghost' ? ' button--ghost' : ''}`}
        onClick={() => void run()}
        disabled={busy}
        data-testid={testId}
      >
        {busy ? t('common.downloading') : label}
      </button>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
