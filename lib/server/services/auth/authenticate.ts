import "server-only";
import { db } from "@/lib/server/db";
import { verifyPassword, DUMMY_HASH } from "@/lib/server/password";
import { loginSchema } from "@/lib/schemas/login";
import { checkCreditCode } from "@/lib/eligibility";
import { isRole } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/session-user";
import { writeAudit } from "@/lib/server/audit";
import type { UseCase } from "@/lib/server/use-case";

export type AuthenticateResult = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "inactive" };

/** Units sign in with their credit code in any case or width; staff with their account name. */
export function normaliseLoginName(raw: string): string {
  const verdict = checkCreditCode(raw);
  return verdict.ok && verdict.normalized ? verdict.normalized : raw.trim().toLowerCase();
}

/**
 * Checks a login name and password. Wrong name and wrong password look the same to the caller.
 * Every attempt with a login name is recorded in the audit log — success and failure, with the
 * address and user agent (等保 2.0: 登录失败处理 needs the failures on record).
 */
export async function authenticate({ input, ctx, now = new Date() }: Omit<UseCase, "user">): Promise<AuthenticateResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const loginName = normaliseLoginName(parsed.data.loginName);
  const failed = async (reason: "invalid" | "inactive", userId: string | null): Promise<AuthenticateResult> => {
    await writeAudit(db, {
      actor: null,
      ctx,
      action: "auth.login-failed",
      entityType: "User",
      // The account when it exists; otherwise the name that was tried (bounded), so repeated
      // guessing at one name shows up in the log.
      entityId: userId ?? loginName.slice(0, 64),
      comment: reason === "inactive" ? "账号已停用" : "账号或密码错误",
    });
    return { ok: false, reason };
  };

  const user = await db.user.findUnique({
    where: { loginName },
    omit: { passwordHash: false },
  });
  const passwordOk = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !passwordOk || !isRole(user.role)) return failed("invalid", user?.id ?? null);
  if (!user.active) return failed("inactive", user.id);

  const role = user.role;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await writeAudit(tx, { actor: { id: user.id, role }, ctx, action: "auth.login", entityType: "User", entityId: user.id });
  });
  return {
    ok: true,
    user: { id: user.id, role: user.role, displayName: user.displayName, unitId: user.unitId, newCityId: user.newCityId },
  };
}
