import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DownloadButton } from '@/components/ui/download-button';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/utils/format-date';
import { useReissueCertificate, useRevokeCertificate } from '@/features/certificates/api/change-certificate';
import { downloadPdf, downloadUnitZip } from '@/features/certificates/api/downloads';
import { useCertificates } from '@/features/certificates/api/get-certificates';
import type { Certificate } from '@/features/certificates/api/types';

function AdminActions({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const revoke = useRevokeCertificate();
  const reissue = useReissueCertificate();
  if (certificate.status !== 'VALID') return null;
  return (
    <div className="certificate__admin">
      {!open && (
        <p className="actions">
          <button type="button" className="button button--ghost" onClick={() => setOpen(true)} data-testid="certificate-revoke-open">
            {t('certificates.revoke')}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={reissue.isPending}
            onClick={() => reissue.mutate(certificate.id)}
            data-testid="certificate-reissue"
          >
            {t('certificates.reissue')}
          </button>
        </p>
      )}
      {open && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            revoke.mutate({ id: certificate.id, reason }, { onSuccess: () => setOpen(false) });
          }}
        >
          <label className="field">
            <span className="field__label">{t('certificates.reason')}</span>
            <input value={reason} onChange={(event) => setReason(event.target.value)} required data-testid="certificate-revoke-reason" />
          </label>
          <p className="actions">
            <button type="submit" className="button" disabled={revoke.isPending} data-testid="certificate-revoke-confirm">
              {t('certificates.revokeConfirm')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </p>
        </form>
      )}
      {revoke.error && <ErrorAlert error={revoke.error} />}
      {reissue.error && <ErrorAlert error={reissue.error} />}
    </div>
  );
}

/** Certificates in the caller's subtree: PDF per learner, ZIP per unit, and for an ADMIN revoke / re-issue. */
export function StaffCertificates({ isAdmin, canZip }: { isAdmin: boolean; canZip: boolean }) {
  const { t } = useTranslation();
  const certificates = useCertificates();

  if (certificates.isPending) return <Spinner />;
  if (certificates.error) return <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} />;
  if (certificates.data.length === 0) return <p className="notice">{t('certificates.none')}</p>;

  const units = [...new Map(certificates.data.map((c) => [c.unitId, c.unitName])).entries()];
  return (
    <>
      {canZip && (
        <section className="card" data-testid="certificate-zips">
          <h2 className="card__title">{t('certificates.zipTitle')}</h2>
          <p className="actions">
            {units.map(([unitId, unitName]) => (
              <DownloadButton key={unitId} label={t('certificates.zip', { unit: unitName })} download={() => downloadUnitZip(unitId)} />
            ))}
          </p>
        </section>
      )}
      <section className="card" data-testid="staff-certificates">
        <h2 className="card__title">{t('certificates.list', { count: certificates.data.length })}</h2>
        <ul className="list">
          {certificates.data.map((c) => (
            <li key={c.id} className="certificate" data-testid={`certificate-${c.serial}`}>
              <p className="list__title">
                {c.fullName} · {c.serial}
              </p>
              <p className="muted">
                {c.courseTitle} · {c.unitName} · {formatDate(c.completedOn, 'vi')}{' '}
                <span className={`tag tag--${c.status}`} data-testid="certificate-status">
                  {t(`certificates.status.${c.status}`)}
                </span>
              </p>
              {c.revocationReason && <p className="muted">{t('certificates.revokedBecause', { reason: c.revocationReason })}</p>}
              <p className="actions">
                <DownloadButton label={t('certificates.downloadPdf')} download={() => downloadPdf(c)} />
                <a className="button button--ghost" href={c.verifyUrl} target="_blank" rel="noreferrer">
                  {t('certificates.verifyLink')}
                </a>
              </p>
              {isAdmin && <AdminActions certificate={c} />}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
