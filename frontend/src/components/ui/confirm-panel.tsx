import { useId, type ReactNode } from 'react';

type ConfirmPanelProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  testId?: string;
};

/**
 * Asks "are you sure?" in the page flow rather than as a floating modal: on a small phone an
 * inline panel cannot hide behind the keyboard or outside the screen.
 */
export function ConfirmPanel({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
  testId,
}: ConfirmPanelProps) {
  const titleId = useId();
  return (
    <section role="dialog" aria-modal="false" aria-labelledby={titleId} className="confirm" data-testid={testId}>
      <h2 id={titleId} className="card__title">
        {title}
      </h2>
      {children}
      <div className="actions">
        <button type="button" className="button" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>
      </div>
    </section>
  );
}
