import type { components } from '@/api/schema';

export const HEADCOUNT_CATEGORIES = ['CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG'] as const;
export type HeadcountCategory = (typeof HEADCOUNT_CATEGORIES)[number];
export type Counts = Partial<Record<HeadcountCategory, number>>;

export const HEADCOUNT_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'SUPERSEDED'] as const;
export type HeadcountStatus = (typeof HEADCOUNT_STATUSES)[number];

export type Headcount = {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  period: string;
  status: HeadcountStatus;
  counts: Counts;
  total: number;
  note: string | null;
  returnReason: string | null;
  hasDocument: boolean;
  version: number;
  updatedAt: string;
  updatedBy: string;
};

export type HeadcountInput = components['schemas']['DeclareRequest'];

export type AuditEntry = {
  action: string;
  by: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
};

export type Discrepancy = { code: string; message: string };

export type ReconciliationUnit = {
  unitId: number;
  unitCode: string;
  unitName: string;
  declared: Counts | null;
  declaredStatus: HeadcountStatus | null;
  registered: Counts | null;
  enrolled: Counts | null;
  accountsIssued: Counts | null;
  discrepancies: Discrepancy[];
};

export type Reconciliation = { units: ReconciliationUnit[]; notYetAvailable: string[] };

export type UnitNode = { id: number; code: string; name: string; status: string; children: UnitNode[] };

export const sumOf = (counts: Counts | null | undefined) =>
  counts ? Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0) : 0;
