import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { checkIn } from '@/features/training/api/session-qr';

type Result = { present: boolean; late: boolean; markedAt: string };

/** Opened from the projector's QR code on the participant's phone: checks them in once. */
export function CheckIn({ sessionId, code }: { sessionId: number; code: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);
  const sent = useRef(false);

  useEffect(() => {
    // Strict mode mounts twice in development; the check-in is sent once.
    if (sent.current) return;
    sent.current = true;
    checkIn(sessionId, code).then(setResult, setError);
  }, [sessionId, code]);

  if (error !== null) return <ErrorAlert error={error} />;
  if (result === null) return <Spinner />;
  return (
    <div className="notice notice--success" role="status" data-testid="check-in-result">
      <p className="attendance__done">{result.late ? t('training.checkIn.late') : t('training.checkIn.present')}</p>
      <p className="muted">{t('training.checkIn.at', { time: new Date(result.markedAt).toLocaleTimeString() })}</p>
    </div>
  );
}
