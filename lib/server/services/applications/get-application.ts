import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/domain/permissions";
import { availableActions, type ApplicationStatus } from "@/lib/domain/application-workflow";
import type { UseCase } from "@/lib/server/use-case";
import { findVisibleApplication } from "./find-visible-application";
import { verdictFor } from "./eligibility-input";
import { diffSnapshots, snapshotOf, type ApplicationSnapshot, type FieldChange } from "@/lib/domain/application-snapshot";

export type TimelineEntry = {
  id: string;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
};

/**
 * 申报详情: everything a permitted viewer may see of one application — fields, lead units,
 * attachments (metadata), the live eligibility verdict, field comments, the publicity notice
 * with objections, what changed since the previous submission, the actions this user may take
 * now, and the full timeline.
 */
export async function getApplication({ user, input, now = new Date() }: Pick<UseCase<{ applicationId: unknown }>, "user" | "input" | "now">) {
  const applicationId = input.applicationId;
  assertPermission(user, "application:view");
  const app = await findVisibleApplication(user, applicationId);
  const [verdict, comments, versions, audit, batch, newCity, recognition] = await Promise.all([
    verdictFor(db, app, now),
    db.reviewComment.findMany({ where: { applicationId: app.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.applicationVersion.findMany({ where: { applicationId: app.id }, orderBy: { version: "desc" }, take: 2 }),
    db.auditLog.findMany({ where: { entityType: "Application", entityId: app.id }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
    db.batch.findUnique({ where: { id: app.batchId }, select: { id: true, title: true, opensAt: true, closesAt: true } }),
    db.newCity.findUnique({ where: { id: app.newCityId }, select: { name: true } }),
    db.brandRecognition.findUnique({
      where: { applicationId: app.id },
      select: { certificateNo: true, recognisedOn: true, level: true, status: true, brand: { select: { name: true, slug: true } } },
    }),
  ]);
  const actorIds = [...new Set(audit.map((a) => a.actorId).filter((id): id is string => !!id))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } });
  const names = new Map(actors.map((a) => [a.id, a.displayName]));
  const timeline: TimelineEntry[] = audit
    .filter((a) => a.action !== "application.save-draft")
    .map((a) => ({
      id: a.id,
      at: a.at,
      actorName: a.actorId ? (names.get(a.actorId) ?? null) : null,
      actorRole: a.actorRole,
      action: a.action,
      fromState: a.fromState,
      toState: a.toState,
      comment: a.comment,
    }));

  // What changed: the current content against the last submitted version (while being edited),
  // or the last two submitted versions (once resubmitted).
  let changes: FieldChange[] | null = null;
  const [latest, previous] = versions;
  if (latest && (app.status === "DRAFT" || app.status === "RETURNED_TO_UNIT")) {
    changes = diffSnapshots(latest.snapshot as ApplicationSnapshot, snapshotOf(app));
  } else if (latest && previous) {
    changes = diffSnapshots(previous.snapshot as ApplicationSnapshot, latest.snapshot as ApplicationSnapshot);
  }

  const status = app.status as ApplicationStatus;
  return {
    application: {
      ...app,
      status,
      attachments: app.attachments.map(({ storageKey: _key, ...rest }) => rest),
      publicityNotice: app.publicityNotice,
    },
    batch,
    newCityName: newCity?.name ?? app.newCityId,
    /** The brand recognition this application led to (certificate number, level), once recognised. */
    recognition,
    verdict,
    comments,
    /** Comments of the latest return, which the unit must address (by field). */
    openComments: comments.filter((c) => c.version === app.version && (status === "RETURNED_TO_UNIT" || status === "DRAFT")),
    changes,
    comparedVersions: latest ? { latest: latest.version, previous: previous?.version ?? null } : null,
    actions: availableActions({ role: user.role, status }),
    timeline,
  };
}

export type ApplicationDetail = Awaited<ReturnType<typeof getApplication>>;
