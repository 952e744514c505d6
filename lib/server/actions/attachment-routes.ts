import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { ATTACHMENT_MAX_BYTES } from "@/lib/domain/file-type";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { deleteAttachment } from "@/lib/server/services/attachments/delete-attachment";
import { readAttachment } from "@/lib/server/services/attachments/read-attachment";
import { uploadAttachment } from "@/lib/server/services/attachments/upload-attachment";
import { downloadResponse } from "@/lib/server/file-response";
import { defineRoute } from "./define-route";

type IdParams = { id: string };

/** POST /api/applications/:id/attachments — multipart (file, kind, isPublic); the applicant unit while editable. */
export const uploadAttachmentRoute = defineRoute<IdParams>({
  name: "attachment.upload",
  permission: "attachment:upload",
  run: async ({ user, ctx, request, params }) => {
    // Refuse an oversized body before reading it into memory.
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > ATTACHMENT_MAX_BYTES + 64 * 1024) throw new AppError({ code: "VALIDATION", message: messages.attachments.tooLarge });
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof File)) throw new AppError({ code: "VALIDATION", message: messages.attachments.fileMissing });
    const saved = await uploadAttachment({
      user,
      ctx,
      input: {
        applicationId: params.id,
        kind: form.get("kind"),
        fileName: file.name,
        isPublic: form.get("isPublic") === "true",
        bytes: new Uint8Array(await file.arrayBuffer()),
      },
    });
    return Response.json({ ok: true, data: saved }, { status: 201 });
  },
});

/** GET /api/attachments/:id — whoever may see its application (its unit, its new city, the bureau, admin). */
export const downloadAttachmentRoute = defineRoute<IdParams>({
  name: "attachment.download",
  permission: "attachment:download",
  run: async ({ user, params }) => {
    const file = await readAttachment({ user, input: { attachmentId: params.id } });
    return downloadResponse({ body: Buffer.from(file.bytes), fileName: file.fileName, mimeType: file.mimeType, size: file.bytes.byteLength });
  },
});

/** DELETE /api/attachments/:id — the applicant unit while its application is editable. */
export const deleteAttachmentRoute = defineRoute<IdParams>({
  name: "attachment.delete",
  permission: "attachment:delete",
  run: async ({ user, ctx, params }) => {
    await deleteAttachment({ user, ctx, input: { attachmentId: params.id } });
    return Response.json({ ok: true, data: null });
  },
});
