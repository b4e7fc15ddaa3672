import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DownloadButton } from '@/components/ui/download-button';
import { downloadReport, useConfirmations, useConfirmSection } from '@/features/planning/api/reports';
import type { Plan } from '@/features/planning/api/types';

type ReportPanelProps = { plan: Plan; indicatorId: number | null; unitId: number | null; canConfirm: boolean };

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** Monthly (2026-10) or yearly (2026) report as files, and who has confirmed their section. */
export function ReportPanel({ plan, indicatorId, unitId, canConfirm }: ReportPanelProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [period, setPeriod] = useState(thisMonth);
  const valid = /^\d{4}(-\d{2})?$/.test(period);
  const confirmations = useConfirmations(plan.id, period);
  const confirm = useConfirmSection(plan.id, period);
  return (
    <section className="card" data-testid="report-panel">
      <h2 className="section-title">{t('planning.reports.title')}</h2>
      <p className="muted">
        {plan.reportDues.map((due) => t(`planning.reports.due.${due.kind}`, { day: due.dueDay, to: due.recipient })).join(' · ')}
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${ids}-period`} className="field__label">
            {t('planning.reports.period')}
          </label>
          <input
            id={`${ids}-period`}
            className="field__input field__input--short"
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
            data-testid="report-period"
          />
        </div>
      </div>
      {valid && (
        <div className="actions">
          <DownloadButton
            label={t('planning.reports.xlsx')}
            download={() => downloadReport(plan.id, period, 'xlsx', indicatorId, unitId)}
            testId="report-xlsx"
          />
          <DownloadButton
            label={t('planning.reports.pdf')}
            download={() => downloadReport(plan.id, period, 'pdf', indicatorId, unitId)}
            testId="report-pdf"
          />
        </div>
      )}
      {confirmations.isError && <ErrorAlert error={confirmations.error} />}
      {confirm.isError && <ErrorAlert error={confirm.error} />}
      {confirmations.data && confirmations.data.length > 0 && (
        <>
          <h3 className="section-title">
            {t('planning.reports.confirmations', {
              missing: confirmations.data.filter((s) => !s.confirmedBy).length,
              total: confirmations.data.length,
            })}
          </h3>
          <ul className="list" data-testid="report-confirmations">
            {confirmations.data.map((section) => (
              <li key={section.unitId}>
                {section.name}:{' '}
                {section.confirmedBy ? (
                  t('planning.reports.confirmedBy', { by: section.confirmedBy })
                ) : (
                  <>
                    <span className="tag tag--at_risk">{t('planning.reports.notConfirmed')}</span>
                    {canConfirm && (
                      <button
                        type="button"
                        className="button button--ghost"
                        onClick={() => confirm.mutate(section.unitId)}
                        disabled={confirm.isPending}
                      >
                        {t('planning.reports.confirm')}
                      </button>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
