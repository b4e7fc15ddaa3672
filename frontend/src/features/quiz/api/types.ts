import type { components } from '@/api/schema';

export type QuizQuestion = components['schemas']['AttemptQuestionResponse'];

/** A submitted attempt's result: generated from the server's OpenAPI document (`npm run api:types`). */
export type QuizResult = components['schemas']['ResultResponse'];

export type QuizAttempt = components['schemas']['AttemptResponse'];

export type QuizOverview = components['schemas']['OverviewResponse'];
