export type CertificateStatus = 'VALID' | 'REVOKED' | 'SUPERSEDED';

export type Certificate = {
  id: number;
  serial: string;
  verificationCode: string;
  enrolmentId: number;
  learnerId: number;
  waveId: number;
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
};

export type CertificateTemplate = { html: string; custom: boolean };
