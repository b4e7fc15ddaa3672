import type { components } from '@/api/schema';

export type Pace = 'NOT_STARTED' | 'IN_PROGRESS' | 'BEHIND' | 'OVERDUE' | 'COMPLETED' | 'WITHDRAWN';

export const PACES: Pace[] = ['NOT_STARTED', 'IN_PROGRESS', 'BEHIND', 'OVERDUE', 'COMPLETED'];

export type LearnerRow = components['schemas']['LearnerRow'];

export type DayTotal = components['schemas']['DayTotal'];

export type UnitRow = components['schemas']['UnitRow'];

export type Dashboard = components['schemas']['Dashboard'];
