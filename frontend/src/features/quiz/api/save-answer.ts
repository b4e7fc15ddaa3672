import { api } from '@/lib/api-client';

export type SavedAnswer = { questionId: number; selected: number[]; savedAt: string; secondsLeft: number };

export const saveAnswer = (attemptId: number, questionId: number, selected: number[]) =>
  api.put<SavedAnswer>(`/api/quiz-attempts/${attemptId}/answers/${questionId}`, { selected });
