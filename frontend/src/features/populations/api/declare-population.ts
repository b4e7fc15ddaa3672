import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Population } from '@/features/populations/api/types';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type Declaration = components['schemas']['DeclarePopulationRequest'];

/** Declaring is submitting: the figure goes to the district or Sở Nội vụ for verification at once. */
export const declarePopulation = (declaration: Declaration): Promise<Population> =>
  api.post<Population>('/api/populations', declaration);

export const useDeclarePopulation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declarePopulation,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.populations.all }),
  });
};
