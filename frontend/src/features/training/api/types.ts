import type { components } from '@/api/schema';

export type Programme = {
  id: number;
  name: string;
  contentOutline: string;
  classCount: number;
  seatsPerClass: number;
  daysPerClass: number;
  periodStart: string;
  periodEnd: string;
  nominationLimit: number;
  nominationDeadline: string;
  minSessions: number;
  targetTrained: number;
  /** The NAMED exam its participants must pass besides attending (the end-of-class exam), if any. */
  finalExamId?: number | null;
};

export type TrainingClass = {
  id: number;
  programmeId: number;
  name: string;
  venue: string;
  startDate: string;
  seats: number;
  teachers: string[];
};

export type Session = components['schemas']['SessionView'];

export type NominationStatus = 'NOMINATED' | 'SEATED' | 'WAITING' | 'WITHDRAWN';

export type Nomination = {
  id: number;
  learnerId: number;
  fullName: string;
  unitId: number;
  status: NominationStatus;
  classId: number | null;
  waitPosition: number | null;
  nominatedAt: string;
};

export type Mark = components['schemas']['MarkView'];

export type Participant = components['schemas']['ParticipantRow'];

export type ClassSheet = components['schemas']['ClassSheetView'];

export type Seat = components['schemas']['SeatView'];

export type MyTraining = components['schemas']['MineView'];

export type UnitReport = {
  programmeId: number;
  target: number;
  nominated: number;
  seated: number;
  trained: number;
  learnersPerTrained: number | null;
  units: { unitId: number; unitCode: string; unitName: string; nominated: number; seated: number; trained: number }[];
};

export type SessionQr = components['schemas']['QrView'];

export type TrainerStatus = components['schemas']['TrainerStatus'];
