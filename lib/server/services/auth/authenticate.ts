import "server-only";
import { db } from "@/lib/server/db";
import { verifyPassword, DUMMY_HASH } from "@/lib/server/password";
import { loginSchema } from "@/lib/schemas/login";
import { checkCreditCode } from "@/lib/eligibility";
import { isRole } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/session-user";

export type AuthenticateResult = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "inactive" };

/** Units sign in with their credit code in any case or width; staff with their account name. */
export function normaliseLoginName(raw: string): string {
  const verdict = checkCreditCode(raw);
  return verdict.ok && verdict.normalized ? verdict.normalized : raw.trim().toLowerCase();
}

/** Checks a login name and password. Wrong name and wrong password look the same to the caller. */
export async function authenticate(input: unknown): Promise<AuthenticateResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const loginName = normaliseLoginName(parsed.data.loginName);

  const user = await db.user.findUnique({
    where: { loginName },
    omit: { passwordHash: false },
  });
  const passwordOk = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !passwordOk || !isRole(user.role)) return { ok: false, reason: "invalid" };
  if (!user.active) return { ok: false, reason: "inactive" };

  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return {
    ok: true,
    user: { id: user.id, role: user.role, displayName: user.displayName, unitId: user.unitId, newCityId: user.newCityId },
  };
}
