import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { formatDateTime } from '@/utils/format-date';
import { useTransitionHeadcount } from '@/features/headcounts/api/transition-headcount';
import { useUploadDocument } from '@/features/headcounts/api/upload-document';
import { HEADCOUNT_CATEGORIES, type Counts, type Headcount } from '@/features/headcounts/api/types';
import { AuditTimeline } from '@/features/headcounts/components/audit-timeline';
import { ReturnDialog } from '@/features/headcounts/components/return-dialog';

export type HeadcountPermissions = { canDeclare: boolean; canVerify: boolean };

type HeadcountCardProps = {
  headcount: Headcount;
  permissions: HeadcountPermissions;
  onEdit: (h: Headcount) => void;
  /** Told after an approval or a return succeeded, so the page can confirm it once the card is gone. */
  onDecided?: (action: 'approve' | 'return', h: Headcount) => void;
  /** The system's own register for the unit, shown beside each declared count to whoever verifies. */
  registered?: Counts | null;
};

/** One unit's declaration with the actions its status and the user's role allow. */
export function HeadcountCard({ headcount: h, permissions, onEdit, onDecided, registered = null }: HeadcountCardProps) {
  const { t, i18n } = useTranslation();
  const fileId = useId();
  const transition = useTransitionHeadcount();
  const upload = useUploadDocument();
  const [returning, setReturning] = useState(false);
  const [showAudit, setShowAudit] = useState(false);
  const editable = permissions.canDeclare && (h.status === 'DRAFT' || h.status === 'RETURNED');
  const verifiable = permissions.canVerify && h.status === 'SUBMITTED';

  return (
    <article className="card" data-testid={`headcount-${h.id}`}>
      <header className="details__header">
        <h2 className="card__title">
          {h.unitName} · {h.period}
        </h2>
        <span className={`tag tag--${h.status}`} data-testid="headcount-status">
          {t(`headcounts.status.${h.status}`)}
        </span>
      </header>
      <dl className="stats">
        {HEADCOUNT_CATEGORIES.map((c) => (
          <div key={c} className="stats__item">
            <dt>{t(`learnerCategory.${c}`)}</dt>
            <dd>{h.counts[c] ?? 0}</dd>
            {permissions.canVerify && registered && (
              <dd className="muted stats__system" data-testid={`headcount-system-${c}`}>
                {t('ux.headcounts.system', { count: registered[c] ?? 0 })}
              </dd>
            )}
          </div>
        ))}
        <div className="stats__item stats__item--total">
          <dt>{t('headcounts.total')}</dt>
          <dd data-testid="headcount-total">{h.total}</dd>
        </div>
      </dl>
      {h.note && <p>{t('headcounts.noteValue', { note: h.note })}</p>}
      {h.status === 'RETURNED' && h.returnReason && (
        <p className="notice" data-testid="headcount-return-reason-shown">
          {t('headcounts.returnedBecause', { reason: h.returnReason })}
        </p>
      )}
      <p className="muted">
        {h.hasDocument ? t('headcounts.document.attached') : t('headcounts.document.none')} ·{' '}
        {t('headcounts.updated', { by: h.updatedBy, at: formatDateTime(h.updatedAt, i18n.language) })}
      </p>

      {transition.error && <ErrorAlert error={transition.error} />}
      {upload.error && <ErrorAlert error={upload.error} />}

      <div className="actions">
        {editable && (
          <>
            <button type="button" className="button button--ghost" onClick={() => onEdit(h)} data-testid="headcount-edit">
              {t('headcounts.actions.edit')}
            </button>
            <input
              id={fileId}
              type="file"
              accept="application/pdf,.pdf"
              className="visually-hidden"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) upload.mutate({ id: h.id, file });
                event.target.value = '';
              }}
            />
            <label htmlFor={fileId} className="button button--ghost" data-testid="headcount-attach">
              {upload.isPending ? t('common.uploading') : t('headcounts.actions.attach')}
            </label>
            <button
              type="button"
              className="button"
              disabled={transition.isPending}
              onClick={() => transition.mutate({ id: h.id, action: 'submit' })}
              data-testid="headcount-submit"
            >
              {t('headcounts.actions.submit')}
            </button>
          </>
        )}
        {permissions.canDeclare && h.status === 'APPROVED' && (
          <button
            type="button"
            className="button button--ghost"
            disabled={transition.isPending}
            onClick={() => transition.mutate({ id: h.id, action: 'revision' })}
            data-testid="headcount-revision"
          >
            {t('headcounts.actions.revision')}
          </button>
        )}
        {verifiable && !returning && (
          <>
            <button
              type="button"
              className="button"
              disabled={transition.isPending}
              onClick={() => transition.mutate({ id: h.id, action: 'approve' }, { onSuccess: (done) => onDecided?.('approve', done) })}
              data-testid="headcount-approve"
            >
              {t('headcounts.actions.approve')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => setReturning(true)}
              data-testid="headcount-return"
            >
              {t('headcounts.actions.return')}
            </button>
          </>
        )}
        <button
          type="button"
          className="button button--ghost"
          aria-expanded={showAudit}
          onClick={() => setShowAudit((open) => !open)}
          data-testid="headcount-history"
        >
          {showAudit ? t('headcounts.actions.hideHistory') : t('headcounts.actions.history')}
        </button>
      </div>
      {returning && (
        <ReturnDialog
          unitName={h.unitName}
          busy={transition.isPending}
          onCancel={() => setReturning(false)}
          onReturn={(reason) =>
            transition.mutate(
              { id: h.id, action: 'return', reason },
              {
                onSuccess: (done) => {
                  setReturning(false);
                  onDecided?.('return', done);
                },
              },
            )
          }
        />
      )}
      {showAudit && <AuditTimeline id={h.id} />}
    </article>
  );
}
