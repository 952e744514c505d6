import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/domain/app-error";
import { getApplication } from "@/lib/server/services/applications/get-application";
import type { SessionUser } from "@/lib/server/session-user";

/** The unit's application, or the 404 page when it is not (or not visibly) there. */
export async function loadApplication(user: SessionUser, id: string) {
  try {
    return await getApplication({ user, input: { applicationId: id } });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** The reason of the latest return to the unit (the timeline's newest entry into RETURNED_TO_UNIT). */
export function returnReasonOf(timeline: readonly { toState: string | null; comment: string | null }[]): string | null {
  const entry = [...timeline].reverse().find((t) => t.toState === "RETURNED_TO_UNIT");
  return entry?.comment ?? null;
}
