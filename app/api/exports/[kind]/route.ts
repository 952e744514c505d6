// GET /api/exports/:kind — 导出 Excel of a list with the screen's query (streamed, or queued when
// large). Defined in lib/server/actions/export-routes.ts.
import { exportListRoute } from "@/lib/server/actions/export-routes";

export const GET = exportListRoute;
