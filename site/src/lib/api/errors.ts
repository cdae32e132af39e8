/**
 * The CMS could not give an answer: refused connection, timeout, a 5xx, an auth failure on our
 * side or a body we cannot read. Pages turn it into a 503; `detail` is for the log only.
 */
export class CmsUnavailableError extends Error {
  override readonly name = 'CmsUnavailableError';
  constructor(
    readonly path: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`The CMS did not answer ${path}: ${detail}`, options);
  }
}

/** The CMS answered, and the thing asked for does not exist (or is not published). */
export class ContentNotFoundError extends Error {
  override readonly name = 'ContentNotFoundError';
  constructor(readonly what: string) {
    super(`Not found: ${what}`);
  }
}

/** One field the CMS refused, by its path in the request body (`education.0.school`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The CMS answered a participant call with a 4xx: bad input (400, with field problems), not
 * logged in (401), not allowed (403), not found (404), a state conflict (409), too many attempts
 * (429). `message` is the CMS's sentence for people; `fields` name what to fix.
 */
export class ApiRefusal extends Error {
  override readonly name = 'ApiRefusal';
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** The rule a 409 names (`error.details.code`: `at_capacity`, `duplicate_pending`, …). */
    readonly code: string | undefined = undefined,
  ) {
    super(message);
  }
}
