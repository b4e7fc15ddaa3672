import { describe, expect, it } from 'vitest';
import { navItemsFor } from '@/app/navigation';

const pagesOf = (...roles: string[]) => navItemsFor(roles).map((item) => item.to);

describe('navigation', () => {
  it('gives a unit administrator learners, import, accounts, headcounts and waves', () => {
    expect(pagesOf('UNIT_ADMIN')).toEqual(['/', '/learners', '/learners/import', '/accounts', '/headcounts', '/populations', '/org-units', '/waves', '/plans', '/certificates', '/training', '/exams', '/open-learning', '/community-helpers']);
  });

  it('gives a verifier learners and headcounts but neither import nor accounts', () => {
    expect(pagesOf('VERIFIER')).toEqual(['/', '/learners', '/headcounts', '/populations', '/org-units', '/waves', '/plans', '/certificates', '/training', '/exams', '/open-learning']);
  });

  it('gives a reporter the same read-only pages as a verifier', () => {
    expect(pagesOf('REPORTER')).toEqual(['/', '/learners', '/headcounts', '/populations', '/org-units', '/waves', '/plans', '/certificates', '/training', '/exams', '/open-learning']);
  });

  it('gives a trainer waves and their own classes but not the learner register, headcounts, import or accounts', () => {
    expect(pagesOf('TRAINER')).toEqual(['/', '/org-units', '/waves', '/my-classes', '/certificates', '/training']);
  });

  it('keeps a learner to the home page and the org tree', () => {
    expect(pagesOf('LEARNER', 'default-roles-hocso')).toEqual(['/', '/org-units', '/training']);
  });

  it('gives an administrator every page, courses, question bank, plans and certificates included', () => {
    expect(pagesOf('ADMIN')).toEqual(['/', '/learners', '/learners/import', '/accounts', '/headcounts', '/populations', '/org-units', '/courses', '/waves', '/plans', '/question-bank', '/certificates', '/training', '/exams', '/open-learning', '/community-helpers']);
  });

  it('gives a community helper their own page, on top of a learner\'s', () => {
    expect(pagesOf('COMMUNITY_HELPER', 'LEARNER')).toEqual(['/', '/org-units', '/training', '/helper']);
  });

  it('shows each page once to someone with several roles', () => {
    const pages = pagesOf('VERIFIER', 'UNIT_ADMIN', 'TRAINER');
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('groups the occasional pages of a role with many pages under “Thêm” so the menu keeps to one row, never a trainer\'s', () => {
    const more = (...roles: string[]) => navItemsFor(roles).filter((item) => item.more).map((item) => item.to);
    expect(more('ADMIN')).toEqual(['/populations', '/org-units', '/courses', '/question-bank', '/training', '/exams', '/open-learning', '/community-helpers']);
    expect(more('VERIFIER')).toEqual(['/populations', '/org-units', '/training', '/exams', '/open-learning']);
    expect(navItemsFor(['VERIFIER']).filter((item) => !item.more)).toHaveLength(6);
    expect(more('TRAINER')).toEqual([]);
    expect(navItemsFor(['ADMIN']).filter((item) => !item.more)).toHaveLength(8);
  });
});
