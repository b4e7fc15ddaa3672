import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import {
  addMark,
  newClientId,
  readPendingMarks,
  sendMarks,
  withoutSent,
  writePendingMarks,
  type PendingMark,
} from '@/features/training/api/pending-marks';
import type { ClassSheet } from '@/features/training/api/types';
import { ApiError } from '@/lib/api-error';

type State = { present: boolean; late: boolean; leftEarly: boolean };

const RETRY_MS = 10_000;

/**
 * The teacher's class list for one session: one tap marks a person present (a second tap, absent);
 * late and early-leave are small toggles. Taps are saved on the phone first and sent in batches,
 * so marking goes on without signal and catches up when it returns.
 */
export function AttendanceMarker({ sheet, sessionId }: { sheet: ClassSheet; sessionId: number }) {
  const { t } = useTranslation();
  const column = sheet.sessions.findIndex((s) => s.id === sessionId);
  const [pending, setPending] = useState<PendingMark[]>(() => readPendingMarks(sessionId));
  // Marks the server confirmed since the class list was loaded: the list itself is not reloaded per tap.
  const [confirmed, setConfirmed] = useState<PendingMark[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The marks not sent yet, as of the last tap or send (read by the timers, which outlive a render).
  const pendingRef = useRef(pending);

  const states = useMemo(() => {
    const map = new Map<number, State>();
    for (const p of sheet.participants) {
      const mark = p.marks[column];
      if (mark) map.set(p.nominationId, { present: mark.present, late: mark.late, leftEarly: mark.leftEarly });
    }
    for (const m of [...confirmed, ...pending]) {
      map.set(m.nominationId, { present: m.present, late: m.late, leftEarly: m.leftEarly });
    }
    return map;
  }, [sheet, column, confirmed, pending]);

  const sync = useCallback(async () => {
    const batch = pendingRef.current;
    if (batch.length === 0 || sending) return;
    setSending(true);
    try {
      await sendMarks(sessionId, batch);
      const rest = withoutSent(pendingRef.current, batch);
      writePendingMarks(sessionId, rest);
      setConfirmed((before) => batch.reduce(addMark, before));
      pendingRef.current = rest;
      setPending(rest);
      setError(null);
    } catch (cause) {
      // A refusal is shown; a lost connection just waits for the next try.
      if (cause instanceof ApiError && cause.status >= 400 && cause.status < 500) setError(cause);
    } finally {
      setSending(false);
    }
  }, [sessionId, sending]);

  useEffect(() => {
    if (pending.length === 0) return;
    const timer = window.setTimeout(() => void sync(), 300);
    return () => window.clearTimeout(timer);
  }, [pending, sync]);

  useEffect(() => {
    const retry = window.setInterval(() => void sync(), RETRY_MS);
    const online = () => void sync();
    window.addEventListener('online', online);
    return () => {
      window.clearInterval(retry);
      window.removeEventListener('online', online);
    };
  }, [sync]);

  const tap = (nominationId: number, change: (s: State) => State) => {
    const current = states.get(nominationId) ?? { present: false, late: false, leftEarly: false };
    const next = change(current);
    const mark: PendingMark = { nominationId, clientId: newClientId(), ...next, markedAt: new Date().toISOString() };
    const updated = addMark(pendingRef.current, mark);
    writePendingMarks(sessionId, updated);
    pendingRef.current = updated;
    setPending(updated);
  };

  const presentCount = [...states.values()].filter((s) => s.present).length;

  return (
    <section className="attendance" aria-label={t('training.attendance.title')}>
      <p className="attendance__summary" data-testid="attendance-summary">
        {t('training.attendance.summary', { present: presentCount, total: sheet.participants.length })}{' '}
        <span data-testid="sync-state" className={pending.length > 0 ? 'badge' : 'badge badge--status'}>
          {pending.length > 0 ? t('training.attendance.pending', { count: pending.length }) : t('training.attendance.synced')}
        </span>
      </p>
      {error !== null && <ErrorAlert error={error} />}
      <ul className="attendance__list">
        {sheet.participants.map((p) => {
          const state = states.get(p.nominationId);
          return (
            <li key={p.nominationId} className="attendance__row">
              <button
                type="button"
                className={`attendance__person${state?.present ? ' attendance__person--present' : ''}${
                  state && !state.present ? ' attendance__person--absent' : ''
                }`}
                aria-pressed={state?.present ?? false}
                data-testid={`mark-${p.nominationId}`}
                onClick={() => tap(p.nominationId, (s) => ({ present: !s.present, late: false, leftEarly: false }))}
              >
                <span className="attendance__name">{p.fullName}</span>
                <span className="attendance__state">
                  {state === undefined
                    ? t('training.attendance.unmarked')
                    : state.present
                      ? t('training.attendance.present')
                      : t('training.attendance.absent')}
                </span>
              </button>
              {state?.present && (
                <span className="attendance__extras">
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-pressed={state.late}
                    onClick={() => tap(p.nominationId, (s) => ({ ...s, late: !s.late }))}
                  >
                    {t('training.attendance.late')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-pressed={state.leftEarly}
                    onClick={() => tap(p.nominationId, (s) => ({ ...s, leftEarly: !s.leftEarly }))}
                  >
                    {t('training.attendance.leftEarly')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
