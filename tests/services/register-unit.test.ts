import { beforeEach, describe, expect, it } from "vitest";
import { registerUnit } from "@/lib/server/services/units/register-unit";
import { authenticate } from "@/lib/server/services/auth/authenticate";
import { AppError } from "@/lib/domain/app-error";
import { resetDatabase, testDb } from "../fixtures/db";
import { makeCreditCode } from "../fixtures/credit-codes";

const code = makeCreditCode(4242);

function validInput(overrides: Record<string, unknown> = {}) {
  return {
    creditCode: code,
    name: "西咸新区好帮手家政服务有限公司",
    tradeName: "好帮手",
    type: "ENTERPRISE",
    newCityId: "FENGXI",
    registrationDate: "2019-05-20",
    address: "陕西省西咸新区沣西新城统一路88号",
    contactName: "王丽",
    contactPhone: "13891234567",
    password: "Goodpass1",
    confirmPassword: "Goodpass1",
    ...overrides,
  };
}

async function counts() {
  const db = testDb();
  return { units: await db.unit.count(), users: await db.user.count(), audits: await db.auditLog.count() };
}

async function expectRefused(input: unknown, field: string, messagePart: string) {
  const before = await counts();
  const error = await registerUnit({ input }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.fieldErrors?.[field]?.join(" ")).toContain(messagePart);
  expect(await counts()).toEqual(before);
}

