// GET /api/attachments/:id — download an attachment; whoever may see its application (its unit,
// its new city, the bureau, admin). DELETE — remove it; the applicant unit while editable.
// Defined in lib/server/actions/attachment-routes.ts.
import { deleteAttachmentRoute, downloadAttachmentRoute } from "@/lib/server/actions/attachment-routes";

export const GET = downloadAttachmentRoute;
export const DELETE = deleteAttachmentRoute;
