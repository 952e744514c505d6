import { describe, expect, it } from "vitest";
import { assertPermission, hasPermission, mayEnterArea, ROLE_PERMISSIONS } from "@/lib/domain/permissions";
import { isStrongPassword, passwordClassCount } from "@/lib/domain/password-policy";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";
import { parsePage, pageCountOf } from "@/lib/domain/pagination";
import { formatCalendarDate, formatDateTime, formatTime, parseCalendarDate, shanghaiToday } from "@/lib/domain/dates";
import { parsePolicyText } from "@/lib/domain/policy-text";
import { AppError } from "@/lib/domain/app-error";
import { ROLES } from "@/lib/domain/roles";
import { readFileSync } from "node:fs";

describe("permissions table", () => {
  it("every permission names only known roles, and each area admits exactly its role", () => {
    for (const roles of Object.values(ROLE_PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
    expect(mayEnterArea("APPLICANT_UNIT", "unit")).toBe(true);
    expect(mayEnterArea("APPLICANT_UNIT", "bureau")).toBe(false);
    expect(mayEnterArea("NEW_CITY_STAFF", "new-city")).toBe(true);
    expect(mayEnterArea("NEW_CITY_STAFF", "admin")).toBe(false);
    expect(mayEnterArea("BUREAU_OFFICIAL", "bureau")).toBe(true);
    expect(mayEnterArea("ADMIN", "admin")).toBe(true);
    expect(mayEnterArea(undefined, "unit")).toBe(false);
  });

  it("assertPermission refuses the wrong role with FORBIDDEN and no user with UNAUTHENTICATED", () => {
    expect(() => assertPermission({ role: "BUREAU_OFFICIAL" }, "application:recognise")).not.toThrow();
    expect(() => assertPermission({ role: "NEW_CITY_STAFF" }, "application:recognise")).toThrow(AppError);
    try {
      assertPermission(null, "portal:access");
    } catch (e) {
      expect((e as AppError).code).toBe("UNAUTHENTICATED");
      expect((e as AppError).status).toBe(401);
    }
    expect(hasPermission("APPLICANT_UNIT", "user:manage")).toBe(false);
    expect(hasPermission("ADMIN", "user:manage")).toBe(true);
  });
});

describe("password policy (8+ characters, 3 of 4 classes)", () => {
  it.each([
    ["Abcdef1!", true],
    ["abcdef1!", true],
    ["Abcdefg1", true],
    ["Abc1!", false],
    ["abcdefgh", false],
    ["abcdefg1", false],
    ["ABCDEFG1", false],
    ["密码密码密码12a", true],
    [`Aa1${"x".repeat(70)}`, false],
  ])("%s → %s", (pw, ok) => expect(isStrongPassword(pw)).toBe(ok));

  it("counts character classes", () => expect(passwordClassCount("aA1!")).toBe(4));
});

describe("safeCallbackPath", () => {
  it.each([
    ["/unit", "/unit"],
    ["/bureau/audit?page=2", "/bureau/audit?page=2"],
    ["https://evil.example", "/portal"],
    ["//evil.example", "/portal"],
    ["/\\evil.example", "/portal"],
    ["/login", "/portal"],
    [undefined, "/portal"],
  ])("%s → %s", (input, out) => expect(safeCallbackPath(input)).toBe(out));
});

describe("pagination", () => {
  it.each([
    [undefined, 1],
    ["2", 2],
    ["0", 1],
    ["-1", 1],
    ["abc", 1],
    ["1e3", 1],
    [["3", "4"], 3],
    ["<script>", 1],
  ])("parsePage(%j) = %d", (raw, page) => expect(parsePage(raw as string)).toBe(page));

  it("page counts", () => {
    expect(pageCountOf(0)).toBe(1);
    expect(pageCountOf(20)).toBe(1);
    expect(pageCountOf(21)).toBe(2);
  });
});

describe("dates: stored in UTC, shown in Asia/Shanghai", () => {
  it("formats instants in Shanghai time whatever the machine's zone", () => {
    const instant = new Date("2026-11-26T16:30:00Z");
    expect(formatDateTime(instant)).toBe("2026-11-27 00:30");
    expect(formatTime(instant)).toBe("00:30");
    expect(shanghaiToday(instant)).toBe("2026-11-27");
  });

  it("parses only real calendar dates", () => {
    expect(parseCalendarDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseCalendarDate("2023-02-29")).toBeNull();
    expect(parseCalendarDate("2023-13-01")).toBeNull();
    expect(parseCalendarDate("20230101")).toBeNull();
    expect(formatCalendarDate(new Date("2019-05-20T00:00:00Z"))).toBe("2019-05-20");
  });
});

describe("policy document", () => {
  it("keeps the whole plan: title, headings and every paragraph", () => {
    const source = readFileSync("lib/content/xixian-labor-brand-plan-2024.zh.txt", "utf8");
    const doc = parsePolicyText(source);
    expect(doc.title).toBe("关于印发《西咸新区劳务品牌培育工程实施方案》的通知");
    expect(doc.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(
      expect.arrayContaining(["西咸新区劳务品牌培育工程实施方案", "一、目标任务", "二、工作措施", "三、工作要求", "1.劳务品牌基本条件"]),
    );
    expect(doc.blocks.filter((b) => b.kind === "signature").map((b) => b.text)).toEqual(["陕西省西咸新区社会事业服务局", "2024年4月19日"]);
    const text = doc.blocks.map((b) => b.text).join("");
    expect(text).toContain("新区级劳务品牌带动劳动力就业创业超过500人");
    expect(text).toContain("5年内不得再次申报");
  });
});
