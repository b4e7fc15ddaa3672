import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type IssuanceItemStatus = 'PENDING' | 'CREATED' | 'EXISTED' | 'FAILED';

/** One learner of a job; {@code message} is the failure in the caller's language (never Keycloak's text). */
export type IssuanceItem = components['schemas']['ItemView'];

export const getIssuanceItems = (id: number) => api.get<IssuanceItem[]>(`/api/account-issuances/${id}/items`);

export const useIssuanceItems = (id: number, enabled: boolean) =>
  useQuery({ queryKey: queryKeys.accountIssuances.items(id), queryFn: () => getIssuanceItems(id), enabled });
