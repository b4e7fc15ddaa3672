import type { UnitTreeNode } from '@/components/ui/unit-select';

export type ExamPopulation = 'POSITION' | 'NAMED';

export type Exam = {
  id: number;
  title: string;
  code: string | null;
  bankCourseId: number;
  population: ExamPopulation;
  positionList: string[];
  unitId: number;
  unitPath: string;
  opensAt: string;
  closesAt: string;
  attemptsAllowed: number;
  passPercent: number;
  questionCount: number;
  timeLimitMinutes: number;
  certificate: boolean;
  createdBy: string;
};

export type ExamInput = {
  title: string;
  code: string | null;
  bankCourseId: number;
  population: ExamPopulation;
  positions: string[];
  unitId: number;
  opensAt: string;
  closesAt: string;
  attemptsAllowed: number;
  passPercent: number;
  questionCount: number;
  timeLimitMinutes: number;
  certificate: boolean;
};

export type ExamResults = {
  exam: Exam;
  candidates: number;
  assessed: number;
  passed: number;
  passRate: number | null;
  units: {
    unit: { id: number; code: string; name: string };
    candidates: number;
    assessed: number;
    passed: number;
    assessedRate: number | null;
    passRate: number | null;
  }[];
  notTaken: { id: number; fullName: string; unitCode: string }[];
};

export type MyExamAttempt = {
  attemptId: number;
  attemptNumber: number;
  startedAt: string;
  deadline: string;
  closed: boolean;
  closedAt: string | null;
  scorePercent: number | null;
  passed: boolean | null;
};

export type MyExam = {
  id: number;
  title: string;
  opensAt: string;
  closesAt: string;
  attemptsAllowed: number;
  passPercent: number;
  questionCount: number;
  timeLimitMinutes: number;
  openNow: boolean;
  passed: boolean;
  canStart: boolean;
  openAttemptId: number | null;
  attempts: MyExamAttempt[];
};

export type BankCourse = { id: number; code: string; title: string };

export type UnitNode = UnitTreeNode;
