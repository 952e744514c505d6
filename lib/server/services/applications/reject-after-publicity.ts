import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { mayRejectAfterPublicity } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { Effects } from "@/lib/server/effects";
import type { UseCase } from "@/lib/server/use-case";
import { decideApplication } from "./decide-application";

const w = messages.workflowErrors;

/** 公示后不予认定: only once the period is over and an objection was upheld. */
export async function rejectAfterPublicity({ user, input, ctx, now = new Date() }: UseCase) {
  const { status, result: noticeId } = await decideApplication({
    user,
    input,
    ctx,
    now,
    action: "rejectAfterPublicity",
    check: async ({ app, decision }) => {
      const notice = app.publicityNotice;
      const publicity = mayRejectAfterPublicity({ notice, objections: notice?.objections ?? [], now });
      if (!publicity.ok) throw new AppError({ code: "RULE_VIOLATION", message: w[publicity.reason] });
      return { decisionReason: decision.comment };
    },
    after: async ({ app }) => app.publicityNotice?.id ?? null,
  });
  // The notice now shows its negative result.
  const effects: Effects = { noticeIds: noticeId ? [noticeId] : [] };
  return { status, noticeId, effects };
}
