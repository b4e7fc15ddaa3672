import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CertificateTemplate } from '@/features/certificates/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getTemplate = (signal?: AbortSignal): Promise<CertificateTemplate> =>
  api.get<CertificateTemplate>('/api/certificate-template', signal);

export const templateQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.certificateTemplate(), queryFn: ({ signal }) => getTemplate(signal) });

export const useTemplate = () => useQuery(templateQueryOptions());

export const previewTemplate = (html: string): Promise<Blob> =>
  api.postForBlob('/api/certificate-template/preview', { html });

export const useSaveTemplate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (html: string) => api.put<CertificateTemplate>('/api/certificate-template', { html }),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.certificateTemplate(), saved),
  });
};

export const useResetTemplate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<CertificateTemplate>('/api/certificate-template'),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.certificateTemplate(), saved),
  });
};
