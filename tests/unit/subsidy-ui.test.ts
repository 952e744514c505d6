import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { allocateAwardSchema, recordPaymentSchema, withSplitRule } from "@/lib/schemas/subsidy";
import type { BrandActions, BrandDetail } from "@/components/brands/types";

// The subsidy forms' shared schemas (the server parses the same ones), and the awards section as
// each role receives it, rendered to markup: what is offered to whom, in which words.

vi.mock("next/navigation", () => ({ useRouter: () => ({ replace: () => undefined, refresh: () => undefined }), usePathname: () => "/bureau/brands/b1" }));

const A = "91610000MA6TG1XX1A";
const B = "91610000MA6TG1XX2B";

describe("allocate-award schema with S3 (withSplitRule)", () => {
  const schema = withSplitRule({ amount: 100000, leadUnitCreditCodes: [A, B] });
  const input = (a: number, b: number, basis = "按贡献") => ({ awardId: "w1", basis, shares: [{ creditCode: A, amount: a }, { creditCode: B, amount: b }] });
  const paths = (value: unknown) => {
    const r = schema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
  };

  it("accepts a split adding up to the award, a share of 0 included", () => {
    expect(paths(input(60000, 40000))).toEqual([]);
    expect(paths(input(100000, 0))).toEqual([]);
  });

  it("refuses with the form's field paths: the sum, a negative or fractional share, a blank basis, an empty amount", () => {
    expect(paths(input(60000, 30000))).toEqual(["shares"]);
    expect(paths(input(110000, -10000))).toContain("shares.1.amount");
    expect(paths(input(60000.5, 39999.5))).toEqual(expect.arrayContaining(["shares.0.amount", "shares.1.amount"]));
    expect(paths(input(60000, 40000, " "))).toEqual(["basis"]);
    expect(paths(input(Number.NaN, 40000))).toContain("shares.0.amount");
  });

  it("the shape alone (what the server parses before the rule) takes any finite figure up to the cap", () => {
    expect(allocateAwardSchema.safeParse(input(60000.5, 1)).success).toBe(true);
    expect(allocateAwardSchema.safeParse(input(300001, 0)).success).toBe(false);
  });
});

