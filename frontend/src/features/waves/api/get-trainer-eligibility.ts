import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type TrainerEligibility = components['schemas']['Eligibility'];

/** Whether these users completed the in-person focal-point programme (the training module decides). */
export const getTrainerEligibility = (usernames: string[]) =>
  api.get<TrainerEligibility[]>(
    `/api/training/trainer-eligibility?${usernames.map((u) => `username=${encodeURIComponent(u)}`).join('&')}`,
  );

export const useTrainerEligibility = (username: string | null, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.training.trainerEligibility(username),
    queryFn: () => getTrainerEligibility([username as string]).then((list) => list[0]?.trained ?? false),
    enabled: enabled && username !== null,
  });
