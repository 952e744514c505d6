// POST /api/brands/:id/files — upload a file of a recognised brand's life (multipart: file, kind,
// shareId): the bureau its outcome documents and payment vouchers, a lead unit the use vouchers of
// its own share. Defined in lib/server/actions/brand-file-routes.ts.
import { uploadBrandFileRoute } from "@/lib/server/actions/brand-file-routes";

export const POST = uploadBrandFileRoute;
