import type { components } from '@/api/schema';

export type PopulationStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'SUPERSEDED';

/** One revision of a commune's working-age population for a year, with who declared and who decided. */
export type Population = components['schemas']['HeadcountPopulationView'];

/** A commune with its verified figure (the denominator) and its latest declaration. */
export type CommunePopulation = components['schemas']['CommunePopulationView'];

export type ImportResult = components['schemas']['ImportResultView'];
