import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { isBusy, type LearnerImport } from '@/features/learner-imports/api/types';
import { queryKeys } from '@/lib/query-keys';

export const POLL_INTERVAL_MS = 1000;

export const getImport = (id: number, signal?: AbortSignal): Promise<LearnerImport> =>
  api.get<LearnerImport>(`/api/learner-imports/${id}`, signal);

export const importQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.learnerImports.one(id),
    queryFn: ({ signal }) => getImport(id, signal),
    staleTime: 0,
    refetchInterval: (query) => (isBusy(query.state.data?.status) ? POLL_INTERVAL_MS : false),
  });

export const useImport = (id: number | null, initial?: LearnerImport) =>
  useQuery({ ...importQueryOptions(id ?? 0), enabled: id !== null, initialData: initial });
