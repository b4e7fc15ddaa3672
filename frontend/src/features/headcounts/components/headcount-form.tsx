import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { UnitSelect } from '@/components/ui/unit-select';
import { useSaveHeadcount } from '@/features/headcounts/api/save-headcount';
import { useUnitTree } from '@/features/headcounts/api/get-unit-tree';
import { HEADCOUNT_CATEGORIES, sumOf, type Counts, type Headcount } from '@/features/headcounts/api/types';

type HeadcountFormProps = { editing: Headcount | null; period: string; onDone: () => void; onCancel: () => void };

/** Declares how many officials a unit has per category; the same form corrects a draft or a returned one. */
export function HeadcountForm({ editing, period, onDone, onCancel }: HeadcountFormProps) {
  const { t } = useTranslation();
  const ids = useId();
  const tree = useUnitTree(editing === null);
  const save = useSaveHeadcount();
  const [unitId, setUnitId] = useState<number | null>(editing?.unitId ?? null);
  const [periodValue, setPeriodValue] = useState(editing?.period ?? period);
  const [counts, setCounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(HEADCOUNT_CATEGORIES.map((c) => [c, String(editing?.counts[c] ?? '')])),
  );
  const [note, setNote] = useState(editing?.note ?? '');

  const numbers: Counts = Object.fromEntries(
    HEADCOUNT_CATEGORIES.map((c) => [c, counts[c] === '' ? 0 : Number(counts[c])]),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unitId === null) return;
    save.mutate(
      {
        id: editing?.id ?? null,
        version: editing?.version,
        input: { unitId, period: periodValue.trim(), counts: numbers, note: note.trim() },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="card" onSubmit={submit} data-testid="headcount-form">
      <h2 className="card__title">
        {editing ? t('headcounts.form.editTitle', { unit: editing.unitName }) : t('headcounts.form.newTitle')}
      </h2>
      {editing === null && tree.isPending && <Spinner />}
      {editing === null && tree.error && <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />}
      {editing === null && tree.data && (
        <UnitSelect
          label={t('headcounts.unit')}
          placeholder={t('headcounts.form.pickUnit')}
          roots={tree.data}
          value={unitId}
          onChange={setUnitId}
          required
          testId="headcount-unit"
        />
      )}
      <div className="field">
        <label htmlFor={`${ids}-period`} className="field__label">
          {t('headcounts.period')}
        </label>
        <input
          id={`${ids}-period`}
          className="field__input field__input--short"
          inputMode="numeric"
          pattern="[0-9]{4}"
          required
          value={periodValue}
          onChange={(event) => setPeriodValue(event.target.value)}
          disabled={editing !== null}
          data-testid="headcount-period"
        />
      </div>
      <div className="number-grid">
        {HEADCOUNT_CATEGORIES.map((category) => (
          <div className="field" key={category}>
            <label htmlFor={`${ids}-${category}`} className="field__label">
              {t(`learnerCategory.${category}`)}
            </label>
            <input
              id={`${ids}-${category}`}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              className="field__input"
              value={counts[category]}
              onChange={(event) => setCounts((prev) => ({ ...prev, [category]: event.target.value }))}
              data-testid={`headcount-count-${category}`}
            />
          </div>
        ))}
      </div>
      <p className="total" data-testid="headcount-form-total">
        {t('headcounts.total')}: <strong>{sumOf(numbers)}</strong>
      </p>
      <div className="field">
        <label htmlFor={`${ids}-note`} className="field__label">
          {t('headcounts.note')}
        </label>
        <textarea
          id={`${ids}-note`}
          className="field__input"
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {save.error && <ErrorAlert error={save.error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending || unitId === null} data-testid="headcount-save">
          {t('headcounts.form.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
