import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type OrgUnitRef = { id: number; code: string; name: string };

export type Me = {
  username: string;
  displayName: string;
  roles: string[];
  orgUnit: (OrgUnitRef & { type: string; path: OrgUnitRef[] }) | null;
};

export const getMe = (signal?: AbortSignal): Promise<Me> => api.get<Me>('/api/me', signal);

export const meQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.me.all, queryFn: ({ signal }) => getMe(signal) });

export const useMe = () => useQuery(meQueryOptions());
