// Money as the portal shows it, and the figures of the subsidy views (RULES.md S1–S8). Awards,
// shares and payments are integer yuan; use-report lines are integer fen (receipts carry cents).
// Every figure is an integer; nothing here rounds.
import { COUNTED_REPORT_STATUSES, type UsageReportStatus } from "./subsidy-workflow";

const yuanFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });

/** 100000 → "100,000 元"; 0 → "0 元". */
export function formatYuan(yuan: number): string {
  return `${yuanFormat.format(yuan)} 元`;
}

/** 1234567 fen → "12,345.67 元". */
export function formatFenAsYuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${yuanFormat.format(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, "0")} 元`;
}

/** 10万 style, for headings and chips: 100000 → "10 万元"; 65000 → "6.5 万元". */
export function formatWan(yuan: number): string {
  const wan = yuan / 10000;
  return `${Number.isInteger(wan) ? wan : wan.toFixed(wan * 10 === Math.round(wan * 10) ? 1 : 2)} 万元`;
}

export type ShareMoneyInput = {
  amount: number;
  payments: readonly { amount: number }[];
  reports: readonly { status: UsageReportStatus; totalFen: number }[];
};

export type ShareMoney = {
  share: number;
  paid: number;
  /** Accepted by the bureau. */
  usedFen: number;
  /** Filed and waiting for review (counts against what remains, S8). */
  pendingFen: number;
  /** Received and not yet reported: paid − used − pending, in fen. */
  remainingFen: number;
  /** Not yet paid of the share. */
  unpaid: number;
};

/** The figures of one lead unit's share. */
export function shareMoney({ amount, payments, reports }: ShareMoneyInput): ShareMoney {
  const paid = payments.reduce((sum, p) => sum + p.amount, 0);
  const usedFen = reports.filter((r) => r.status === "ACCEPTED").reduce((sum, r) => sum + r.totalFen, 0);
  const counted = reports.filter((r) => (COUNTED_REPORT_STATUSES as readonly string[]).includes(r.status)).reduce((sum, r) => sum + r.totalFen, 0);
  return { share: amount, paid, usedFen, pendingFen: counted - usedFen, remainingFen: paid * 100 - counted, unpaid: amount - paid };
}

export type MoneyTotals = {
  awarded: number;
  allocated: number;
  paid: number;
  usedFen: number;
  pendingFen: number;
  remainingFen: number;
};

/** Sums of several awards' figures (a brand's, a unit's, the programme's). */
export function moneyTotals({ awards, shares }: { awards: readonly { amount: number }[]; shares: readonly ShareMoney[] }): MoneyTotals {
  const sum = (pick: (s: ShareMoney) => number) => shares.reduce((total, s) => total + pick(s), 0);
  return {
    awarded: awards.reduce((total, a) => total + a.amount, 0),
    allocated: sum((s) => s.share),
    paid: sum((s) => s.paid),
    usedFen: sum((s) => s.usedFen),
    pendingFen: sum((s) => s.pendingFen),
    remainingFen: sum((s) => s.remainingFen),
  };
}

/**
 * The totals as one viewer may see them. A lead unit sees only its own shares (S8), so what was
 * "awarded" to it is its allocation, not the brands' whole awards.
 */
export function moneyTotalsFor({ ownSharesOnly, awards, shares }: { ownSharesOnly: boolean; awards: readonly { amount: number }[]; shares: readonly ShareMoney[] }): MoneyTotals {
  const totals = moneyTotals({ awards: ownSharesOnly ? [] : awards, shares });
  return ownSharesOnly ? { ...totals, awarded: totals.allocated } : totals;
}

/**
 * The invariants every screen relies on (S2, S3, S8): an allocated award equals the sum of its
 * shares; nothing is paid above a share; nothing used above what was paid. The names of the
 * broken ones; empty when the books reconcile.
 */
export function reconcile({
  awards,
}: {
  awards: readonly { amount: number; status: string; shares: readonly ShareMoney[] }[];
}): string[] {
  const broken: string[] = [];
  for (const a of awards) {
    const allocated = a.shares.reduce((t, s) => t + s.share, 0);
    if (a.status === "ALLOCATED" && allocated !== a.amount) broken.push("awarded = Σ shares");
    if (a.status !== "ALLOCATED" && a.shares.length > 0) broken.push("shares only once allocated");
    for (const s of a.shares) {
      if (s.paid > s.share) broken.push("paid ≤ share");
      if (s.usedFen + s.pendingFen > s.paid * 100) broken.push("used ≤ paid");
      if (s.paid < 0 || s.usedFen < 0 || s.pendingFen < 0) broken.push("no negatives");
    }
  }
  return [...new Set(broken)];
}
