import type { components } from '@/api/schema';

export const ORG_UNIT_TYPES = [
  'PROVINCE',
  'DEPARTMENT',
  'MASS_ORGANIZATION',
  'DISTRICT',
  'COMMUNE',
  'COMMUNITY_TEAM',
  'ENTERPRISE',
  'OTHER',
] as const;
export type OrgUnitType = (typeof ORG_UNIT_TYPES)[number];

export const ORG_UNIT_STATUSES = ['ACTIVE', 'CLOSED', 'MERGED'] as const;
export type OrgUnitStatus = (typeof ORG_UNIT_STATUSES)[number];

export const HISTORY_KINDS = ['CREATED', 'RENAMED', 'MOVED', 'MERGED', 'CLOSED'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export type OrgUnitNode = components['schemas']['OrgUnitNode'];

export type OrgUnitRef = components['schemas']['OrgUnitPathElement'];

export type OrgUnitHistoryEntry = components['schemas']['OrgUnitHistoryEntry'];

export type OrgUnitDetail = components['schemas']['OrgUnitDetail'];
