export type AppErrorCode =
  | "invalid_request"
  | "validation_failed"
  | "consent_required"
  | "unauthenticated"
  | "password_change_required"
  | "forbidden"
  | "csrf_header_missing"
  | "not_found"
  | "version_conflict"
  | "already_exists"
  | "rate_limited"
  | "unavailable"
  | "internal";

/** The one place that maps an error code to its HTTP status and title. */
const HTTP: Record<AppErrorCode, { status: number; title: string }> = {
  invalid_request: { status: 400, title: "The request is not valid" },
  validation_failed: { status: 422, title: "The change breaks a rule" },
  consent_required: { status: 422, title: "The person's consent is needed first" },
  unauthenticated: { status: 401, title: "Sign in first" },
  password_change_required: { status: 403, title: "Choose a new password first" },
  forbidden: { status: 403, title: "Not allowed" },
  csrf_header_missing: { status: 403, title: "Missing anti-forgery header" },
  not_found: { status: 404, title: "Not found" },
  version_conflict: { status: 409, title: "Changed by someone else" },
  already_exists: { status: 409, title: "Already exists" },
  rate_limited: { status: 429, title: "Too many attempts" },
  unavailable: { status: 503, title: "A service Waymark needs is unavailable" },
  internal: { status: 500, title: "Something went wrong on our side" },
};

export type FieldProblem = { path: string; message: string };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly errors: FieldProblem[] | undefined;
  readonly current: unknown;

  constructor(code: AppErrorCode, detail: string, extra: { errors?: FieldProblem[]; current?: unknown } = {}) {
    super(detail);
    this.name = "AppError";
    this.code = code;
    this.errors = extra.errors;
    this.current = extra.current;
  }

  get status(): number {
    return HTTP[this.code].status;
  }
}

export function problemOf(error: AppError) {
  const { status, title } = HTTP[error.code];
  return {
    type: `/problems/${error.code.replaceAll("_", "-")}`,
    title,
    status,
    detail: error.message,
    code: error.code,
    ...(error.errors ? { errors: error.errors } : {}),
    ...(error.current !== undefined ? { current: error.current } : {}),
  };
}

export const notFound = (what: string) => new AppError("not_found", `${what} does not exist or is not visible to you`);

export const staleVersion = (what: string, yourVersion: number, current: { version: number }) =>
  new AppError(
    "version_conflict",
    `${what} was changed by someone else since you read it (you sent version ${yourVersion}, it is now at version ${current.version}); reload it and apply your change again`,
    { current },
  );
