import type { UnitTreeNode } from '@/components/ui/unit-select';
import type { components } from '@/api/schema';

export type ExamPopulation = 'POSITION' | 'NAMED';

export type Exam = components['schemas']['ExamView'];

export type ExamInput = components['schemas']['ExamRequest'];

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

export type MyExamAttempt = components['schemas']['AttemptView'];

export type MyExam = components['schemas']['MyExamView'];

export type BankCourse = { id: number; code: string; title: string };

export type UnitNode = UnitTreeNode;
