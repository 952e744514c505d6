"use server";

import { registerUnitAction as registerUnit } from "@/lib/server/actions/account-actions";

/** 申报单位注册 — anonymous; the service validates everything again. */
export async function registerUnitAction(input: unknown) {
  return registerUnit(input);
}
