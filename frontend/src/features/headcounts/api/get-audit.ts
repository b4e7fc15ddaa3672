import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { toAuditEntry, type ApiAuditEntry } from '@/features/headcounts/api/from-api';
import type { AuditEntry } from '@/features/headcounts/api/types';
import { queryKeys } from '@/lib/query-keys';

export const getAudit = (id: number, signal?: AbortSignal): Promise<AuditEntry[]> =>
  api.get<ApiAuditEntry[]>(`/api/headcounts/${id}/audit`, signal).then((entries) => entries.map(toAuditEntry));

export const auditQueryOptions = (id: number) =>
  queryOptions({ queryKey: queryKeys.headcounts.audit(id), queryFn: ({ signal }) => getAudit(id, signal) });

export const useAudit = (id: number) => useQuery(auditQueryOptions(id));
