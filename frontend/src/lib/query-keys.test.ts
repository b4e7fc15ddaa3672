import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '@/lib/query-keys';

describe('query keys', () => {
  it('lets invalidating a family reach every query of that family, and no other family', () => {
    const headcountQueries = [
      queryKeys.headcounts.list({ period: '2026' }),
      queryKeys.headcounts.audit(7),
      queryKeys.headcounts.reconciliation('2026', null),
    ];
    for (const key of headcountQueries) expect(partialMatchKey(key, queryKeys.headcounts.all)).toBe(true);
    expect(partialMatchKey(queryKeys.populations.of('2026'), queryKeys.headcounts.all)).toBe(false);
  });

  it('keeps one enrolment\'s progress apart from another\'s, and a quiz overview per enrolment', () => {
    expect(partialMatchKey(queryKeys.enrolments.progress(1), queryKeys.enrolments.progress(2))).toBe(false);
    expect(partialMatchKey(queryKeys.quiz.overview(5), queryKeys.quiz.overviews)).toBe(true);
    expect(partialMatchKey(queryKeys.quiz.attempt(5), queryKeys.quiz.overviews)).toBe(false);
  });

  it('invalidates a training programme together with its classes, nominations, report and final exam', () => {
    const programme = queryKeys.training.programme(3);
    for (const key of [
      queryKeys.training.programmeClasses(3),
      queryKeys.training.nominations(3),
      queryKeys.training.report(3),
      queryKeys.training.without(3),
      queryKeys.training.finalExam(3),
    ]) {
      expect(partialMatchKey(key, programme)).toBe(true);
    }
    expect(partialMatchKey(queryKeys.training.nominations(4), programme)).toBe(false);
  });
});
