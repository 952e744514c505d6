// GET /api/pushes/:id/package — a push's recommendation package (the recognised application's
// attachments and the outcome documents) as a streamed zip, for the bureau. Defined in
// lib/server/actions/push-routes.ts.
import { pushPackageRoute } from "@/lib/server/actions/push-routes";

export const GET = pushPackageRoute;
