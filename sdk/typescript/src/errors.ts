import type { components } from "./schema.js";

/** An RFC 9457 problem as the platform returns it. */
export type Problem = components["schemas"]["Problem"];

/**
 * A refused or failed request. `status` and `problem` say why; `requestId` is the `X-Request-Id` to quote when
 * reporting it. Subclasses name the cases callers handle differently.
 */
export class JicengError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly requestId: string | undefined;

  constructor(status: number, problem: Problem | undefined, requestId: string | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = new.target.name;
    this.status = status;
    this.problem = problem;
    this.requestId = requestId ?? undefined;
  }

  /** The field errors of a 400, by field name. */
  get fieldErrors(): ReadonlyArray<{ field?: string; message?: string }> {
    return (this.problem?.errors as Array<{ field?: string; message?: string }> | undefined) ?? [];
  }

  static from(status: number, problem: Problem | undefined, requestId: string | undefined): JicengError {
    switch (status) {
      case 400:
        return new InvalidRequestError(status, problem, requestId);
      case 401:
        return new AuthenticationError(status, problem, requestId);
      case 403:
        return new PermissionDeniedError(status, problem, requestId);
      case 404:
        return new NotFoundError(status, problem, requestId);
      case 409:
        return new ConflictError(status, problem, requestId);
      case 412:
        return new VersionMismatchError(status, problem, requestId);
      case 428:
        return new PreconditionRequiredError(status, problem, requestId);
      case 429:
        return new RateLimitError(status, problem, requestId);
      default:
        return new JicengError(status, problem, requestId);
    }
  }
}

/** 400: the request is malformed or breaks a rule; see `fieldErrors`. */
export class InvalidRequestError extends JicengError {}
/** 401: no valid token, or the tenant is suspended. */
export class AuthenticationError extends JicengError {}
/** 403: the caller's roles do not allow this. */
export class PermissionDeniedError extends JicengError {}
/** 404: no such record in the caller's tenant (another tenant's records look exactly like this). */
export class NotFoundError extends JicengError {}
/** 409: conflicts with the record's current state. */
export class ConflictError extends JicengError {}
/** 412: `If-Match` is not the record's current version: read it again and retry. */
export class VersionMismatchError extends JicengError {}
/** 428: the operation needs `If-Match`. */
export class PreconditionRequiredError extends JicengError {}
/** 429: rate limited; `retryAfterSeconds` says when to try again. */
export class RateLimitError extends JicengError {
  retryAfterSeconds: number | undefined;
}
