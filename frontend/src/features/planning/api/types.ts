import type { components } from '@/api/schema';

export type TargetUnit = 'PERCENT' | 'COUNT';
export type ProgressStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'MET';
export type DenominatorSource =
  | 'VERIFIED_HEADCOUNT'
  | 'REGISTERED_LEARNERS'
  | 'MIXED'
  | 'EXAM_CANDIDATES'
  | 'WORKING_AGE_POPULATION'
  | 'NOMINATED_FOCAL_POINTS';

export type MeasureRule =
  | 'ENROLLED'
  | 'COMPLETED'
  | 'CERTIFIED'
  | 'ASSESSED'
  | 'EXAM_PASSED'
  | 'CITIZENS_COMPLETED'
  | 'FOCAL_POINTS_TRAINED';

export type ReportDue = { kind: 'MONTHLY' | 'YEARLY'; dueDay: string; recipient: string };

export type Plan = {
  id: number;
  number: string;
  issuer: string;
  title: string;
  issuedOn: string | null;
  governingUnitId: number;
  periodStart: string;
  periodEnd: string;
  implementsRef: string | null;
  reportDues: ReportDue[];
};

export type Indicator = {
  id: number;
  planId: number;
  position: number;
  name: string;
  targetValue: number;
  targetUnit: TargetUnit;
  deadline: string;
  milestones: { due: string; target: number }[];
  kind: 'MEASURED' | 'REPORTED';
  toBeCompleted: boolean;
  population: { rule: MeasureRule; categories: string[] } | null;
};

export type UnitRef = components['schemas']['UnitRef'];

export type ChildRow = components['schemas']['ChildRow'];

export type Progress = {
  planId: number;
  indicatorId: number;
  indicatorName: string;
  kind: 'MEASURED' | 'REPORTED';
  rule: MeasureRule | null;
  targetUnit: TargetUnit;
  unit: UnitRef;
  path: UnitRef[];
  asOf: string;
  value: number | null;
  numerator: number;
  denominator: { value: number; source: DenominatorSource; verifiedUnits: number; registeredUnits: number } | null;
  target: number;
  due: string;
  gap: number | null;
  status: ProgressStatus;
  forecast: number | null;
  children: ChildRow[];
  categories: { category: string; numerator: number; headcount: number; rate: number | null }[];
  waves: { waveId: number; learners: number }[];
  trend: { day: string; value: number }[];
  reach: { opens: number; from: string; to: string } | null;
  focalPoints: {
    trained: number;
    nominated: number;
    target: number;
    officials: number;
    learnersPerTrained: number | null;
  } | null;
};

export type ConfirmationSection = components['schemas']['Section'];

export type PublicPlan = components['schemas']['PublicPlan'];

export type PublicIndicator = {
  id: number;
  name: string;
  rule: MeasureRule | null;
  targetUnit: TargetUnit;
  target: number;
  due: string;
  suppressed: boolean;
  value: number | null;
  population: number | null;
  categories: { category: string; suppressed: boolean; rate: number | null }[];
  /** Citizen indicators: QR opens since the plan's start (reach, never completion). */
  qrOpens: number | null;
};

export type PublicDashboard = components['schemas']['PublicPlanDashboard'];
