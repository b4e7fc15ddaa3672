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

export type OrgUnitNode = {
  id: number;
  code: string;
  name: string;
  type: OrgUnitType;
  status: OrgUnitStatus;
  validFrom: string | null;
  validTo: string | null;
  children: OrgUnitNode[];
};

export type OrgUnitRef = { id: number; code: string; name: string };

export type OrgUnitHistoryEntry = {
  kind: HistoryKind;
  effectiveDate: string;
  description: string;
  recordedAt: string;
  recordedBy: string;
};

export type OrgUnitDetail = {
  id: number;
  code: string;
  name: string;
  type: OrgUnitType;
  status: OrgUnitStatus;
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
  mergedIntoId: number | null;
  path: OrgUnitRef[];
  history: OrgUnitHistoryEntry[];
};
