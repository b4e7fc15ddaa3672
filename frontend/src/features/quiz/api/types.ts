import type { components } from '@/api/schema';

export type QuizQuestion = {
  questionId: number;
  number: number;
  stem: string;
  image: string | null;
  multiple: boolean;
  /** Texts in the order shown; answers are indexes into this list. */
  options: string[];
  selected: number[];
};

/** A submitted attempt's result: generated from the server's OpenAPI document (`npm run api:types`). */
export type QuizResult = components['schemas']['ResultResponse'];

export type QuizAttempt = {
  attemptId: number;
  /** The course's final quiz, or else an assessment-only exam. */
  enrolmentId: number | null;
  examId?: number | null;
  attemptNumber: number;
  status: 'OPEN' | 'SUBMITTED' | 'EXPIRED';
  startedAt: string;
  deadline: string;
  secondsLeft: number;
  answeredCount: number;
  questions: QuizQuestion[];
  result: QuizResult | null;
};

export type QuizOverview = {
  enrolmentId: number;
  questionsPerAttempt: number;
  timeLimitMinutes: number;
  passPercent: number;
  attemptsAllowed: number;
  lecturesComplete: boolean;
  canStart: boolean;
  openAttemptId: number | null;
  /** The wave's opening window, when it has one: this learner's own start time and the closing. */
  startsAt?: string | null;
  closesAt?: string | null;
  windowOpen: boolean;
  attempts: {
    attemptId: number;
    attemptNumber: number;
    status: QuizAttempt['status'];
    startedAt: string;
    closedAt?: string;
    scorePercent?: number;
    passed?: boolean;
  }[];
};
