import { useCallback, useEffect, useRef, useState } from 'react';
import { readPending, writePending, type Pending } from '@/features/quiz/api/answer-store';
import { saveAnswer } from '@/features/quiz/api/save-answer';
import type { QuizAttempt } from '@/features/quiz/api/types';
import { ApiError } from '@/lib/api-error';

export type SaveState = 'saved' | 'saving' | 'unsaved';

/**
 * Holds the learner's answers: each click is shown at once, stored locally, and sent; failed
 * sends are retried (with back-off, and as soon as the browser is back online) until saved.
 */
export function useAnswerSaver(attempt: QuizAttempt) {
  const attemptId = attempt.attemptId;
  const [answers, setAnswers] = useState<Record<number, number[]>>(() => {
    const fromServer = Object.fromEntries(attempt.questions.map((q) => [q.questionId, q.selected]));
    return { ...fromServer, ...readPending(attemptId) };
  });
  const [states, setStates] = useState<Record<number, SaveState>>(() =>
    Object.fromEntries(Object.keys(readPending(attemptId)).map((id): [number, SaveState] => [Number(id), 'unsaved'])),
  );
  const [refused, setRefused] = useState<ApiError | null>(null);
  const pending = useRef<Pending>(readPending(attemptId));
  const inFlight = useRef<Set<number>>(new Set());
  const retryDelay = useRef(1000);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Named, so that a send can start the next one (a newer click) and a retry can call it again.
  const flush = useCallback(function flushPending() {
    for (const [id, selected] of Object.entries(pending.current)) {
      const questionId = Number(id);
      if (inFlight.current.has(questionId)) continue;
      inFlight.current.add(questionId);
      setStates((s) => ({ ...s, [questionId]: 'saving' }));
      saveAnswer(attemptId, questionId, selected)
        .then(() => {
          inFlight.current.delete(questionId);
          // Only clear it if no newer click replaced it while this one was on its way.
          if (pending.current[questionId] === selected) {
            delete pending.current[questionId];
            writePending(attemptId, pending.current);
            setStates((s) => ({ ...s, [questionId]: 'saved' }));
          } else {
            flushPending();
          }
          retryDelay.current = 1000;
        })
        .catch((error: unknown) => {
          inFlight.current.delete(questionId);
          if (error instanceof ApiError && error.kind !== 'network' && error.status < 500) {
            // The server refuses for good (time up, closed): stop retrying and say so.
            delete pending.current[questionId];
            writePending(attemptId, pending.current);
            setStates((s) => ({ ...s, [questionId]: 'unsaved' }));
            setRefused(error);
            return;
          }
          setStates((s) => ({ ...s, [questionId]: 'unsaved' }));
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flushPending, retryDelay.current);
          retryDelay.current = Math.min(retryDelay.current * 2, 15000);
        });
    }
  }, [attemptId]);

  useEffect(() => {
    flush();
    const online = () => flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  const choose = useCallback(
    (questionId: number, selected: number[]) => {
      setAnswers((a) => ({ ...a, [questionId]: selected }));
      pending.current[questionId] = selected;
      writePending(attemptId, pending.current);
      setStates((s) => ({ ...s, [questionId]: 'unsaved' }));
      flush();
    },
    [attemptId, flush],
  );

  const unsavedCount = Object.values(states).filter((s) => s !== 'saved').length;
  return { answers, states, choose, unsavedCount, refused };
}
