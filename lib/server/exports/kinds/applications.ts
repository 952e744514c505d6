import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { APPLICATION_STATUSES } from "@/lib/domain/application-workflow";
import { APPLICATION_EXPORT_COLUMNS } from "@/lib/domain/list-columns/applications";
import { newCityLabel } from "@/lib/domain/labels";
import { NEW_CITIES } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { APPLICATION_ROW_SELECT, applicationListOrderBy, applicationListWhere, toApplicationRow } from "@/lib/server/services/applications/list-applications";
import { inOrderOf } from "../batches";
import { defineExportKind } from "../types";

const f = messages.exports.filterLabels;
const newCityCodes = NEW_CITIES.map((c) => c.code) as [string, ...string[]];
const SORTS = ["priority", "submitted", "updated"] as const;

/** The queue's parameters (applicationQuerySchema's, without the page), refused when malformed. */
const querySchema = z
  .object({
    status: z.enum(APPLICATION_STATUSES).optional(),
    newCityId: z.enum(newCityCodes).optional(),
    q: z.string().trim().max(50).optional(),
    sort: z.enum(SORTS).default("priority"),
  })
  .strict();

type Query = z.output<typeof querySchema>;

export const applicationsExport = defineExportKind({
  kind: "applications",
  title: messages.exports.kinds.applications,
  permission: "application:view",
  querySchema,
  columns: APPLICATION_EXPORT_COLUMNS,
  describe: (q: Query) => [
    ...(q.status ? [[f.status, messages.applicationStatus[q.status] ?? q.status] as [string, string]] : []),
    ...(q.newCityId ? [[f.newCityId, newCityLabel(q.newCityId)] as [string, string]] : []),
    ...(q.q ? [[f.q, q.q] as [string, string]] : []),
    [f.sort, messages.reviewUi.queue.sortOptions[q.sort] ?? q.sort],
  ],
  ids: async (user, q) => (await db.application.findMany({ where: applicationListWhere(user, q), orderBy: applicationListOrderBy(q.sort), select: { id: true } })).map((r) => r.id),
  load: async (_user, batch) => inOrderOf(batch, await db.application.findMany({ where: { id: { in: batch } }, select: APPLICATION_ROW_SELECT })).map(toApplicationRow),
});
