// POST /api/applications/:id/attachments — upload one attachment (multipart: file, kind, isPublic);
// the applicant unit of that application only, while it is editable. Defined with the others in
// lib/server/actions/attachment-routes.ts.
import { uploadAttachmentRoute } from "@/lib/server/actions/attachment-routes";

export const POST = uploadAttachmentRoute;
