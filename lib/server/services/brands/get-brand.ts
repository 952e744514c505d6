import "server-only";
import { db } from "@/lib/server/db";
import { availableActions } from "@/lib/domain/workflow";
import { hasPermission, assertPermission } from "@/lib/domain/permissions";
import { moneyTotalsFor, reconcile, type MoneyTotals, type ShareMoney } from "@/lib/domain/money";
import { PUSH_WORKFLOW, type PushAction, type PushStatus } from "@/lib/domain/push-workflow";
import {
  AWARD_WORKFLOW,
  PAYMENT_WORKFLOW,
  USAGE_REPORT_WORKFLOW,
  type AwardAction,
  type AwardStatus,
  type PaymentAction,
  type PaymentStatus,
  type UsageReportAction,
  type UsageReportStatus,
} from "@/lib/domain/subsidy-workflow";
import type { RecognitionSource } from "@/lib/domain/brand-files";
import { levelRank, nextLevel, type LevelCode, type PaymentMethodCode, type UsagePurposeCode } from "@/lib/eligibility";
import { shareWhere } from "@/lib/server/scope";
import type { UseCase } from "@/lib/server/use-case";
import { shareFigures } from "../subsidies/share-figures";
import { findVisibleBrand } from "./find-visible-brand";

export type BrandLevelEntry = {
  id: string;
  level: LevelCode;
  recognisedOn: Date;
  source: RecognitionSource;
  certificateNo: string | null;
  issuingBody: string | null;
  documentNo: string | null;
  documentId: string | null;
  status: "ACTIVE" | "REVOKED";
};

export type BrandLeadUnit = { creditCode: string; unitName: string; hasAccount: boolean; highestLevel: LevelCode; status: "ACTIVE" | "REVOKED"; isOwn: boolean };

export type BrandPushEntry = {
  id: string;
  fromLevel: LevelCode;
  toLevel: LevelCode;
  status: PushStatus;
  opinion: string;
  pushedOn: Date;
  outcomeOn: Date | null;
  outcomeNote: string | null;
  actions: PushAction[];
};

export type UsageLineEntry = {
  id: string;
  position: number;
  spentOn: Date;
  purpose: UsagePurposeCode;
  amountFen: number;
  paymentMethod: PaymentMethodCode;
  payee: string;
  description: string | null;
  voucherId: string | null;
};

export type UsageReportEntry = {
  id: string;
  sequence: number;
  status: UsageReportStatus;
  totalFen: number;
  submittedAt: Date;
  reviewedAt: Date | null;
  reviewComment: string | null;
  lines: UsageLineEntry[];
  actions: UsageReportAction[];
};

export type PaymentEntry = {
  id: string;
  paidOn: Date;
  amount: number;
  voucherNo: string;
  voucherId: string | null;
  status: PaymentStatus;
  confirmedAt: Date | null;
  actions: PaymentAction[];
};

export type ShareEntry = {
  id: string;
  creditCode: string;
  unitName: string;
  hasAccount: boolean;
  isOwn: boolean;
  amount: number;
  money: ShareMoney;
  nextDueOn: string | null;
  overdue: boolean;
  payments: PaymentEntry[];
  reports: UsageReportEntry[];
  /** The unit may file a report now (its own share, money received and not all reported, none waiting). */
  mayReport: boolean;
  /** The bureau may record a payment (something of the share is unpaid). */
  mayPay: boolean;
};

export type AwardEntry = {
  id: string;
  level: LevelCode;
  amount: number;
  priorAwarded: number;
  zeroReason: string | null;
  status: AwardStatus;
  awardedOn: Date | null;
  splitBasis: string | null;
  createdAt: Date;
  actions: AwardAction[];
  /** The lead units holding an ACTIVE title at the award's level: whom the split is among (S3). */
  leadUnits: { creditCode: string; unitName: string }[];
  shares: ShareEntry[];
};

export type BrandTimelineEntry = {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  actorRole: string | null;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
};

export type BrandDetail = Awaited<ReturnType<typeof getBrand>>;

/**
 * 品牌详情 (portal): the level history, lead units, pushes, awards with their shares, payments and
 * use reports, the money figures and the trail — each as this user may see it. A unit sees only its
 * own shares (S8); a new city sees its brands read-only (no actions); the bureau sees and acts on all.
 */
