// The money figures every subsidy view reads (RULES.md S2, S3, S8): integer yuan and fen, never
// rounded, and the invariants the books must keep.
import { describe, expect, it } from "vitest";
import { formatFenAsYuan, formatWan, formatYuan, moneyTotals, moneyTotalsFor, reconcile, shareMoney } from "@/lib/domain/money";

describe("formatting", () => {
  it.each([
    [0, "0 元"],
    [100000, "100,000 元"],
    [300000, "300,000 元"],
  ])("formatYuan(%i) = %s", (yuan, text) => expect(formatYuan(yuan)).toBe(text));

  it.each([
    [0, "0.00 元"],
    [5, "0.05 元"],
    [1234567, "12,345.67 元"],
    [-250, "-2.50 元"],
  ])("formatFenAsYuan(%i) = %s", (fen, text) => expect(formatFenAsYuan(fen)).toBe(text));

  it.each([
    [100000, "10 万元"],
    [65000, "6.5 万元"],
    [12345, "1.23 万元"],
  ])("formatWan(%i) = %s", (yuan, text) => expect(formatWan(yuan)).toBe(text));
});

describe("shareMoney and moneyTotals", () => {
  it("counts accepted reports as used, submitted ones as pending, returned ones not at all", () => {
    const money = shareMoney({
      amount: 60000,
      payments: [{ amount: 30000 }, { amount: 20000 }],
      reports: [
        { status: "ACCEPTED", totalFen: 1_000_050 },
        { status: "SUBMITTED", totalFen: 500_000 },
        { status: "RETURNED", totalFen: 9_999_999 },
      ],
    });
    expect(money).toEqual({ share: 60000, paid: 50000, usedFen: 1_000_050, pendingFen: 500_000, remainingFen: 5_000_000 - 1_500_050, unpaid: 10000 });
  });

  it("sums several shares exactly", () => {
    const a = shareMoney({ amount: 60000, payments: [{ amount: 60000 }], reports: [{ status: "ACCEPTED", totalFen: 10 }] });
    const b = shareMoney({ amount: 40000, payments: [], reports: [] });
    expect(moneyTotals({ awards: [{ amount: 100000 }], shares: [a, b] })).toEqual({ awarded: 100000, allocated: 100000, paid: 60000, usedFen: 10, pendingFen: 0, remainingFen: 5_999_990 });
  });
});

describe("moneyTotalsFor: a lead unit's awarded is its own allocation (S8)", () => {
  const own = shareMoney({ amount: 40000, payments: [{ amount: 10000 }], reports: [] });
  it.each([
    [false, 100000],
    [true, 40000],
  ])("ownSharesOnly = %s → awarded %i", (ownSharesOnly, awarded) => {
    expect(moneyTotalsFor({ ownSharesOnly, awards: [{ amount: 100000 }], shares: [own] })).toMatchObject({ awarded, allocated: 40000, paid: 10000 });
  });
});

describe("reconcile: awarded = Σ shares, paid ≤ share, used ≤ paid", () => {
  const ok = shareMoney({ amount: 60000, payments: [{ amount: 60000 }], reports: [{ status: "ACCEPTED", totalFen: 6_000_000 }] });
  it("passes books that agree", () => {
    expect(reconcile({ awards: [{ amount: 100000, status: "ALLOCATED", shares: [ok, shareMoney({ amount: 40000, payments: [], reports: [] })] }] })).toEqual([]);
    expect(reconcile({ awards: [{ amount: 100000, status: "PROPOSED", shares: [] }] })).toEqual([]);
  });

  it("names each broken invariant", () => {
    expect(reconcile({ awards: [{ amount: 100000, status: "ALLOCATED", shares: [ok] }] })).toEqual(["awarded = Σ shares"]);
    const overpaid = shareMoney({ amount: 100, payments: [{ amount: 150 }], reports: [] });
    expect(reconcile({ awards: [{ amount: 100, status: "ALLOCATED", shares: [overpaid] }] })).toEqual(["paid ≤ share"]);
    const overused = shareMoney({ amount: 100, payments: [{ amount: 100 }], reports: [{ status: "SUBMITTED", totalFen: 10_001 }] });
    expect(reconcile({ awards: [{ amount: 100, status: "ALLOCATED", shares: [overused] }] })).toEqual(["used ≤ paid"]);
    expect(reconcile({ awards: [{ amount: 100, status: "APPROVED", shares: [shareMoney({ amount: 100, payments: [], reports: [] })] }] })).toEqual(["shares only once allocated"]);
  });
});
