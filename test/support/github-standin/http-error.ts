/** Why a rejection is a contract violation rather than an ordinary outcome a correct client can meet. */
export type ViolationKind =
  | "unknown-endpoint"
  | "unmodelled-endpoint"
  | "invalid-request"
  | "invalid-response"
  | "invalid-webhook"
  | "limit"
  | "auth"
  | "graphql";

/** Options for {@link HttpError}. */
export interface HttpErrorOptions {
  /** GitHub's `errors` array for 422 "Validation Failed" answers. */
  errors?: unknown[];
  /** Set when the request breaks GitHub's contract (recorded in `violations`), not just a conflict. */
  violation?: ViolationKind;
  headers?: Record<string, string>;
  /** Docs URL GitHub adds to error bodies. */
  documentationUrl?: string;
  cause?: unknown;
}

/**
 * An answer GitHub would give instead of a success. Thrown by handlers and turned into GitHub's error body
 * (`{message, documentation_url, status, errors?}`) by the server.
 */
export class HttpError extends Error {
  override name = "HttpError";
  readonly status: number;
  readonly errors: unknown[] | undefined;
  readonly violation: ViolationKind | undefined;
  readonly headers: Record<string, string>;
  readonly documentationUrl: string;

  constructor(status: number, message: string, options: HttpErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.status = status;
    this.errors = options.errors;
    this.violation = options.violation;
    this.headers = options.headers ?? {};
    this.documentationUrl = options.documentationUrl ?? "https://docs.github.com/rest";
  }

  /** GitHub's JSON error body. */
  body(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      message: this.message,
      documentation_url: this.documentationUrl,
      status: String(this.status),
    };
    if (this.errors) body["errors"] = this.errors;
    return body;
  }

  /** GitHub's 404, which it also uses for things the caller may not see. */
  static notFound(message = "Not Found"): HttpError {
    return new HttpError(404, message);
  }

  /** GitHub's 422 "Validation Failed" with one field error. */
  static validation(
    resource: string,
    field: string,
    code: string,
    message?: string,
    violation?: ViolationKind,
  ): HttpError {
    const error: Record<string, string> = { resource, field, code };
    if (message !== undefined) error["message"] = message;
    return new HttpError(422, "Validation Failed", { errors: [error], ...(violation ? { violation } : {}) });
  }
}

/** A failure of the stand-in itself (not an answer GitHub would give). */
export class StandinError extends Error {
  override name = "StandinError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
