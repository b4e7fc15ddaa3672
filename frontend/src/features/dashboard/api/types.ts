export type Pace = 'NOT_STARTED' | 'IN_PROGRESS' | 'BEHIND' | 'OVERDUE' | 'COMPLETED' | 'WITHDRAWN';

export const PACES: Pace[] = ['NOT_STARTED', 'IN_PROGRESS', 'BEHIND', 'OVERDUE', 'COMPLETED'];

export type LearnerRow = {
  enrolmentId: number;
  learnerId: number;
  fullName: string;
  unitCode: string;
  classId: number | null;
  pace: Pace;
  lecturesCompleted: number;
  lecturesTotal: number;
  minutesToday: number;
  minutesTotal: number;
  remainingMinutes: number;
  deadline: string | null;
  workingDaysLeft: number | null;
  minutesByDay: number[];
  quizAttempts: number;
  quizBestScore: number | null;
  quizPassed: boolean;
};

export type DayTotal = { day: string; workingDay: boolean; minutes: number; learnersStudying: number };

export type UnitRow = {
  unitCode: string;
  learners: number;
  byPace: Partial<Record<Pace, number>>;
  minutesToday: number;
  averageLecturesCompleted: number;
};

export type Dashboard = {
  kind: 'class' | 'wave';
  id: number;
  name: string;
  waveName: string;
  courseTitle: string | null;
  expectedMinutesPerDay: number;
  days: string[];
  learners: LearnerRow[];
  byPace: Partial<Record<Pace, number>>;
  dailyMinutes: DayTotal[];
  units: UnitRow[];
};
