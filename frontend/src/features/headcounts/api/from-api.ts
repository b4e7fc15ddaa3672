import type {
  AuditEntry,
  Counts,
  Headcount,
  HeadcountStatus,
  Reconciliation,
  ReconciliationUnit,
} from '@/features/headcounts/api/types';

/** The backend's JSON for a declaration (GET /api/headcounts…). */
export type ApiDeclaration = {
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
  document: { fileName: string } | null;
  version: number;
  createdBy: string;
  createdAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
};

export type ApiAuditEntry = Omit<AuditEntry, 'by'> & { actor: string };

type ApiFigure = { status: HeadcountStatus; counts: Counts } | null;

export type ApiReconciliation = {
  units: Array<
    Omit<ReconciliationUnit, 'declared' | 'declaredStatus' | 'discrepancies'> & {
      approved: ApiFigure;
      pending: ApiFigure;
      notYetAvailable: string[];
      discrepancies: Array<{ kind: string; message: string }>;
    }
  >;
};

/** The latest thing that happened to a declaration is what the list shows as "updated". */
export function toHeadcount(d: ApiDeclaration): Headcount {
  return {
    ...d,
    hasDocument: d.document !== null,
    updatedAt: d.decidedAt ?? d.submittedAt ?? d.createdAt,
    updatedBy: d.decidedBy ?? d.submittedBy ?? d.createdBy,
  };
}

export const toAuditEntry = ({ actor, ...entry }: ApiAuditEntry): AuditEntry => ({ ...entry, by: actor });

/** The approved figure is the one compared; a pending one shows its status until it is approved. */
export function toReconciliation(r: ApiReconciliation): Reconciliation {
  const notYetAvailable = new Set<string>();
  const units = r.units.map(({ approved, pending, notYetAvailable: missing, discrepancies, ...unit }) => {
    missing.forEach((name) => notYetAvailable.add(name));
    return {
      ...unit,
      declared: approved?.counts ?? null,
      declaredStatus: approved?.status ?? pending?.status ?? null,
      discrepancies: discrepancies.map(({ kind, message }) => ({ code: kind, message })),
    };
  });
  return { units, notYetAvailable: [...notYetAvailable] };
}
