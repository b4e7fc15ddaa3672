/** One field-level complaint from an RFC 9457 problem detail (`errors[]`). */
export type FieldError = { field: string; message: string };

export type ProblemDetail = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: FieldError[];
};

export type ApiErrorKind = 'network' | 'unauthorized' | 'forbidden' | 'not-found' | 'problem';

/** What the UI shows when a call fails: a message a person can act on, never a stack trace. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly problem: ProblemDetail;

  constructor(kind: ApiErrorKind, status: number, message: string, problem: ProblemDetail = {}) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Reads a problem-detail body defensively: servers and proxies do not always send what they promise. */
export function parseProblem(body: unknown, status: number): ProblemDetail {
  if (typeof body !== 'object' || body === null) return { status };
  const raw = body as Record<string, unknown>;
  const errors = Array.isArray(raw.errors)
    ? raw.errors
        .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
        .map((e) => ({ field: text(e.field) ?? '', message: text(e.message) ?? '' }))
        .filter((e) => e.message !== '')
    : undefined;
  return {
    type: text(raw.type),
    title: text(raw.title),
    status: typeof raw.status === 'number' ? raw.status : status,
    detail: text(raw.detail),
    instance: text(raw.instance),
    code: text(raw.code),
    errors: errors && errors.length > 0 ? errors : undefined,
  };
}

/** Field errors as lines a person reads: "fullName: thiếu họ tên". */
export function fieldErrorLines(errors: FieldError[]): string[] {
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
}
