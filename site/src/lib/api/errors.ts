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
