import "server-only";
import { isAppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";

/** A refusal as JSON with its HTTP status; unknown errors are logged and shown generically. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return Response.json({ ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, findings: error.findings }, { status: error.status });
  }
  console.error("[route] unexpected error", error);
  return Response.json({ ok: false, code: "INTERNAL", message: messages.errors.internal }, { status: 500 });
}
