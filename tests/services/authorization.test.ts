import { beforeEach, describe, expect, it } from "vitest";
import { listUnits } from "@/lib/server/services/units/list-units";
import { getOwnUnit } from "@/lib/server/services/units/get-own-unit";
import { listAuditLog } from "@/lib/server/services/audit/list-audit-log";
import { listUsers } from "@/lib/server/services/users/list-users";
import { getDashboard } from "@/lib/server/services/dashboard/get-dashboard";
import { AppError } from "@/lib/domain/app-error";
import type { SessionUser } from "@/lib/server/session-user";
import { createSessionUser, createUnit, resetDatabase } from "../fixtures/db";

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("role and scope are enforced by the services", () => {
  let fengxiUnit: { id: string };
  let qinhanUnit: { id: string };
  let applicant: SessionUser;
  let fengxiStaff: SessionUser;
  let bureau: SessionUser;
  let admin: SessionUser;

  beforeEach(async () => {
    await resetDatabase();
    fengxiUnit = await createUnit({ newCityId: "FENGXI" });
    qinhanUnit = await createUnit({ newCityId: "QINHAN" });
    applicant = await createSessionUser("APPLICANT_UNIT", { unitId: fengxiUnit.id });
    fengxiStaff = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    bureau = await createSessionUser("BUREAU_OFFICIAL");
    admin = await createSessionUser("ADMIN");
  });

  it("a new city sees only its own units (F2); the bureau and admin see all", async () => {
    expect((await listUnits({ user: fengxiStaff, input: {} })).items.map((u) => u.id)).toEqual([fengxiUnit.id]);
    expect((await listUnits({ user: bureau, input: {} })).total).toBe(2);
    expect((await listUnits({ user: admin, input: {} })).total).toBe(2);
  });

  it("a new city cannot reach another new city's unit by searching its code", async () => {
    const qinhan = (await listUnits({ user: bureau, input: {} })).items.find((u) => u.id === qinhanUnit.id);
    expect((await listUnits({ user: fengxiStaff, input: { q: qinhan?.creditCode } })).total).toBe(0);
  });

  it("an applicant unit may not list units", async () => {
    expect(await refusal(listUnits({ user: applicant, input: {} }))).toBe("FORBIDDEN");
  });

  it("staff without a new city are refused rather than shown everything", async () => {
    const broken = { ...fengxiStaff, newCityId: null };
    expect(await refusal(listUnits({ user: broken, input: {} }))).toBe("FORBIDDEN");
    expect(await refusal(getDashboard({ user: broken }))).toBe("FORBIDDEN");
  });

  it("an applicant sees only its own unit; other roles have no own unit", async () => {
    expect((await getOwnUnit({ user: applicant })).id).toBe(fengxiUnit.id);
    expect(await refusal(getOwnUnit({ user: fengxiStaff }))).toBe("FORBIDDEN");
    expect(await refusal(getOwnUnit({ user: bureau }))).toBe("FORBIDDEN");
    expect(await refusal(getOwnUnit({ user: { ...applicant, unitId: null } }))).toBe("FORBIDDEN");
  });

  it("the audit log is for the bureau and admin only", async () => {
    expect((await listAuditLog({ user: bureau, input: {} })).page).toBe(1);
    expect((await listAuditLog({ user: admin, input: {} })).page).toBe(1);
    expect(await refusal(listAuditLog({ user: applicant, input: {} }))).toBe("FORBIDDEN");
    expect(await refusal(listAuditLog({ user: fengxiStaff, input: {} }))).toBe("FORBIDDEN");
  });

  it("user management is for admin only and never returns password hashes", async () => {
    const users = await listUsers({ user: admin, input: {} });
    expect(users.total).toBe(4);
    expect(JSON.stringify(users)).not.toContain("$2");
    for (const user of [applicant, fengxiStaff, bureau]) expect(await refusal(listUsers({ user, input: {} }))).toBe("FORBIDDEN");
  });

  it("no user at all is UNAUTHENTICATED", async () => {
    expect(await refusal(listUnits({ user: null as unknown as SessionUser, input: {} }))).toBe("UNAUTHENTICATED");
  });

  it("dashboards count within scope", async () => {
    expect((await getDashboard({ user: applicant })).unitCount).toBe(1);
    expect((await getDashboard({ user: fengxiStaff })).unitCount).toBe(1);
    expect((await getDashboard({ user: bureau })).unitCount).toBe(2);
  });

  it("out-of-range or junk page numbers fall back to page 1", async () => {
    expect((await listUnits({ user: bureau, input: { page: -3 } })).page).toBe(1);
    expect((await listUnits({ user: bureau, input: { page: Number.NaN } })).page).toBe(1);
    expect((await listUnits({ user: bureau, input: { page: 9999 } })).items).toEqual([]);
  });
});
