import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { statesAwaiting } from "@/lib/domain/workflow";
import { PUSH_WORKFLOW } from "@/lib/domain/push-workflow";
import { AWARD_WORKFLOW, PAYMENT_WORKFLOW, USAGE_REPORT_WORKFLOW } from "@/lib/domain/subsidy-workflow";
import { shareWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";
import type { LevelCode } from "@/lib/eligibility";

export type BrandActionItem = {
  id: string;
  brandId: string;
  brandName: string;
  at: Date;
  level?: LevelCode;
  status?: string;
  /** Yuan. */
  amount?: number;
  unitName?: string;
  comment?: string | null;
};
export type BrandActionGroup = { key: "awards" | "reports" | "pushes" | "payments" | "returnedReports"; items: BrandActionItem[]; total: number };

const LIMIT = 5;

/**
 * 待办 of a brand's life, by role, from the workflow tables (the states from which the role has a
 * move): the bureau's awards to approve or split, use reports to review and pushes awaiting their
 * outcome; a unit's payments to confirm and its returned reports (only its own shares, S8).
 */
export async function listBrandActionItems({ user }: Pick<UseCase, "user">): Promise<BrandActionGroup[]> {
  assertPermission(user, "brand:view");
  const role = user.role;
  const group = async (key: BrandActionGroup["key"], load: () => Promise<[number, BrandActionItem[]]>): Promise<BrandActionGroup> => {
    const [total, items] = await load();
    return { key, total, items };
  };
  if (role === "BUREAU_OFFICIAL") {
    const awardStates = statesAwaiting(AWARD_WORKFLOW, role);
    const reportStates = statesAwaiting(USAGE_REPORT_WORKFLOW, role);
    const pushStates = statesAwaiting(PUSH_WORKFLOW, role);
    return Promise.all([
      group("awards", async () => {
        const where = { status: { in: [...awardStates] } };
        const [total, rows] = await Promise.all([
          db.subsidyAward.count({ where }),
          db.subsidyAward.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: LIMIT, include: { brand: { select: { name: true } } } }),
        ]);
        return [total, rows.map((a) => ({ id: a.id, brandId: a.brandId, brandName: a.brand.name, level: a.level, status: a.status, amount: a.amount, at: a.createdAt }))];
      }),
      group("reports", async () => {
        const where = { status: { in: [...reportStates] } };
        const [total, rows] = await Promise.all([
          db.usageReport.count({ where }),
          db.usageReport.findMany({ where, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], take: LIMIT, include: { share: { select: { unitName: true, award: { select: { brand: { select: { name: true } } } } } } } }),
        ]);
        return [total, rows.map((r) => ({ id: r.id, brandId: r.brandId, brandName: r.share.award.brand.name, unitName: r.share.unitName, at: r.submittedAt }))];
      }),
      group("pushes", async () => {
        const where = { status: { in: [...pushStates] } };
        const [total, rows] = await Promise.all([
          db.brandPush.count({ where }),
          db.brandPush.findMany({ where, orderBy: [{ pushedOn: "asc" }, { id: "asc" }], take: LIMIT, include: { brand: { select: { name: true } } } }),
        ]);
        return [total, rows.map((p) => ({ id: p.id, brandId: p.brandId, brandName: p.brand.name, level: p.toLevel, at: p.pushedOn }))];
      }),
    ]);
  }
  if (role === "APPLICANT_UNIT") {
    const own = shareWhere(user);
    return Promise.all([
      group("payments", async () => {
        const where = { status: { in: [...statesAwaiting(PAYMENT_WORKFLOW, role)] }, share: own };
        const [total, rows] = await Promise.all([
          db.subsidyPayment.count({ where }),
          db.subsidyPayment.findMany({ where, orderBy: [{ paidOn: "asc" }, { id: "asc" }], take: LIMIT, include: { share: { select: { brandId: true, award: { select: { brand: { select: { name: true } } } } } } } }),
        ]);
        return [total, rows.map((p) => ({ id: p.id, brandId: p.share.brandId, brandName: p.share.award.brand.name, amount: p.amount, at: p.paidOn }))];
      }),
      group("returnedReports", async () => {
        const where = { status: { in: [...statesAwaiting(USAGE_REPORT_WORKFLOW, role)] }, share: own };
        const [total, rows] = await Promise.all([
          db.usageReport.count({ where }),
          db.usageReport.findMany({ where, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: LIMIT, include: { share: { select: { award: { select: { brand: { select: { name: true } } } } } } } }),
        ]);
        return [total, rows.map((r) => ({ id: r.id, brandId: r.brandId, brandName: r.share.award.brand.name, comment: r.reviewComment, at: r.updatedAt }))];
      }),
    ]);
  }
  return [];
}
