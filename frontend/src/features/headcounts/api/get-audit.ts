import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AuditEntry } from '@/features/headcounts/api/types';

export const getAudit = (id: number, signal?: AbortSignal): Promise<AuditEntry[]> =>
  api.get<AuditEntry[]>(`/api/headcounts/${id}/audit`, signal);

export const auditQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['headcounts', 'audit', id], queryFn: ({ signal }) => getAudit(id, signal) });

export const useAudit = (id: number) => useQuery(auditQueryOptions(id));
