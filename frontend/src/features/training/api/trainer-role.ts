import { api } from '@/lib/api-client';
import type { TrainerStatus } from '@/features/training/api/types';

const path = (learnerId: number) => `/api/training/officials/${learnerId}/trainer-role`;

/** Grants TRAINER in Keycloak; an official who is not trained needs confirmUntrained (else 409). */
export const grantTrainerRole = (learnerId: number, confirmUntrained = false) =>
  api.put<TrainerStatus>(`${path(learnerId)}${confirmUntrained ? '?confirmUntrained=true' : ''}`, null);

export const revokeTrainerRole = (learnerId: number) => api.delete<TrainerStatus>(path(learnerId));
