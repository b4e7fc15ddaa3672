/**
 * Answers clicked but not yet confirmed by the server, kept in localStorage per attempt so that a
 * reload or a lost connection loses nothing: they are sent again until the server has them.
 */
const key = (attemptId: number) => `hocso.quiz.pending.${attemptId}`;

export type Pending = Record<number, number[]>;

export function readPending(attemptId: number): Pending {
  try {
    const raw = localStorage.getItem(key(attemptId));
    return raw ? (JSON.parse(raw) as Pending) : {};
  } catch {
    return {};
  }
}

export function writePending(attemptId: number, pending: Pending) {
  try {
    if (Object.keys(pending).length === 0) localStorage.removeItem(key(attemptId));
    else localStorage.setItem(key(attemptId), JSON.stringify(pending));
  } catch {
    // Private mode or a full quota: answers are still retried from memory.
  }
}

const LAYOUT_KEY = 'hocso.quiz.layout';

export type Layout = 'one' | 'list';

export function readLayout(): Layout {
  try {
    return localStorage.getItem(LAYOUT_KEY) === 'list' ? 'list' : 'one';
  } catch {
    return 'one';
  }
}

export function writeLayout(layout: Layout) {
  try {
    localStorage.setItem(LAYOUT_KEY, layout);
  } catch {
    // Not remembered: the default is used next time.
  }
}
