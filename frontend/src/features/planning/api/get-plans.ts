import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Indicator, Plan } from '@/features/planning/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getPlans = (signal?: AbortSignal) => api.get<Plan[]>('/api/plans', signal);

export const plansQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.planning.plans(), queryFn: ({ signal }) => getPlans(signal) });

export const usePlans = () => useQuery(plansQueryOptions());

export const getPlan = (planId: number, signal?: AbortSignal) => api.get<Plan>(`/api/plans/${planId}`, signal);

export const usePlan = (planId: number) =>
  useQuery({ queryKey: queryKeys.planning.plan(planId), queryFn: ({ signal }) => getPlan(planId, signal) });

export const getIndicators = (planId: number, signal?: AbortSignal) =>
  api.get<Indicator[]>(`/api/plans/${planId}/indicators`, signal);

export const useIndicators = (planId: number) =>
  useQuery({ queryKey: queryKeys.planning.indicators(planId), queryFn: ({ signal }) => getIndicators(planId, signal) });
