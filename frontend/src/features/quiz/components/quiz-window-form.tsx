import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useQuizWindow, useRemoveQuizWindow, useSetQuizWindow, type QuizWindow } from '@/features/quiz/api/quiz-window';
import { formatDateTime } from '@/utils/format-date';

/** "2026-11-23T08:00" in the browser's time zone, as a datetime-local input shows it. */
function toLocalInput(instant: string | null): string {
  if (!instant) return '';
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const toInstant = (local: string) => new Date(local).toISOString();

/** What is wrong with the form before it is sent (the server checks the same and answers a problem). */
export function windowProblem(opensAt: string, closesAt: string, stagger: string): string | null {
  if (!opensAt) return 'quiz.window.errors.opensAtMissing';
  const minutes = Number(stagger);
  if (stagger === '' || !Number.isInteger(minutes) || minutes < 0 || minutes > 1440) return 'quiz.window.errors.stagger';
  if (closesAt && new Date(closesAt).getTime() <= new Date(opensAt).getTime() + minutes * 60_000) {
    return 'quiz.window.errors.closesTooEarly';
  }
  return null;
}

/**
 * A wave's opening window for the final quiz and its staggered start. ADMIN sets or removes it;
 * other staff see it.
 */
export function QuizWindowForm({ waveId, editable }: { waveId: number; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const current = useQuizWindow(waveId);
  if (current.isPending) return <Spinner />;
  if (current.error) return <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />;
  return (
    <section className="card" data-testid="quiz-window">
      <h2 className="card__title">{t('quiz.window.title')}</h2>
      <p className="muted">{t('quiz.window.intro')}</p>
      <p data-testid="quiz-window-current">
        {current.data
          ? t('quiz.window.current', {
              opensAt: formatDateTime(current.data.opensAt, i18n.language),
              closesAt: current.data.closesAt ? formatDateTime(current.data.closesAt, i18n.language) : t('quiz.window.noClose'),
              stagger: current.data.staggerMinutes,
            })
          : t('quiz.window.none')}
      </p>
      {editable && <WindowEditor waveId={waveId} window={current.data} />}
    </section>
  );
}

function WindowEditor({ waveId, window }: { waveId: number; window: QuizWindow | null }) {
  const { t } = useTranslation();
  const [opensAt, setOpensAt] = useState(toLocalInput(window?.opensAt ?? null));
  const [closesAt, setClosesAt] = useState(toLocalInput(window?.closesAt ?? null));
  const [stagger, setStagger] = useState(String(window?.staggerMinutes ?? 0));
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetQuizWindow(waveId);
  const remove = useRemoveQuizWindow(waveId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = windowProblem(opensAt, closesAt, stagger);
    setProblem(found);
    if (found) return;
    save.mutate({ opensAt: toInstant(opensAt), closesAt: closesAt ? toInstant(closesAt) : null, staggerMinutes: Number(stagger) });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="quiz-window-form">
      <label className="field">
        <span className="field__label">{t('quiz.window.opensAt')}</span>
        <input
          className="field__input"
          type="datetime-local"
          value={opensAt}
          onChange={(e) => setOpensAt(e.target.value)}
          data-testid="quiz-window-opens"
        />
      </label>
      <label className="field">
        <span className="field__label">{t('quiz.window.closesAt')}</span>
        <input
          className="field__input"
          type="datetime-local"
          value={closesAt}
          onChange={(e) => setClosesAt(e.target.value)}
          data-testid="quiz-window-closes"
        />
        <span className="muted">{t('quiz.window.closesHint')}</span>
      </label>
      <label className="field">
        <span className="field__label">{t('quiz.window.stagger')}</span>
        <input
          className="field__input"
          type="number"
          min={0}
          max={1440}
          value={stagger}
          onChange={(e) => setStagger(e.target.value)}
          data-testid="quiz-window-stagger"
        />
        <span className="muted">{t('quiz.window.staggerHint')}</span>
      </label>
      {problem && (
        <p className="field__error" role="alert" data-testid="quiz-window-problem">
          {t(problem)}
        </p>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      {remove.error && <ErrorAlert error={remove.error} />}
      {save.isSuccess && (
        <p className="notice" role="status" data-testid="quiz-window-saved">
          {t('quiz.window.saved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending} data-testid="quiz-window-save">
          {t('quiz.window.save')}
        </button>
        {window && (
          <button
            type="button"
            className="button button--ghost"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
            data-testid="quiz-window-remove"
          >
            {t('quiz.window.remove')}
          </button>
        )}
      </div>
    </form>
  );
}
