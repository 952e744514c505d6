import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { UseCase } from "@/lib/server/use-case";
import { activeLeadUnits } from "./lead-units";
import { findVisiblePush } from "./find-visible-push";

/** One file of the recommendation package, with the unique name it takes inside the zip. */
export type PackageFile = { source: "ATTACHMENT" | "OUTCOME_DOCUMENT"; kind: string; kindLabel: string; fileName: string; sizeBytes: number; storageKey: string; entryName: string };

/** A file name safe as one zip entry: no folders, no control characters. */
function safeName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim();
  return cleaned || "file";
}

/** `label-name.ext`, and `label-name (2).ext` … when that name is already taken in the zip. */
export function uniqueEntryNames(files: readonly { kindLabel: string; fileName: string }[]): string[] {
  const taken = new Set<string>();
  return files.map((f) => {
    const base = `${safeName(f.kindLabel)}-${safeName(f.fileName)}`;
    const dot = base.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, ""];
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${stem} (${n})${ext}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * 推荐材料 of one push (RULES.md F4), for the bureau: the recommendation form's data (the brand,
 * its levels, lead units, the push) and the files that go with it — the recognised application's
 * attachments and the brand's outcome documents — each named once for the zip.
 */
export async function getPushPackage({ user, input }: Pick<UseCase<{ pushId: unknown }>, "user" | "input">) {
  assertPermission(user, "push:package");
  const push = await findVisiblePush(user, input.pushId);
  const brandId = push.brandId;
  const [brand, pushedBy, attachments, documents, leadUnits] = await Promise.all([
    db.brand.findUniqueOrThrow({
      where: { id: brandId },
      include: { newCity: { select: { name: true } }, recognitions: { where: { status: "ACTIVE" }, orderBy: [{ recognisedOn: "asc" }, { createdAt: "asc" }] } },
    }),
    db.user.findUnique({ where: { id: push.pushedById }, select: { displayName: true } }),
    db.attachment.findMany({
      where: { application: { brandId, status: "RECOGNISED" } },
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { kind: true, fileName: true, sizeBytes: true, storageKey: true },
    }),
    db.brandFile.findMany({ where: { brandId, kind: "OUTCOME_DOCUMENT" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { fileName: true, sizeBytes: true, storageKey: true } }),
    activeLeadUnits(db, brandId),
  ]);

  const listed = [
    ...attachments.map((a) => ({ source: "ATTACHMENT" as const, kind: a.kind, kindLabel: messages.attachments.kinds[a.kind] ?? a.kind, fileName: a.fileName, sizeBytes: a.sizeBytes, storageKey: a.storageKey })),
    ...documents.map((d) => ({ source: "OUTCOME_DOCUMENT" as const, kind: "OUTCOME_DOCUMENT", kindLabel: messages.brandLife.fileKind.OUTCOME_DOCUMENT, fileName: d.fileName, sizeBytes: d.sizeBytes, storageKey: d.storageKey })),
  ];
  const names = uniqueEntryNames(listed);
  const files: PackageFile[] = listed.map((f, i) => ({ ...f, entryName: names[i] as string }));

  return {
    brand: {
      id: brand.id,
      name: brand.name,
      category: brand.category,
      newCityName: brand.newCity.name,
      highestLevel: brand.highestLevel,
      isNationalIch: brand.isNationalIch,
      ichItemName: brand.ichItemName,
      employedCount: brand.employedCount,
      povertyAlleviatedCount: brand.povertyAlleviatedCount,
      story: brand.story,
      skills: brand.skills,
    },
    levels: brand.recognitions.map((r) => ({ level: r.level, recognisedOn: r.recognisedOn, certificateNo: r.certificateNo, issuingBody: r.issuingBody, documentNo: r.documentNo })),
    leadUnits: leadUnits.units.map((u) => ({ creditCode: u.creditCode, unitName: u.unitName })),
    push: { id: push.id, fromLevel: push.fromLevel, toLevel: push.toLevel, status: push.status, opinion: push.opinion, pushedOn: push.pushedOn, pushedByName: pushedBy?.displayName ?? null },
    files,
  };
}

export type PushPackage = Awaited<ReturnType<typeof getPushPackage>>;
