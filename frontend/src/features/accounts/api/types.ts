export type IssuanceStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export type AccountIssuance = {
  id: number;
  status: IssuanceStatus;
  total: number;
  done: number;
  failed: number;
  createdAt: string;
  finishedAt: string | null;
};

/** Whom to issue accounts for: a unit's subtree or chosen learners (e.g. those an import stored). */
export type IssuanceSelection = { unitId: number } | { learnerIds: number[] };

export const isRunning = (status: IssuanceStatus | undefined) => status === 'QUEUED' || status === 'RUNNING';

export const percentOf = (job: AccountIssuance) =>
  job.total === 0 ? (job.status === 'DONE' ? 100 : 0) : ((job.done + job.failed) / job.total) * 100;

export type UnitNode = { id: number; code: string; name: string; status: string; children: UnitNode[] };
