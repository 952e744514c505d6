import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/domain/app-error";
import { assertPermission } from "@/lib/domain/permissions";
import { REVOCATION_REASONS } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { proposeRevocationSchema } from "@/lib/schemas/revocation";
import { writeAudit } from "@/lib/server/audit";
import { isUniqueViolation } from "@/lib/server/db/errors";
import { notifyParties } from "@/lib/server/notify";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleBrand } from "../brands/find-visible-brand";

const e = messages.revocations.errors;
const refuse = (code: "RULE_VIOLATION" | "CONFLICT" | "VALIDATION", field: string, message: string) => new AppError({ code, message, fieldErrors: { [field]: [message] } });

export const reasonLabelOf = (code: string) => REVOCATION_REASONS.find((r) => r.code === code)?.label ?? code;

/**
 * 提议撤销 (RULES.md M1, M2): a bureau official proposes revoking the title of a lead unit (by its
 * 统一社会信用代码) in a brand, for an M1 reason (never 绩效评估不合格, which only a failed
 * evaluation writes), severe (M2) or not, with the facts and the evidence uploaded beforehand
 * (REVOCATION_EVIDENCE of this brand, not yet attached). Nothing is revoked yet: a second
 * official must confirm it (confirm-revocation.ts); the others are told. One open proposal per
 * brand and lead unit: checked first, and the unique openKey is the database's guard when two
 * officials propose at once (on PostgreSQL that violation aborts the transaction, so it is
 * mapped to a clean refusal outside it).
 */
export async function proposeRevocation({ user, input, ctx, now = new Date() }: UseCase) {
  assertPermission(user, "revocation:propose");
  const parsed = proposeRevocationSchema.safeParse(input);
  if (!parsed.success) throw new AppError({ code: "VALIDATION", message: parsed.error.issues[0]?.message ?? messages.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
  const d = parsed.data;
  const openKey = `${d.brandId}:${d.creditCode}`;

  try {
    return await db.$transaction(async (tx) => {
      const brand = await findVisibleBrand(user, d.brandId, tx);
      const titles = await tx.leadUnitRecognition.findMany({
        where: { brandId: brand.id, creditCode: d.creditCode, status: "ACTIVE" },
        orderBy: { recognisedOn: "desc" },
        select: { id: true, unitName: true, unitId: true, level: true },
      });
      if (titles.length === 0) throw refuse("RULE_VIOLATION", "creditCode", e.noActiveTitle);
      if ((await tx.revocation.count({ where: { openKey } })) > 0) throw refuse("CONFLICT", "creditCode", e.alreadyOpen);
      const evidence =
        d.evidenceIds.length === 0
          ? []
          : await tx.brandFile.findMany({ where: { id: { in: d.evidenceIds }, brandId: brand.id, kind: "REVOCATION_EVIDENCE", revocationId: null }, select: { id: true, fileName: true } });
      if (evidence.length !== d.evidenceIds.length) throw refuse("VALIDATION", "evidenceIds", e.evidenceInvalid);

      const unitName = titles[0]!.unitName;
      const unitId = titles.find((t) => t.unitId)?.unitId ?? null;
      const revocation = await tx.revocation.create({
        data: { brandId: brand.id, creditCode: d.creditCode, unitName, unitId, reason: d.reason as never, severe: d.severe, facts: d.facts, openKey, proposedById: user.id, proposedAt: now },
      });
      if (evidence.length > 0) {
        const attached = await tx.brandFile.updateMany({ where: { id: { in: evidence.map((f) => f.id) }, revocationId: null }, data: { revocationId: revocation.id } });
        if (attached.count !== evidence.length) throw refuse("VALIDATION", "evidenceIds", e.evidenceInvalid);
      }
      const reasonLabel = reasonLabelOf(d.reason);
      await writeAudit(tx, {
        actor: user,
        ctx,
        at: now,
        action: "revocation.propose",
        entityType: "Brand",
        entityId: brand.id,
        toState: "PROPOSED",
        comment: d.facts,
        changes: {
          revocationId: { to: revocation.id },
          creditCode: { to: d.creditCode },
          unitName: { to: unitName },
          reason: { to: d.reason },
          severe: { to: d.severe },
          evidence: { to: evidence.map((f) => ({ id: f.id, fileName: f.fileName })) },
        },
      });
      // A proposal waits for a second official: every other bureau official hears of it.
      await notifyParties(tx, {
        parties: ["bureau"],
        unitId: "",
        newCityId: "",
        exceptUserIds: [user.id],
        message: {
          title: messages.revocations.notify.proposedTitle(brand.name),
          body: messages.revocations.notify.proposedBody(unitName, reasonLabel, user.displayName),
          link: `/bureau/revocations/${revocation.id}`,
        },
      });
      return { id: revocation.id, status: "PROPOSED" as const, brandId: brand.id, creditCode: d.creditCode, unitName, levels: titles.map((t) => t.level) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw refuse("CONFLICT", "creditCode", e.openRace);
    throw error;
  }
}
