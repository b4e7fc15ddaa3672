import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/api/schema';

export type OrgUnitRef = components['schemas']['CallerUnitPathElement'];

/** The caller: generated from the server's OpenAPI document (`npm run api:types`). */
export type Me = components['schemas']['MeResponse'];

export const getMe = (signal?: AbortSignal): Promise<Me> => api.get<Me>('/api/me', signal);

export const meQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.me.all, queryFn: ({ signal }) => getMe(signal) });

export const useMe = () => useQuery(meQueryOptions());
