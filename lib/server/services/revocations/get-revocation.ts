import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { formatCalendarDate, formatDateTime, shanghaiToday } from "@/lib/domain/dates";
import { revocationReasonLabel } from "@/lib/domain/revocation-columns";
import { revocationEffect } from "@/lib/eligibility";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleRevocation } from "./find-visible-revocation";

/**
 * 撤销详情 (M1–M3, revocation:view, within revocationWhere): the facts, reason and severity, the
 * officials, the evidence (bureau only) and the effect — for a proposal what a confirmation today
 * would revoke (the unit's titles; severe: every level; else the levels it leads alone), the
 * plaques to reclaim and the ban's dates (revocationEffect); for a confirmed one what it revoked.
 */
export async function getRevocation({ user, input, now = new Date() }: Pick<UseCase<{ revocationId?: unknown }>, "user" | "input" | "now">) {
  assertPermission(user, "revocation:view");
  const r = await findVisibleRevocation(user, input?.revocationId);
  const isBureau = user.role === "BUREAU_OFFICIAL";
  const officials = await db.user.findMany({ where: { id: { in: [r.proposedById, r.decidedById].filter((x): x is string => !!x) } }, select: { id: true, displayName: true } });
  const nameOf = (id: string | null) => (id ? (officials.find((u) => u.id === id)?.displayName ?? "") : null);
  const evidence = isBureau
    ? await db.brandFile.findMany({ where: { revocationId: r.id, kind: "REVOCATION_EVIDENCE" }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true } })
    : [];

  let effect: {
    titles: { id: string; unitName: string; level: string }[];
    levels: string[];
    plaques: { plaqueNo: string; kind: string; status: string }[];
    leavesShowcase: boolean;
    ban: { revokedOn: string; banLastDay: string; mayApplyFrom: string } | null;
  } | null = null;
  if (r.status !== "WITHDRAWN") {
    const pending = r.status === "PROPOSED";
    const titles = await db.leadUnitRecognition.findMany({
      where: pending ? { brandId: r.brandId, creditCode: r.creditCode, status: "ACTIVE" } : { revocationId: r.id },
      orderBy: [{ level: "asc" }],
      select: { id: true, unitName: true, level: true },
    });
    const levels = pending
      ? (
          await db.brandRecognition.findMany({
            where: { brandId: r.brandId, status: "ACTIVE" },
            select: { id: true, level: true, leadUnits: { where: { status: "ACTIVE" }, select: { creditCode: true } } },
          })
        ).filter((l) => r.severe || l.leadUnits.every((u) => u.creditCode === r.creditCode))
      : r.revokedOn
        ? await db.brandRecognition.findMany({ where: { brandId: r.brandId, status: "REVOKED", revokedOn: r.revokedOn }, select: { id: true, level: true } })
        : [];
    const plaques = await db.plaque.findMany({
      where: {
        OR: [{ leadUnitRecognitionId: { in: titles.map((t) => t.id) } }, { kind: "BRAND", recognitionId: { in: levels.map((l) => l.id) } }],
        ...(pending ? { status: "ISSUED" } : {}),
      },
      orderBy: { plaqueNo: "asc" },
      select: { plaqueNo: true, kind: true, status: true },
    });
    const revokedOn = r.revokedOn ? formatCalendarDate(r.revokedOn) : shanghaiToday(now);
    const verdict = revocationEffect({ reason: r.reason, revokedOn, severe: r.severe });
    effect = {
      titles,
      levels: levels.map((l) => l.level),
      plaques,
      leavesShowcase: r.severe,
      ban: verdict.effect ? { revokedOn: verdict.effect.revokedOn, banLastDay: verdict.effect.banLastDay, mayApplyFrom: verdict.effect.mayApplyFrom } : null,
    };
  }

  const open = r.status === "PROPOSED";
  return {
    id: r.id,
    status: r.status,
    brand: { id: r.brand.id, name: r.brand.name, slug: r.brand.slug },
    creditCode: r.creditCode,
    unitName: r.unitName,
    reason: r.reason,
    reasonLabel: revocationReasonLabel(r.reason),
    severe: r.severe,
    facts: r.facts,
    evidence,
    proposerName: nameOf(r.proposedById) ?? "",
    proposedAt: formatDateTime(r.proposedAt),
    deciderName: nameOf(r.decidedById),
    decidedAt: r.decidedAt ? formatDateTime(r.decidedAt) : null,
    revokedOn: r.revokedOn ? formatCalendarDate(r.revokedOn) : null,
    withdrawNote: isBureau ? r.withdrawNote : null,
    isProposer: r.proposedById === user.id,
    /** The button shows to every bureau official; the server refuses the proposer (four eyes). */
    mayConfirm: isBureau && open && r.proposedById !== user.id,
    mayWithdraw: isBureau && open,
    canAct: isBureau && open,
    effect,
  };
}

export type RevocationDetail = Awaited<ReturnType<typeof getRevocation>>;
