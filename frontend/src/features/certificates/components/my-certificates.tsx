import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DownloadButton } from '@/components/ui/download-button';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/utils/format-date';
import { downloadBadge, downloadPdf } from '@/features/certificates/api/downloads';
import { useMyCertificates } from '@/features/certificates/api/get-my-certificates';
import type { Certificate, CertificateKind } from '@/features/certificates/api/types';

function ShareLink({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(certificate.verifyUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <p className="certificate__share">
      <a href={certificate.verifyUrl} target="_blank" rel="noreferrer" data-testid="certificate-verify-link">
        {t('certificates.verifyLink')}
      </a>{' '}
      <button type="button" className="button button--ghost" onClick={() => void copy()}>
        {copied ? t('certificates.copied') : t('certificates.copyLink')}
      </button>
    </p>
  );
}

/** The score and pass mark a certificate of assessment (an exam passed) names. */
function AssessmentFacts({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const d = certificate.details ?? {};
  return (
    <p className="muted">
      <span className="badge">{t('certificates.assessment')}</span>{' '}
      {t('certificates.assessmentResult', { score: certificate.scorePercent ?? '', pass: d.passPercent ?? '' })}
    </p>
  );
}

/** The class, venue and days an in-person certificate names. */
function InPersonFacts({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const d = certificate.details ?? {};
  return (
    <p className="muted">
      <span className="badge">{t('certificates.inPerson')}</span>{' '}
      {t('certificates.inPersonClass', {
        className: d.className ?? '',
        venue: d.venue ?? '',
        firstDay: d.firstDay ? formatDate(d.firstDay, 'vi') : '',
        lastDay: d.lastDay ? formatDate(d.lastDay, 'vi') : '',
      })}
    </p>
  );
}

/**
 * The caller's certificates: PDF, Open Badges credential (courses only), shareable link. On the home
 * page all of them (courses, in-person programmes, exams' certificates of assessment); on the training
 * page (`kind` IN_PERSON) those of in-person programmes; on an exam's page (ASSESSMENT) those of exams.
 */
export function MyCertificates({ kind, title }: { kind?: CertificateKind; title?: string } = {}) {
  const { t } = useTranslation();
  const certificates = useMyCertificates();

  if (certificates.isPending) return <Spinner />;
  if (certificates.error) return <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} />;
  const shown = certificates.data.filter((c) => !kind || (c.kind ?? 'COURSE') === kind);
  if (shown.length === 0) return null;

  return (
    <section className="card" data-testid="my-certificates">
      <h2 className="card__title">{title ?? t('certificates.mine')}</h2>
      <ul className="list">
        {shown.map((c) => (
          <li key={c.id} className="certificate" data-testid={`certificate-${c.serial}`}>
            <p className="list__title">{c.courseTitle}</p>
            {c.kind === 'IN_PERSON' && <InPersonFacts certificate={c} />}
            {c.kind === 'ASSESSMENT' && <AssessmentFacts certificate={c} />}
            <p className="muted">
              {t('certificates.serialOn', { serial: c.serial, date: formatDate(c.completedOn, 'vi') })}{' '}
              <span className={`tag tag--${c.status}`}>{t(`certificates.status.${c.status}`)}</span>
            </p>
            {c.status === 'VALID' && (
              <>
                <p className="actions">
                  <DownloadButton label={t('certificates.downloadPdf')} download={() => downloadPdf(c)} testId="certificate-pdf" />
                  {(c.kind ?? 'COURSE') === 'COURSE' && (
                    <DownloadButton label={t('certificates.downloadBadge')} download={() => downloadBadge(c)} />
                  )}
                </p>
                <ShareLink certificate={c} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
