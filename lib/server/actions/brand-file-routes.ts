import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { ATTACHMENT_MAX_BYTES } from "@/lib/domain/file-type";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { readBrandFile } from "@/lib/server/services/brand-files/read-brand-file";
import { uploadBrandFile } from "@/lib/server/services/brand-files/upload-brand-file";
import { downloadResponse } from "@/lib/server/file-response";
import { defineRoute } from "./define-route";

type IdParams = { id: string };

/** POST /api/brands/:id/files — multipart (file, kind, shareId?, evaluationId?); the bureau (documents, payment vouchers) or a lead unit (its use vouchers, its self-assessment for its scheduled evaluation). */
export const uploadBrandFileRoute = defineRoute<IdParams>({
  name: "brandFile.upload",
  permission: "brand-file:upload",
  run: async ({ user, ctx, request, params }) => {
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > ATTACHMENT_MAX_BYTES + 64 * 1024) throw new AppError({ code: "VALIDATION", message: messages.attachments.tooLarge });
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof File)) throw new AppError({ code: "VALIDATION", message: messages.brandLife.errors.fileMissing });
    const shareId = form.get("shareId");
    const evaluationId = form.get("evaluationId");
    const saved = await uploadBrandFile({
      user,
      ctx,
      input: {
        brandId: params.id,
        kind: form.get("kind"),
        shareId: typeof shareId === "string" ? shareId : undefined,
        evaluationId: typeof evaluationId === "string" ? evaluationId : undefined,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      },
    });
    return Response.json({ ok: true, data: saved }, { status: 201 });
  },
});

/** GET /api/brand-files/:id — an outcome document for whoever sees the brand; a voucher for whoever sees its share. */
export const downloadBrandFileRoute = defineRoute<IdParams>({
  name: "brandFile.download",
  permission: "brand-file:download",
  run: async ({ user, params }) => {
    const file = await readBrandFile({ user, input: { fileId: params.id } });
    return downloadResponse({ body: Buffer.from(file.bytes), fileName: file.fileName, mimeType: file.mimeType, size: file.bytes.byteLength });
  },
});
