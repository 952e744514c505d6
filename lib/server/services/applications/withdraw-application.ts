import "server-only";
import type { UseCase } from "@/lib/server/use-case";
import { decideApplication } from "./decide-application";

/** 撤回申报 by the applicant, before a recommendation. */
export async function withdrawApplication({ user, input, ctx, now = new Date() }: UseCase) {
  const { status } = await decideApplication({ user, input, ctx, now, action: "withdraw" });
  return { status };
}
