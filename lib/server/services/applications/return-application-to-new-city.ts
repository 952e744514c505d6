import "server-only";
import type { UseCase } from "@/lib/server/use-case";
import { decideApplication } from "./decide-application";

/** 新区退回新城 (RULES.md F3), reason required. */
export async function returnApplicationToNewCity({ user, input, ctx, now = new Date() }: UseCase) {
  const { status } = await decideApplication({ user, input, ctx, now, action: "bureauReturnToNewCity" });
  return { status };
}
