import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from '@/components/ui/confirm-panel';

type ReturnDialogProps = { unitName: string; busy: boolean; onReturn: (reason: string) => void; onCancel: () => void };

/** A returned declaration must say why, so the unit knows what to correct. */
export function ReturnDialog({ unitName, busy, onReturn, onCancel }: ReturnDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const confirm = () => {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onReturn(reason.trim());
  };

  return (
    <ConfirmPanel
      title={t('headcounts.return.title', { unit: unitName })}
      confirmLabel={t('headcounts.return.confirm')}
      cancelLabel={t('common.cancel')}
      onConfirm={confirm}
      onCancel={onCancel}
      busy={busy}
      testId="headcount-return-dialog"
    >
      <div className="field">
        <label htmlFor={id} className="field__label">
          {t('headcounts.return.reason')}
        </label>
        <textarea
          id={id}
          className="field__input"
          rows={3}
          required
          aria-invalid={missing}
          aria-describedby={missing ? `${id}-error` : undefined}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
          data-testid="headcount-return-reason"
        />
        {missing && (
          <p id={`${id}-error`} className="field__error" role="alert">
            {t('headcounts.return.reasonRequired')}
          </p>
        )}
      </div>
    </ConfirmPanel>
  );
}