export async function getBrand({ user, input, now = new Date() }: Pick<UseCase<{ brandId: unknown }>, "user" | "input" | "now">) {
  assertPermission(user, "brand:view");
  const found = await findVisibleBrand(user, input.brandId);
  const brand = await db.brand.findUniqueOrThrow({
    where: { id: found.id },
    include: {
      newCity: { select: { name: true } },
      recognitions: { orderBy: [{ recognisedOn: "asc" }, { createdAt: "asc" }] },
      leadUnits: { select: { creditCode: true, unitName: true, unitId: true, level: true, status: true, recognitionId: true } },
      pushes: { orderBy: [{ pushedOn: "desc" }, { createdAt: "desc" }] },
      applications: { where: { status: "RECOGNISED" }, select: { id: true }, take: 1 },
      subsidyAwards: {
        orderBy: [{ createdAt: "asc" }],
        include: {
          shares: {
            where: shareWhere(user),
            orderBy: [{ amount: "desc" }, { creditCode: "asc" }],
            include: {
              payments: { orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }] },
              reports: { orderBy: { sequence: "asc" }, include: { lines: { orderBy: { position: "asc" } } } },
            },
          },
        },
      },
    },
  });
  const figures = new Map((await shareFigures({ where: { AND: [shareWhere(user), { brandId: brand.id }] }, now })).map((f) => [f.shareId, f]));

  const levels: BrandLevelEntry[] = brand.recognitions.map((r) => ({
    id: r.id,
    level: r.level,
    recognisedOn: r.recognisedOn,
    source: r.source,
    certificateNo: r.certificateNo,
    issuingBody: r.issuingBody,
    documentNo: r.documentNo,
    documentId: r.documentId,
    status: r.status,
  }));

  const units = new Map<string, BrandLeadUnit>();
  for (const u of brand.leadUnits) {
    const held = units.get(u.creditCode);
    const active = u.status === "ACTIVE";
    if (!held || (active && (held.status !== "ACTIVE" || levelRank(u.level) > levelRank(held.highestLevel)))) {
      units.set(u.creditCode, { creditCode: u.creditCode, unitName: u.unitName, hasAccount: !!u.unitId, highestLevel: u.level, status: u.status, isOwn: !!user.unitId && u.unitId === user.unitId });
    }
  }

  const pushes: BrandPushEntry[] = brand.pushes.map((p) => ({
    id: p.id,
    fromLevel: p.fromLevel,
    toLevel: p.toLevel,
    status: p.status,
    opinion: p.opinion,
    pushedOn: p.pushedOn,
    outcomeOn: p.outcomeOn,
    outcomeNote: p.outcomeNote,
    actions: availableActions(PUSH_WORKFLOW, { role: user.role, status: p.status }),
  }));

  const awards: AwardEntry[] = brand.subsidyAwards.map((a) => ({
    id: a.id,
    level: a.level,
    amount: a.amount,
    priorAwarded: a.priorAwarded,
    zeroReason: a.zeroReason,
    status: a.status,
    awardedOn: a.awardedOn,
    splitBasis: a.splitBasis,
    createdAt: a.createdAt,
    actions: availableActions(AWARD_WORKFLOW, { role: user.role, status: a.status }),
    leadUnits: brand.leadUnits.filter((u) => u.recognitionId === a.recognitionId && u.status === "ACTIVE").map((u) => ({ creditCode: u.creditCode, unitName: u.unitName })),
    shares: a.shares.map((s) => {
      const f = figures.get(s.id);
      const money = f?.money ?? { share: s.amount, paid: 0, usedFen: 0, pendingFen: 0, remainingFen: 0, unpaid: s.amount };
      const isOwn = !!user.unitId && s.unitId === user.unitId;
      const waiting = s.reports.some((r) => r.status !== "ACCEPTED");
      return {
        id: s.id,
        creditCode: s.creditCode,
        unitName: s.unitName,
        hasAccount: !!s.unitId,
        isOwn,
        amount: s.amount,
        money,
        nextDueOn: f?.nextDueOn ?? null,
        overdue: !!f?.schedule.due && f.schedule.overdue,
        payments: s.payments.map((p) => ({
          id: p.id,
          paidOn: p.paidOn,
          amount: p.amount,
          voucherNo: p.voucherNo,
          voucherId: p.voucherId,
          status: p.status,
          confirmedAt: p.confirmedAt,
          actions: isOwn ? availableActions(PAYMENT_WORKFLOW, { role: user.role, status: p.status }) : [],
        })),
        reports: s.reports.map((r) => ({
          id: r.id,
          sequence: r.sequence,
          status: r.status,
          totalFen: r.totalFen,
          submittedAt: r.submittedAt,
          reviewedAt: r.reviewedAt,
          reviewComment: r.reviewComment,
          lines: r.lines.map((l) => ({ ...l, purpose: l.purpose as UsagePurposeCode, paymentMethod: l.paymentMethod as PaymentMethodCode })),
          // A unit acts only on its own share's reports; the bureau reviews every one.
          actions: user.role === "APPLICANT_UNIT" && !isOwn ? [] : availableActions(USAGE_REPORT_WORKFLOW, { role: user.role, status: r.status }),
        })),
        mayReport: isOwn && hasPermission(user.role, "usage-report:submit") && money.remainingFen > 0 && !waiting,
        mayPay: hasPermission(user.role, "subsidy:record-payment") && a.status === "ALLOCATED" && money.unpaid > 0,
      } satisfies ShareEntry;
    }),
  }));

  const allShares = awards.flatMap((a) => a.shares.map((s) => s.money));
  const totals: MoneyTotals = moneyTotalsFor({ ownSharesOnly: user.role === "APPLICANT_UNIT", awards, shares: allShares });
  const reconciliation = user.role === "APPLICANT_UNIT" ? reconcile({ awards: [] }) : reconcile({ awards: awards.map((a) => ({ amount: a.amount, status: a.status, shares: a.shares.map((s) => s.money) })) });

  const audit = await db.auditLog.findMany({ where: { entityType: "Brand", entityId: brand.id }, orderBy: [{ at: "asc" }, { id: "asc" }], take: 500 });
  // A unit's trail leaves out other units' money (S8): payments and reports of shares it cannot see.
  const ownShareIds = new Set(awards.flatMap((a) => a.shares.map((s) => s.id)));
  const visibleAudit =
    user.role === "APPLICANT_UNIT"
      ? audit.filter((row) => {
          const shareId = (row.changes as { shareId?: { to?: unknown } } | null)?.shareId?.to;
          return typeof shareId !== "string" || ownShareIds.has(shareId);
        })
      : audit;
  const actorIds = [...new Set(visibleAudit.map((a) => a.actorId).filter((id): id is string => !!id))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } });
  const names = new Map(actors.map((a) => [a.id, a.displayName]));
  const timeline: BrandTimelineEntry[] = visibleAudit.map((a) => ({
    id: a.id,
    at: a.at,
    action: a.action,
    actorName: a.actorId ? (names.get(a.actorId) ?? null) : null,
    actorRole: a.actorRole,
    fromState: a.fromState,
    toState: a.toState,
    comment: a.comment,
  }));

  const openPush = pushes.find((p) => p.status === "PUSHED") ?? null;
  const highest = brand.highestLevel;
  const pushTarget = highest ? nextLevel(highest) : null;
  return {
    brand: {
      id: brand.id,
      name: brand.name,
      slug: brand.slug,
      category: brand.category,
      newCityId: brand.newCityId,
      newCityName: brand.newCity.name,
      highestLevel: highest,
      employedCount: brand.employedCount,
      povertyAlleviatedCount: brand.povertyAlleviatedCount,
      isNationalIch: brand.isNationalIch,
      hiddenFromShowcase: brand.hiddenFromShowcase,
      applicationId: brand.applications[0]?.id ?? null,
    },
    levels,
    leadUnits: [...units.values()],
    pushes,
    awards,
    totals,
    reconciliation,
    timeline,
    can: {
      /** F4: the bureau may push a recognised, unrevoked brand one level up while no push is open. */
      push: hasPermission(user.role, "brand:push") && !!pushTarget && !openPush && !brand.hiddenFromShowcase,
      pushTarget,
      package: hasPermission(user.role, "push:package"),
    },
  };
}
