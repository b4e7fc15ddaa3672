export type IssuanceStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export type AccountIssuance = {
  id: number;
  status: IssuanceStatus;
  total: number;
  done: number;
  failed: number;
  skipped: number;
  createdAt: string;
  finishedAt: string | null;
};

/** Whom to issue accounts for: a unit's subtree, chosen learners, or the learners of one import. */
export type IssuanceSelection = { unitId: number } | { learnerIds: number[] } | { importId: number };

export const isRunning = (status: IssuanceStatus | undefined) => status === 'QUEUED' || status === 'RUNNING';

export const percentOf = (job: AccountIssuance) =>
  job.total === 0 ? (job.status === 'DONE' ? 100 : 0) : ((job.done + job.failed + job.skipped) / job.total) * 100;

export type UnitNode = { id: number; code: string; name: string; status: string; children: UnitNode[] };
