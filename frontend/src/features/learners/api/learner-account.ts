import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A new activation code, shown once: the learner sets their own password with it. */
export type ResetResult = { learnerId: number; fullName: string; username: string; activationCode: string; expiresAt: string };

export const resetAccount = (learnerId: number) => api.post<ResetResult>(`/api/learner-accounts/${learnerId}/reset`, {});

export const setAccountEnabled = ({ learnerId, enabled }: { learnerId: number; enabled: boolean }) =>
  api.post<void>(`/api/learner-accounts/${learnerId}/${enabled ? 'enable' : 'disable'}`, {});

export const useResetAccount = () => useMutation({ mutationFn: resetAccount });

export const useSetAccountEnabled = () => useMutation({ mutationFn: setAccountEnabled });
