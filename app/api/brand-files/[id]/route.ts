// GET /api/brand-files/:id — download a brand file: an outcome document for whoever may see the
// brand, a voucher only for whoever may see its share. Defined in lib/server/actions/brand-file-routes.ts.
import { downloadBrandFileRoute } from "@/lib/server/actions/brand-file-routes";

export const GET = downloadBrandFileRoute;