describe("record-payment schema", () => {
  const ok = { shareId: "s1", paidOn: "2026-12-01", amount: 30000, voucherNo: "XJ-1", voucherId: "f1" };
  it.each([
    ["paidOn", { paidOn: "2026/12/01" }],
    ["amount", { amount: 0 }],
    ["amount", { amount: 1.5 }],
    ["amount", { amount: -1 }],
    ["voucherNo", { voucherNo: "" }],
    ["voucherNo", { voucherNo: "号".repeat(51) }],
    ["voucherId", { voucherId: "" }],
  ])("refuses a bad %s", (field, patch) => {
    const r = recordPaymentSchema.safeParse({ ...ok, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });
  it("accepts a valid payment", () => expect(recordPaymentSchema.safeParse(ok).success).toBe(true));
});

const money = (share: number, paid: number) => ({ share, paid, usedFen: 0, pendingFen: 0, remainingFen: paid * 100, unpaid: share - paid });

function detail({ role }: { role: "bureau" | "unit" | "newCity" }): BrandDetail {
  const own = role === "unit";
  const shareA = {
    id: "sA", creditCode: A, unitName: "甲公司", hasAccount: true, isOwn: own, amount: 60000, money: money(60000, 30000), nextDueOn: "2027-06-01", overdue: false,
    payments: [{ id: "p1", paidOn: new Date("2026-12-01T00:00:00Z"), amount: 30000, voucherNo: "XJ-1", voucherId: "f1", status: "RECORDED", confirmedAt: null, actions: own ? ["confirmReceipt"] : [] }],
    reports: [], mayReport: false, mayPay: role === "bureau",
  };
  const both = [
    { creditCode: A, unitName: "甲公司" },
    { creditCode: B, unitName: "乙学校" },
  ];
  const shareB = { ...shareA, id: "sB", creditCode: B, unitName: "乙学校", isOwn: false, amount: 40000, money: money(40000, 0), nextDueOn: null, payments: [] };
  return {
    brand: { id: "b1" },
    leadUnits: [
      { creditCode: A, unitName: "甲公司", hasAccount: true, highestLevel: "CITY", status: "ACTIVE", isOwn: own },
      { creditCode: B, unitName: "乙学校", hasAccount: true, highestLevel: "DISTRICT", status: "ACTIVE", isOwn: false },
    ],
    awards: [
      { id: "w1", level: "DISTRICT", amount: 100000, priorAwarded: 0, zeroReason: null, status: "ALLOCATED", awardedOn: new Date("2026-11-30T00:00:00Z"), splitBasis: "按贡献", createdAt: new Date(), actions: [], leadUnits: both, shares: own ? [shareA] : [shareA, shareB] },
      { id: "w2", level: "CITY", amount: 100000, priorAwarded: 100000, zeroReason: null, status: "PROPOSED", awardedOn: null, splitBasis: null, createdAt: new Date(), actions: role === "bureau" ? ["approve"] : [], leadUnits: [both[0]!], shares: [] },
      { id: "w4", level: "DISTRICT", amount: 100000, priorAwarded: 0, zeroReason: null, status: "APPROVED", awardedOn: new Date("2026-11-30T00:00:00Z"), splitBasis: null, createdAt: new Date(), actions: role === "bureau" ? ["allocate"] : [], leadUnits: both, shares: [] },
      { id: "w3", level: "PROVINCE", amount: 0, priorAwarded: 200000, zeroReason: "按现行奖补政策（升级不补差），本级别不再奖补。", status: "PROPOSED", awardedOn: null, splitBasis: null, createdAt: new Date(), actions: [], leadUnits: [both[0]!], shares: [] },
    ],
  } as unknown as BrandDetail;
}

async function render(role: "bureau" | "unit" | "newCity", actions: BrandActions) {
  const { AwardsSection } = await import("@/components/brands/awards-section");
  return renderToStaticMarkup(createElement(AwardsSection, { detail: detail({ role }), actions }));
}

const act = async () => ({ ok: true as const, data: {} });

describe("awards section", () => {
  it("the bureau: amounts in 元 and 万元, the zero reason, 审批 on a proposed award, both shares and 登记拨付", async () => {
    const html = await render("bureau", { approveAward: act, allocateAward: act, recordPayment: act });
    expect(html).toContain("100,000 元");
    expect(html).toContain("10 万元");
    expect(html).toContain("2026-11-30");
    expect(html).toContain("本级别不再奖补");
    expect(html).toContain('data-testid="approve-award-CITY"');
    expect(html).not.toContain('data-testid="approve-award-PROVINCE"');
    expect(html).toContain("甲公司");
    expect(html).toContain("乙学校");
    expect(html).toContain("登记拨付：甲公司");
    expect(html).toContain("/api/brand-files/f1");
    expect(html).not.toContain("确认收款");
    // The split form of the approved award: one amount per lead unit at its level, the sum, the basis.
    expect(html).toContain("甲公司 的份额（元）");
    expect(html).toContain("乙学校 的份额（元）");
    expect(html).toContain('data-testid="split-difference"');
    expect(html).toContain("分配依据");
  });

  it("a unit: only its own share, and 确认收款 on its recorded payment", async () => {
    const html = await render("unit", { confirmPaymentReceipt: act });
    expect(html).toContain("甲公司");
    expect(html).not.toContain("乙学校 的拨付记录");
    expect(html).toContain("确认收款：2026-12-01 拨付的 30,000 元");
    expect(html).not.toContain("登记拨付");
    expect(html).not.toContain("approve-award");
    expect(html).not.toContain("award-split-form");
  });

  it("a new city: read-only", async () => {
    const html = await render("newCity", {});
    expect(html).toContain("本页为只读");
    expect(html).not.toContain("<form");
    expect(html).not.toContain("<button");
  });

  it("no award yet: an empty state", async () => {
    const { AwardsSection } = await import("@/components/brands/awards-section");
    const html = renderToStaticMarkup(createElement(AwardsSection, { detail: { ...detail({ role: "bureau" }), awards: [] } as BrandDetail, actions: {} }));
    expect(html).toContain("暂无奖补记录");
  });
});
