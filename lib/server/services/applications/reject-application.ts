import "server-only";
import type { UseCase } from "@/lib/server/use-case";
import { decideApplication } from "./decide-application";

/** 不予认定 (RULES.md F3), reason required. */
export async function rejectApplication({ user, input, ctx, now = new Date() }: UseCase) {
  const { status } = await decideApplication({
    user,
    input,
    ctx,
    now,
    action: "reject",
    check: async ({ decision }) => ({ decisionReason: decision.comment }),
  });
  return { status };
}
