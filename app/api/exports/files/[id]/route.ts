// GET /api/exports/files/:id — a finished export, for its requester only. Defined in
// lib/server/actions/export-routes.ts.
import { downloadExportFileRoute } from "@/lib/server/actions/export-routes";

export const GET = downloadExportFileRoute;
