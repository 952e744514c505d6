// GET /api/attachments/:id — download an attachment; whoever may see its application (its unit,
// its new city, the bureau, admin). DELETE — remove it; the applicant unit while editable.
import { getSessionUser } from "@/lib/server/auth/session";
import { deleteAttachment, readAttachment } from "@/lib/server/services/attachments/attachments";
import { errorResponse } from "@/lib/server/route-error";
import { AppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";

async function requireUser() {
  const user = await getSessionUser();
  if (!user) throw new AppError({ code: "UNAUTHENTICATED", message: messages.errors.unauthenticated });
  return user;
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const file = await readAttachment(await requireUser(), (await params).id);
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await deleteAttachment(await requireUser(), (await params).id);
    return Response.json({ ok: true, data: null });
  } catch (error) {
    return errorResponse(error);
  }
}
