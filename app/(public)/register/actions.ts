"use server";

import { registerUnit } from "@/lib/server/services/units/register-unit";
import { toActionResult } from "@/lib/server/action-result";

/** 申报单位注册 — anonymous; the service validates everything again. */
export async function registerUnitAction(input: unknown) {
  return toActionResult(async () => {
    const { loginName } = await registerUnit(input);
    return { loginName };
  });
}
