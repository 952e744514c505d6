import "server-only";
import type { UseCase } from "@/lib/server/use-case";
import { decideApplication } from "./decide-application";

/** 新城推荐 (RULES.md F2), with the recommendation opinion. */
export async function recommendApplication({ user, input, ctx, now = new Date() }: UseCase) {
  const { status } = await decideApplication({
    user,
    input,
    ctx,
    now,
    action: "recommend",
    check: async ({ decision }) => ({ recommendationOpinion: decision.comment }),
  });
  return { status };
}
