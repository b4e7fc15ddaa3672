import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Certificate } from '@/features/certificates/api/types';
import { queryKeys } from '@/lib/query-keys';

export const revokeCertificate = ({ id, reason }: { id: number; reason: string }): Promise<Certificate> =>
  api.post<Certificate>(`/api/certificates/${id}/revoke`, { reason });

export const reissueCertificate = (id: number): Promise<Certificate> =>
  api.post<Certificate>(`/api/certificates/${id}/reissue`);

export const useRevokeCertificate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCertificate,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.certificates.all }),
  });
};

export const useReissueCertificate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reissueCertificate,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.certificates.all }),
  });
};
