import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Certificate } from '@/features/certificates/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getCertificates = (signal?: AbortSignal): Promise<Certificate[]> =>
  api.get<Certificate[]>('/api/certificates', signal);

export const certificatesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.certificates.scope(), queryFn: ({ signal }) => getCertificates(signal) });

export const useCertificates = () => useQuery(certificatesQueryOptions());
