import { api } from '@/lib/api-client';
import type { components } from '@/api/schema';

export type SavedAnswer = components['schemas']['AnswerResponse'];

export const saveAnswer = (attemptId: number, questionId: number, selected: number[]) =>
  api.put<SavedAnswer>(`/api/quiz-attempts/${attemptId}/answers/${questionId}`, { selected });
