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

export type Session = { id: number; dayNumber: number; part: 'MORNING' | 'AFTERNOON'; startsAt: string; endsAt: string };

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

export type Mark = { present: boolean; late: boolean; leftEarly: boolean; method: 'TEACHER' | 'QR'; markedAt: string };

export type Participant = {
  nominationId: number;
  learnerId: number;
  fullName: string;
  unitId: number;
  marks: (Mark | null)[];
  attended: number;
  completed: boolean;
};

export type ClassSheet = {
  programme: Programme;
  trainingClass: TrainingClass;
  sessions: Session[];
  participants: Participant[];
  teacher: boolean;
};

export type Seat = {
  nomination: Nomination;
  programme: Programme;
  trainingClass: TrainingClass | null;
  sessions: Session[];
  completed: boolean;
};

export type MyTraining = { seats: Seat[]; teaching: TrainingClass[] };

export type UnitReport = {
  programmeId: number;
  target: number;
  nominated: number;
  seated: number;
  trained: number;
  learnersPerTrained: number | null;
  units: { unitId: number; unitCode: string; unitName: string; nominated: number; seated: number; trained: number }[];
};

export type SessionQr = { sessionId: number; code: string; validUntil: string; lifetimeSeconds: number; url: string; svg: string };

export type TrainerStatus = {
  learnerId: number;
  fullName: string;
  username: string | null;
  trained: boolean;
  trainer: boolean;
};
