import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { requireArea } from "@/lib/server/auth/session";
import type { SessionUser } from "@/lib/server/session-user";
import { getPushPackage } from "@/lib/server/services/pushes/get-push-package";
import { PushPrintButton } from "@/components/brands/push-print-button";
import { PushRecommendationForm } from "@/components/brands/push-recommendation-form";

const k = messages.pushes.package;

export const metadata: Metadata = { title: k.title };

// On paper: A4, the portal's header and navigation gone, the form alone at full width. The
// portal layout is shared by every page, so this page carries its own print rules.
const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
@media print {
  html, body { background: #fff !important; }
  body > a[href="#main"], header:has(~ #main), body > div > header { display: none !important; }
  #main { max-width: none !important; margin: 0 !important; padding: 0 !important; }
  .recommendation-form { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .recommendation-form table { page-break-inside: auto; }
  .recommendation-form tr { break-inside: avoid; }
}
`;

async function load(user: SessionUser, pushId: string) {
  try {
    return await getPushPackage({ user, input: { pushId } });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

/** /bureau/brands/:id/pushes/:pushId/print — 劳务品牌推荐表 of one push, to print or save as PDF (F4). */
export default async function PushPrintPage({ params }: { params: Promise<{ id: string; pushId: string }> }) {
  const { id, pushId } = await params;
  const user = await requireArea("bureau", `/bureau/brands/${encodeURIComponent(id)}/pushes/${encodeURIComponent(pushId)}/print`);
  const pkg = await load(user, pushId);
  if (pkg.brand.id !== id) notFound();
  return (
    <div className="space-y-4 print:space-y-0">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/bureau/brands/${encodeURIComponent(id)}#pushes`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
          {k.back}
        </Link>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/pushes/${encodeURIComponent(pushId)}/package`} download className="inline-flex min-h-10 items-center rounded border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-50" data-testid="push-zip-link">
            {k.zip}
          </a>
          <PushPrintButton />
        </div>
      </div>
      <PushRecommendationForm pkg={pkg} />
    </div>
  );
}
