import "server-only";
import { unstable_rethrow } from "next/navigation";
import { isAppError, type ActionResult } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";

/**
 * Runs a service for a server action and turns refusals into ActionResult. Unknown errors are
 * logged on the server and reach the browser only as the generic Chinese message.
 */
export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    unstable_rethrow(error); // redirect()/forbidden() must pass through
    if (isAppError(error)) {
      // Findings only when there are some, so other refusals keep their shape.
      return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, ...(error.findings ? { findings: error.findings } : {}) };
    }
    console.error("[action] unexpected error", error);
    return { ok: false, code: "INTERNAL", message: messages.errors.internal };
  }
}
