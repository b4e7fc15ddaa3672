import { api } from '@/lib/api-client';
import type { components } from '@/api/schema';

/**
 * Attendance taps not yet confirmed by the server, kept in localStorage per session so that a phone
 * without signal in the hall loses nothing. Each tap has its own id: the server recognises a batch
 * sent twice, and of two taps on one person the one taken later on the phone wins.
 */
export type PendingMark = components['schemas']['MarkRequest'];

const key = (sessionId: number) => `hocso.training.pending.${sessionId}`;

export function readPendingMarks(sessionId: number): PendingMark[] {
  try {
    const raw = localStorage.getItem(key(sessionId));
    return raw ? (JSON.parse(raw) as PendingMark[]) : [];
  } catch {
    return [];
  }
}

export function writePendingMarks(sessionId: number, marks: PendingMark[]) {
  try {
    if (marks.length === 0) localStorage.removeItem(key(sessionId));
    else localStorage.setItem(key(sessionId), JSON.stringify(marks));
  } catch {
    // Private mode or a full quota: the marks are still retried from memory.
  }
}

/** Keeps only the latest tap per person: older ones would be ignored by the server anyway. */
export function addMark(pending: PendingMark[], mark: PendingMark): PendingMark[] {
  return [...pending.filter((m) => m.nominationId !== mark.nominationId), mark];
}

/** Removes the marks the server has confirmed, keeping taps made while the batch was on its way. */
export function withoutSent(pending: PendingMark[], sent: PendingMark[]): PendingMark[] {
  const sentIds = new Set(sent.map((m) => m.clientId));
  return pending.filter((m) => !sentIds.has(m.clientId));
}

export const newClientId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export const sendMarks = (sessionId: number, marks: PendingMark[]) =>
  api.post<{ applied: number; unchanged: number }>(`/api/training/sessions/${sessionId}/attendance`, { marks });
