import type { RuleFinding } from "@/lib/eligibility";

// A typed error for everything the server refuses on purpose. The client shows the Chinese
// message for the code; a raw exception message never reaches the browser.
export const APP_ERROR_CODES = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  STALE_STATE: 409,
  RULE_VIOLATION: 422,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export type FieldErrors = Record<string, string[]>;

/**
 * The eligibility findings behind a refusal, as data: the client groups and badges them by
 * `ruleId` and places them by `field`, never by reading the (translatable) message.
 */
export type Findings = readonly RuleFinding[];

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly findings?: Findings;

  constructor({ code, message, fieldErrors, findings }: { code: AppErrorCode; message: string; fieldErrors?: FieldErrors; findings?: Findings }) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.findings = findings;
  }

  get status(): number {
    return APP_ERROR_CODES[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The only shape a server action returns to a client. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors; findings?: Findings };
