import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ImportResult } from '@/features/populations/api/types';
import { queryKeys } from '@/lib/query-keys';

/** A whole .xlsx or CSV file: every row or none; the problems come back named by row. */
export const importPopulations = ({ file, period, source }: { file: File; period: string; source: string }) => {
  const params = new URLSearchParams({ period });
  if (source.trim()) params.set('source', source.trim());
  return api.upload<ImportResult>(`/api/populations/import?${params}`, file);
};

export const useImportPopulations = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPopulations,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.populations.all }),
  });
};
