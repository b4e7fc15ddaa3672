import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Material } from '@/features/open-learning/api/types';
import { queryKeys } from '@/lib/query-keys';

export const setPublished = ({ id, published }: { id: number; published: boolean }) =>
  api.post<Material>(`/api/open-learning/materials/${id}/${published ? 'publish' : 'unpublish'}`);

export const useSetPublished = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPublished,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.openLearning.all }),
  });
};
