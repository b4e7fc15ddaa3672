import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { formatDate } from '@/utils/format-date';
import { useDeclarePopulation } from '@/features/populations/api/declare-population';
import { useDecidePopulation } from '@/features/populations/api/decide-population';
import type { CommunePopulation } from '@/features/populations/api/types';

export type PopulationPermissions = { canDeclare: boolean; canVerify: boolean; username: string };

/** One commune: its verified figure, the figure waiting for a decision, and what the caller may do. */
export function CommunePopulationCard({
  commune,
  period,
  permissions,
}: {
  commune: CommunePopulation;
  period: string;
  permissions: PopulationPermissions;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [declaring, setDeclaring] = useState(false);
  const [returning, setReturning] = useState(false);
  const decide = useDecidePopulation();
  const latest = commune.latest;
  const pending = latest && latest.status === 'SUBMITTED' ? latest : null;
  const mayDecide = permissions.canVerify && pending !== null && pending.declaredBy !== permissions.username;
  return (
    <article className="card" data-testid={`population-${commune.code}`}>
      <h3 className="section-title">
        {commune.name}
        {commune.parentName && <span className="muted"> · {commune.parentName}</span>}
      </h3>
      {commune.approved ? (
        <p data-testid={`population-approved-${commune.code}`}>
          <strong>{commune.approved.workingAge.toLocaleString(locale)}</strong>{' '}
          {t('populations.approvedLine', {
            source: commune.approved.source,
            by: commune.approved.decidedBy ?? '',
            on: formatDate(commune.approved.decidedAt, 'vi'),
          })}
        </p>
      ) : (
        <p className="muted">{t('populations.noneApproved', { period })}</p>
      )}
      {latest && latest.id !== commune.approved?.id && (
        <p className={`tag tag--${latest.status.toLowerCase()}`} data-testid={`population-latest-${commune.code}`}>
          {t(`populations.status.${latest.status}`)}: {latest.workingAge.toLocaleString(locale)} ({latest.source}) —{' '}
          {t('populations.declaredBy', { by: latest.declaredBy, on: formatDate(latest.declaredAt, 'vi') })}
          {latest.returnReason && ` — ${t('populations.returnReason', { reason: latest.returnReason })}`}
        </p>
      )}
      <div className="actions">
        {permissions.canDeclare && !declaring && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => setDeclaring(true)}
            data-testid={`population-declare-${commune.code}`}
          >
            {t('populations.actions.declare')}
          </button>
        )}
        {mayDecide && !returning && (
          <>
            <button
              type="button"
              className="button"
              disabled={decide.isPending}
              onClick={() => decide.mutate({ id: pending.id, action: 'approve' })}
              data-testid={`population-approve-${commune.code}`}
            >
              {t('populations.actions.approve')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setReturning(true)}
              data-testid={`population-return-${commune.code}`}
            >
              {t('populations.actions.return')}
            </button>
          </>
        )}
      </div>
      {pending && permissions.canVerify && pending.declaredBy === permissions.username && (
        <p className="muted">{t('populations.ownDeclaration')}</p>
      )}
      {returning && pending && (
        <ReturnForm
          busy={decide.isPending}
          onCancel={() => setReturning(false)}
          onReturn={(reason) =>
            decide.mutate({ id: pending.id, action: 'return', reason }, { onSuccess: () => setReturning(false) })
          }
        />
      )}
      {decide.error && <ErrorAlert error={decide.error} />}
      {declaring && (
        <DeclareForm
          unitId={commune.unitId}
          period={period}
          initial={latest?.workingAge ?? commune.approved?.workingAge ?? null}
          onDone={() => setDeclaring(false)}
        />
      )}
    </article>
  );
}

function ReturnForm({
  busy,
  onReturn,
  onCancel,
}: {
  busy: boolean;
  onReturn: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) onReturn(reason.trim());
      }}
    >
      <div className="field">
        <label htmlFor={id} className="field__label">
          {t('populations.returnReasonLabel')}
        </label>
        <textarea
          id={id}
          className="field__input"
          rows={2}
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          data-testid="population-return-reason"
        />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={busy || !reason.trim()} data-testid="population-return-confirm">
          {t('populations.actions.return')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function DeclareForm({
  unitId,
  period,
  initial,
  onDone,
}: {
  unitId: number;
  period: string;
  initial: number | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const declare = useDeclarePopulation();
  const [workingAge, setWorkingAge] = useState(initial === null ? '' : String(initial));
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const count = Number(workingAge.replace(/[.,\s]/g, ''));
  const valid = Number.isInteger(count) && count > 0 && source.trim() !== '';
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        declare.mutate(
          { unitId, period, workingAge: count, source: source.trim(), note: note.trim() || null },
          { onSuccess: onDone },
        );
      }}
      data-testid="population-form"
    >
      <div className="field">
        <label htmlFor={`${id}-count`} className="field__label">
          {t('populations.form.workingAge', { period })}
        </label>
        <input
          id={`${id}-count`}
          className="field__input"
          inputMode="numeric"
          required
          value={workingAge}
          onChange={(event) => setWorkingAge(event.target.value)}
          data-testid="population-form-count"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`} className="field__label">
          {t('populations.form.source')}
        </label>
        <input
          id={`${id}-source`}
          className="field__input"
          required
          placeholder={t('populations.sourceExample')}
          value={source}
          onChange={(event) => setSource(event.target.value)}
          data-testid="population-form-source"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`} className="field__label">
          {t('populations.form.note')}
        </label>
        <input id={`${id}-note`} className="field__input" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {declare.error && <ErrorAlert error={declare.error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={!valid || declare.isPending} data-testid="population-form-submit">
          {t('populations.form.submit')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