describe("registerUnit (申报单位注册)", () => {
  beforeEach(resetDatabase);

  it("writes the unit, its applicant account and an audit row in one go", async () => {
    const result = await registerUnit({ input: validInput() });
    const db = testDb();
    const unit = await db.unit.findUniqueOrThrow({ where: { creditCode: code } });
    expect(unit).toMatchObject({ name: "西咸新区好帮手家政服务有限公司", tradeName: "好帮手", newCityId: "FENGXI", type: "ENTERPRISE" });
    expect(unit.registrationDate.toISOString()).toBe("2019-05-20T00:00:00.000Z");
    const user = await db.user.findUniqueOrThrow({ where: { loginName: code }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ role: "APPLICANT_UNIT", unitId: unit.id, newCityId: null });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(user.passwordHash).not.toContain("Goodpass1");
    const audit = await db.auditLog.findMany({ where: { entityId: unit.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "unit.register", actorId: user.id, actorRole: "APPLICANT_UNIT", toState: "REGISTERED" });
    expect(JSON.stringify(audit[0]?.changes)).not.toContain("Goodpass1");
    expect(result).toEqual({ userId: user.id, unitId: unit.id, loginName: code });
  });

  it("normalises a lower-case, full-width code and the unit can then sign in with it", async () => {
    const messy = ` ${code.toLowerCase().replace(/[0-9]/, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))} `;
    await registerUnit({ input: validInput({ creditCode: messy }) });
    expect(await testDb().unit.count({ where: { creditCode: code } })).toBe(1);
    const login = await authenticate({ input: { loginName: code.toLowerCase(), password: "Goodpass1" } });
    expect(login.ok).toBe(true);
    expect(login.ok && login.user.role).toBe("APPLICANT_UNIT");
  });

  it("U5: refuses a code with a wrong check character and writes nothing", async () => {
    const last = code.at(-1) === "0" ? "1" : "0";
    await expectRefused(validInput({ creditCode: code.slice(0, 17) + last }), "creditCode", "校验");
  });

  it("U5: refuses codes of the wrong length or with illegal letters", async () => {
    await expectRefused(validInput({ creditCode: code.slice(0, 17) }), "creditCode", "18");
    await expectRefused(validInput({ creditCode: `${code.slice(0, 10)}O${code.slice(11)}` }), "creditCode", "O");
  });

  it("refuses a duplicate code with a clear message and leaves the first registration alone", async () => {
    await registerUnit({ input: validInput() });
    await expectRefused(validInput({ name: "另一家公司" }), "creditCode", "已注册");
    expect((await testDb().unit.findUniqueOrThrow({ where: { creditCode: code } })).name).toBe("西咸新区好帮手家政服务有限公司");
  });

  it("two simultaneous registrations of one code: exactly one succeeds", async () => {
    const results = await Promise.allSettled([registerUnit({ input: validInput() }), registerUnit({ input: validInput() })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    expect(await counts()).toEqual({ units: 1, users: 1, audits: 1 });
  });

  it.each([
    ["short", "Ab1!"],
    ["only two classes", "abcdefgh1"],
    ["only lower case", "abcdefghijk"],
  ])("refuses a weak password (%s)", async (_, password) => {
    await expectRefused(validInput({ password, confirmPassword: password }), "password", "至少8位");
  });

  it("refuses a password confirmation that differs", async () => {
    await expectRefused(validInput({ confirmPassword: "Goodpass2" }), "confirmPassword", "不一致");
  });

  it("refuses an unknown new city and an unknown unit type", async () => {
    await expectRefused(validInput({ newCityId: "XIAN" }), "newCityId", "新城");
    await expectRefused(validInput({ type: "BANK" }), "type", "单位类型");
  });

  it("refuses missing fields, a future registration date and a bad phone number", async () => {
    await expectRefused(validInput({ name: "   " }), "name", "请填写单位名称");
    await expectRefused(validInput({ registrationDate: "2999-01-01" }), "registrationDate", "不能晚于今天");
    await expectRefused(validInput({ registrationDate: "2023-02-30" }), "registrationDate", "有效日期");
    await expectRefused(validInput({ contactPhone: "12345" }), "contactPhone", "联系电话");
    await expectRefused({}, "creditCode", "统一社会信用代码");
  });

  it("refuses over-long text", async () => {
    await expectRefused(validInput({ address: "路".repeat(201) }), "address", "不能超过200个字符");
  });
});

describe("authenticate (登录)", () => {
  beforeEach(resetDatabase);

  it("accepts the right password and refuses a wrong one or an unknown account alike", async () => {
    await registerUnit({ input: validInput() });
    expect((await authenticate({ input: { loginName: code, password: "Goodpass1" } })).ok).toBe(true);
    expect(await authenticate({ input: { loginName: code, password: "Wrongpass1" } })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ input: { loginName: "nobody", password: "Goodpass1" } })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ input: { loginName: "", password: "" } })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ input: null })).toEqual({ ok: false, reason: "invalid" });
  });

  it("records every login and every failed one in the audit log, with address and user agent (等保 登录失败处理)", async () => {
    const { userId } = await registerUnit({ input: validInput() });
    const ctx = { ip: "10.1.2.3", userAgent: "Mozilla/5.0 test" };
    await authenticate({ input: { loginName: code, password: "Goodpass1" }, ctx });
    await authenticate({ input: { loginName: code, password: "Wrongpass1" }, ctx });
    await authenticate({ input: { loginName: "nobody", password: "Goodpass1" }, ctx });
    const rows = await testDb().auditLog.findMany({ where: { action: { startsWith: "auth." } }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(rows.map((r) => [r.action, r.actorId, r.entityId, r.ip, r.userAgent])).toEqual([
      ["auth.login", userId, userId, "10.1.2.3", "Mozilla/5.0 test"],
      ["auth.login-failed", null, userId, "10.1.2.3", "Mozilla/5.0 test"],
      ["auth.login-failed", null, "nobody", "10.1.2.3", "Mozilla/5.0 test"],
    ]);
  });

  it("refuses a disabled account", async () => {
    await registerUnit({ input: validInput() });
    await testDb().user.update({ where: { loginName: code }, data: { active: false } });
    expect(await authenticate({ input: { loginName: code, password: "Goodpass1" } })).toEqual({ ok: false, reason: "inactive" });
  });
});
