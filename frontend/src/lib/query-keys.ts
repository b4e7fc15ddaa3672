/**
 * Every TanStack Query key of the app, in one place. A key is a path: invalidating a shorter key
 * (`queryKeys.headcounts.all`) refetches every query under it (lists, audits, reconciliations), so a
 * family's keys share its first element. Queries and invalidations both take their keys from here.
 */
export const queryKeys = {
  accountIssuances: {
    recent: () => ['account-issuances', 'recent'] as const,
    one: (id: number) => ['account-issuances', id] as const,
    items: (id: number) => ['account-issuances', id, 'items'] as const,
  },
  assistedCitizens: () => ['assisted-citizens'] as const,
  certificateTemplate: () => ['certificate-template'] as const,
  certificates: {
    all: ['certificates'] as const,
    mine: () => ['certificates', 'mine'] as const,
    scope: () => ['certificates', 'scope'] as const,
  },
  citizenProfile: () => ['citizen-profile'] as const,
  classes: {
    trainerOptions: (classId: number) => ['classes', classId, 'trainer-options'] as const,
  },
  communes: () => ['communes'] as const,
  communityHelpers: (communeId: number | null) => ['community-helpers', communeId] as const,
  courses: {
    all: ['courses'] as const,
    one: (courseId: number) => ['courses', courseId] as const,
    published: () => ['courses', 'published'] as const,
  },
  dashboard: (kind: string, id: number) => ['dashboard', kind, id] as const,
  enrolments: {
    course: (enrolmentId: number) => ['enrolments', enrolmentId, 'course'] as const,
    progress: (enrolmentId: number) => ['enrolments', enrolmentId, 'progress'] as const,
  },
  exams: {
    all: ['exams'] as const,
    mine: () => ['exams', 'mine'] as const,
    myExam: (examId: number) => ['exams', 'mine', examId] as const,
    bankCourses: () => ['exams', 'bank-courses'] as const,
    units: () => ['exams', 'units'] as const,
    results: (examId: number) => ['exams', examId, 'results'] as const,
  },
  headcounts: {
    all: ['headcounts'] as const,
    list: (filter: object) => ['headcounts', 'list', filter] as const,
    audit: (id: number) => ['headcounts', 'audit', id] as const,
    reconciliation: (period: string, unitId: number | null) => ['headcounts', 'reconciliation', period, unitId] as const,
  },
  learnerAccounts: {
    all: ['learner-accounts'] as const,
    of: (learnerIds: readonly number[]) => ['learner-accounts', learnerIds] as const,
  },
  learnerImports: { one: (id: number) => ['learner-imports', id] as const },
  learners: {
    all: ['learners'] as const,
    search: (filter: object) => ['learners', filter] as const,
  },
  mediaLink: (mediaId: string | null) => ['media-link', mediaId] as const,
  me: {
    all: ['me'] as const,
    enrolments: () => ['me', 'enrolments'] as const,
    tasks: () => ['me', 'tasks'] as const,
    classes: () => ['me', 'classes'] as const,
    notifications: () => ['me', 'notifications'] as const,
  },
  openCourses: { one: (courseId: number) => ['open-courses', courseId] as const },
  openLearning: {
    all: ['open-learning'] as const,
    materials: () => ['open-learning', 'materials'] as const,
    public: () => ['open-learning', 'public'] as const,
    reach: (unitId: number | null) => ['open-learning', 'reach', unitId] as const,
    topics: () => ['open-learning', 'topics'] as const,
  },
  orgUnits: {
    tree: () => ['org-units', 'tree'] as const,
    one: (id: number) => ['org-units', id] as const,
  },
  planning: {
    plans: () => ['planning', 'plans'] as const,
    plan: (planId: number) => ['planning', 'plan', planId] as const,
    indicators: (planId: number) => ['planning', 'indicators', planId] as const,
    progress: (planId: number, indicatorId: number, unitId: number | null) =>
      ['planning', 'progress', planId, indicatorId, unitId] as const,
    confirmations: (planId: number, period: string) => ['planning', 'confirmations', planId, period] as const,
  },
  populations: {
    all: ['populations'] as const,
    of: (period: string) => ['populations', period] as const,
  },
  public: {
    plans: () => ['public', 'plans'] as const,
    dashboard: (planId: number | null) => ['public', 'dashboard', planId] as const,
  },
  quiz: {
    attempt: (attemptId: number) => ['quiz', 'attempt', attemptId] as const,
    bank: (courseId: number) => ['quiz', 'bank', courseId] as const,
    courses: () => ['quiz', 'courses'] as const,
    overviews: ['quiz', 'overview'] as const,
    overview: (enrolmentId: number) => ['quiz', 'overview', enrolmentId] as const,
    policy: (courseId: number) => ['quiz', 'policy', courseId] as const,
    window: (waveId: number) => ['quiz', 'window', waveId] as const,
  },
  training: {
    mine: () => ['training', 'me'] as const,
    programmes: () => ['training', 'programmes'] as const,
    programme: (id: number) => ['training', 'programmes', id] as const,
    programmeClasses: (id: number) => ['training', 'programmes', id, 'classes'] as const,
    nominations: (id: number) => ['training', 'programmes', id, 'nominations'] as const,
    report: (id: number) => ['training', 'programmes', id, 'report'] as const,
    without: (id: number) => ['training', 'programmes', id, 'without'] as const,
    finalExam: (id: number) => ['training', 'programmes', id, 'final-exam'] as const,
    classSheet: (classId: number) => ['training', 'classes', classId] as const,
    trainerEligibility: (username: string | null) => ['training', 'trainer-eligibility', username] as const,
  },
  waves: {
    all: ['waves'] as const,
    one: (id: number) => ['waves', id] as const,
    classes: (id: number) => ['waves', id, 'classes'] as const,
    enrolments: (id: number) => ['waves', id, 'enrolments'] as const,
  },
};
