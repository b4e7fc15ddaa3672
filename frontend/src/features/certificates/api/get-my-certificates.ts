import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Certificate } from '@/features/certificates/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getMyCertificates = (signal?: AbortSignal): Promise<Certificate[]> =>
  api.get<Certificate[]>('/api/me/certificates', signal);

export const myCertificatesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.certificates.mine(), queryFn: ({ signal }) => getMyCertificates(signal) });

export const useMyCertificates = () => useQuery(myCertificatesQueryOptions());
