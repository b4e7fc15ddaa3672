import { useQuery } from '@tanstack/react-query';
import type { PublicDashboard, PublicPlan } from '@/features/planning/api/types';
import { queryKeys } from '@/lib/query-keys';

// The public dashboard needs no login, so it does not go through the authenticated client.
async function getPublic<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const usePublicPlans = () =>
  useQuery({ queryKey: queryKeys.public.plans(), queryFn: ({ signal }) => getPublic<PublicPlan[]>('/api/public/plans', signal) });

export const usePublicDashboard = (planId: number | null) =>
  useQuery({
    queryKey: queryKeys.public.dashboard(planId),
    queryFn: ({ signal }) => getPublic<PublicDashboard>(`/api/public/plans/${planId}/dashboard`, signal),
    enabled: planId !== null,
  });
