export type CertificateStatus = 'VALID' | 'REVOKED' | 'SUPERSEDED';

/** COURSE: an online course completed in a wave; IN_PERSON: an in-person programme completed in a class. */
export type CertificateKind = 'COURSE' | 'IN_PERSON';

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
  /** An in-person certificate's class, venue, firstDay, lastDay (ISO dates) and sessionsAttended. */
  details?: Record<string, string>;
};

export type CertificateTemplate = { html: string; custom: boolean };
