// POST /api/applications/:id/attachments — upload one attachment (multipart: file, kind, isPublic);
// the applicant unit of that application only, while it is editable.
import { getSessionUser } from "@/lib/server/auth/session";
import { uploadAttachment } from "@/lib/server/services/attachments/attachments";
import { errorResponse } from "@/lib/server/route-error";
import { AppError } from "@/lib/domain/app-error";
import { ATTACHMENT_MAX_BYTES } from "@/lib/domain/file-type";
import { messages } from "@/lib/i18n/messages.zh-CN";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) throw new AppError({ code: "UNAUTHENTICATED", message: messages.errors.unauthenticated });
    // Refuse an oversized body before reading it into memory.
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > ATTACHMENT_MAX_BYTES + 64 * 1024) throw new AppError({ code: "VALIDATION", message: messages.attachments.tooLarge });
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof File)) throw new AppError({ code: "VALIDATION", message: messages.attachments.fileMissing });
    const { id } = await params;
    const saved = await uploadAttachment(user, {
      applicationId: id,
      kind: form.get("kind"),
      fileName: file.name,
      isPublic: form.get("isPublic") === "true",
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json({ ok: true, data: saved }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
