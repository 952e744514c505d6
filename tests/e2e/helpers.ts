import { expect, type Page } from "@playwright/test";

// Demo accounts created by prisma/seed.ts (also listed in the README).
export const DEMO_PASSWORD = "Xixian@2026";
export const DEMO = {
  admin: "admin",
  bureau: "bureau",
  bureau2: "bureau2",
  fengxi: "fengxi",
  qinhan: "qinhan",
  unitFengxi: "91611105MA6W0H1A18",
} as const;

export async function login(page: Page, loginName: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("账号").fill(loginName);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

export function portalNav(page: Page) {
  return page.getByRole("navigation", { name: "工作台导航" });
}

// The declaration checkboxes are labelled with the eligibility module's own wording.
export { UNIT_DECLARATIONS, APPLICATION_DECLARATIONS } from "../../lib/eligibility/lead-unit";

/** Ticks every checkbox with one of these labels (the first match of each, i.e. the applicant's own). */
export async function tickAll(page: Page, list: readonly { label: string }[]) {
  for (const { label } of list) await page.getByLabel(label).first().check();
}
