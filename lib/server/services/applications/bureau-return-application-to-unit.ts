import "server-only";
import type { UseCase } from "@/lib/server/use-case";
import { decideApplication, saveFieldComments } from "./decide-application";

/** 新区退回单位修改 (RULES.md F3), reason required, optional comments on fields. */
export async function bureauReturnApplicationToUnit({ user, input, ctx, now = new Date() }: UseCase) {
  const { status } = await decideApplication({
    user,
    input,
    ctx,
    now,
    action: "bureauReturnToUnit",
    after: ({ tx, app, decision }) => saveFieldComments({ tx, user, app, decision }),
  });
  return { status };
}
