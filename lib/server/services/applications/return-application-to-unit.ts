import "server-only";
import type { UseCase } from "@/lib/server/use-case";
import { decideApplication, saveFieldComments } from "./decide-application";

/** 新城退回修改 (RULES.md F2), with a reason and optional comments on fields. */
export async function returnApplicationToUnit({ user, input, ctx, now = new Date() }: UseCase) {
  const { status } = await decideApplication({
    user,
    input,
    ctx,
    now,
    action: "returnToUnit",
    after: ({ tx, app, decision }) => saveFieldComments({ tx, user, app, decision }),
  });
  return { status };
}
