export const LEARNER_CATEGORIES = [
  'CAN_BO',
  'CONG_CHUC',
  'VIEN_CHUC',
  'NGUOI_LAO_DONG',
  'CITIZEN',
  'ENTERPRISE_STAFF',
] as const;
export type LearnerCategory = (typeof LEARNER_CATEGORIES)[number];

export type Learner = {
  id: number;
  fullName: string;
  dateOfBirth: string | null;
  gender: string | null;
  citizenId: string | null;
  email: string | null;
  phone: string | null;
  unitId: number;
  unitCode: string;
  unitName: string;
  category: LearnerCategory;
  position: string | null;
  status: string;
};

export type Page<T> = { content: T[]; page: number; size: number; totalElements: number; totalPages: number };
