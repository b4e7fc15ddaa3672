import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { getSessionQr } from '@/features/training/api/session-qr';
import type { SessionQr } from '@/features/training/api/types';

/**
 * The session's check-in code for the projector. The server changes it every minute; the page asks
 * for the new one as the old one expires and counts down meanwhile.
 */
export function QrProjector({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<SessionQr | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let cancelled = false;
    let timer: number | undefined;
    const load = async () => {
      try {
        const next = await getSessionQr(sessionId);
        if (cancelled) return;
        setQr(next);
        setError(null);
        // Ask again just after this code's minute ends (the server clock decides).
        timer = window.setTimeout(() => void load(), Math.max(1_000, Date.parse(next.validUntil) - Date.now() + 300));
      } catch (cause) {
        if (cancelled) return;
        setError(cause);
        timer = window.setTimeout(() => void load(), 5_000);
      }
    };
    void load();
    const tick = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      window.clearInterval(tick);
    };
  }, [sessionId]);

  if (error !== null && qr === null) return <ErrorAlert error={error} />;
  if (qr === null) return null;
  const seconds = Math.max(0, Math.ceil((Date.parse(qr.validUntil) - now) / 1000));

  return (
    <figure className="qr-projector">
      <img
        className="qr-projector__image"
        src={`data:image/svg+xml;utf8,${encodeURIComponent(qr.svg)}`}
        alt={t('training.qr.alt')}
        data-testid="session-qr"
        data-url={qr.url}
      />
      <figcaption>
        <p className="qr-projector__code" data-testid="session-code">
          {qr.code}
        </p>
        <p className="muted">{t('training.qr.changesIn', { seconds })}</p>
      </figcaption>
    </figure>
  );
}
