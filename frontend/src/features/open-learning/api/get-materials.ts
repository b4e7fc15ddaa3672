import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Material } from '@/features/open-learning/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getMaterials = (signal?: AbortSignal) => api.get<Material[]>('/api/open-learning/materials', signal);

export const materialsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.openLearning.materials(), queryFn: ({ signal }) => getMaterials(signal) });

export const useMaterials = (enabled = true) => useQuery({ ...materialsQueryOptions(), enabled });
