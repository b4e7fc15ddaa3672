import type { components } from '@/api/schema';

export type CertificateStatus = 'VALID' | 'REVOKED' | 'SUPERSEDED';

/**
 * COURSE: an online course completed in a wave; IN_PERSON: an in-person programme completed in a class;
 * ASSESSMENT: an exam passed that issues a certificate of assessment.
 */
export type CertificateKind = 'COURSE' | 'IN_PERSON' | 'ASSESSMENT';

export type Certificate = {
  id: number;
  kind?: CertificateKind;
  serial: string;
  verificationCode: string;
  enrolmentId: number | null;
  learnerId: number;
  waveId: number | null;
  unitId: number;
  unitName: string;
  fullName: string;
  courseTitle: string;
  completedOn: string;
  issuedAt: string;
  status: CertificateStatus;
  revokedAt: string | null;
  revocationReason: string | null;
  supersededById: number | null;
  verifyUrl: string;
  /** The final quiz's or exam's score, null for an in-person programme. */
  scorePercent?: number | null;
  /** An in-person certificate's class, venue, firstDay, lastDay (ISO dates) and sessionsAttended; an assessment's passPercent, questionCount, examCode. */
  details?: Record<string, string>;
};

export type CertificateTemplate = components['schemas']['TemplateView'];
