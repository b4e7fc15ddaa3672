import type { components } from '@/api/schema';

export type EnrolmentStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'OVERDUE' | 'WITHDRAWN';

export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'COMPLETED',
  'OVERDUE',
  'WITHDRAWN',
];

export type Wave = components['schemas']['WaveView'];

export type EnrolmentRow = components['schemas']['EnrolmentRow'];

export type WaveClass = components['schemas']['WaveClassView'];

export type UnitOption = { id: number; code: string; name: string; depth: number };
