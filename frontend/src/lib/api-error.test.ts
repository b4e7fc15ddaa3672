import { describe, expect, it } from 'vitest';
import { fieldErrorLines, parseProblem } from '@/lib/api-error';

describe('parseProblem', () => {
  it('reads an RFC 9457 body with field errors', () => {
    const problem = parseProblem(
      {
        type: 'https://hocso.vn/problems/validation',
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        detail: 'Tệp nhập có 2 lỗi',
        instance: '/api/learners/import',
        code: 'IMPORT_INVALID',
        errors: [
          { field: 'rows[17].fullName', message: 'Dòng 17: thiếu họ tên' },
          { field: 'rows[20].email', message: 'Dòng 20: email không hợp lệ' },
        ],
      },
      400,
    );
    expect(problem.detail).toBe('Tệp nhập có 2 lỗi');
    expect(problem.code).toBe('IMPORT_INVALID');
    expect(fieldErrorLines(problem.errors ?? [])).toEqual([
      'rows[17].fullName: Dòng 17: thiếu họ tên',
      'rows[20].email: Dòng 20: email không hợp lệ',
    ]);
  });

  it('survives a body that is not a problem detail', () => {
    expect(parseProblem('<html>Bad gateway</html>', 502)).toEqual({ status: 502 });
    expect(parseProblem({ errors: 'nope', detail: 42 }, 500)).toMatchObject({ status: 500, detail: undefined, errors: undefined });
  });

  it('keeps a message without a field as it is', () => {
    const problem = parseProblem({ errors: [{ message: 'Tệp trống' }, { field: 'x' }] }, 400);
    expect(fieldErrorLines(problem.errors ?? [])).toEqual(['Tệp trống']);
  });
});
