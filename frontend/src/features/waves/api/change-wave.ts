import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Wave, WaveClass } from '@/features/waves/api/types';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type OpenWaveInput = components['schemas']['OpenWaveRequest'];

export type EnrolResult = components['schemas']['EnrolmentResult'];

export const openWave = (input: OpenWaveInput) => api.post<Wave>('/api/waves', input);

export const enrolUnits = (waveId: number, unitIds: number[]) =>
  api.post<EnrolResult>(`/api/waves/${waveId}/enrolments`, { unitIds });

export const splitIntoClasses = (waveId: number, classSize: number) =>
  api.post<WaveClass[]>(`/api/waves/${waveId}/classes/split`, { classSize });

/** confirmUntrained: the person confirmed a trainer who has not completed the in-person programme. */
export const assignTrainer = (classId: number, name: string, trainerUsername: string, confirmUntrained = false) =>
  api.put<void>(`/api/classes/${classId}`, { name, trainerUsername: trainerUsername || null, confirmUntrained });

/** Every change to a wave refreshes what is shown of waves. */
export function useWaveChange<TInput, TResult>(change: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.waves.all }),
  });
}
