export type EnrolmentStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'OVERDUE' | 'WITHDRAWN';

export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'COMPLETED',
  'OVERDUE',
  'WITHDRAWN',
];

export type Wave = {
  id: number;
  name: string;
  courseId: number;
  courseVersionId: number | null;
  openingDate: string;
  capacity: number;
  deadlineWorkingDays: number;
  unitIds: number[];
  enrolled: number;
  byStatus: Partial<Record<EnrolmentStatus, number>>;
};

export type EnrolmentRow = {
  enrolmentId: number;
  learnerId: number;
  fullName: string;
  unitCode: string;
  classId: number | null;
  status: EnrolmentStatus;
  accountIssuedAt: string | null;
  clockStartedAt: string | null;
  deadline: string | null;
  workingDaysLeft: number | null;
};

export type WaveClass = {
  id: number;
  waveId: number;
  name: string;
  trainerUsername: string | null;
  trainerDisplayName: string | null;
  learners: EnrolmentRow[];
};

export type UnitOption = { id: number; code: string; name: string; depth: number };
