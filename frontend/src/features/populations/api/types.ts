export type PopulationStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'SUPERSEDED';

/** One revision of a commune's working-age population for a year, with who declared and who decided. */
export type Population = {
  id: number;
  unitId: number;
  period: string;
  revision: number;
  workingAge: number;
  source: string;
  note: string | null;
  status: PopulationStatus;
  declaredBy: string;
  declaredAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  returnReason: string | null;
};

/** A commune with its verified figure (the denominator) and its latest declaration. */
export type CommunePopulation = {
  unitId: number;
  code: string;
  name: string;
  parentName: string | null;
  approved: Population | null;
  latest: Population | null;
};

export type ImportResult = { declared: number; declarations: Population[] };
