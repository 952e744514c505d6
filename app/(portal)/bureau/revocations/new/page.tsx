import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/domain/app-error";
import { levelLabel } from "@/lib/domain/labels";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { requireArea } from "@/lib/server/auth/session";
import { getBrand } from "@/lib/server/services/brands/get-brand";
import { ProposeRevocationForm } from "@/components/revocations/propose-revocation-form";
import { proposeRevocationAction } from "../actions";

const r = messages.revocations;
export const metadata: Metadata = { title: r.form.title };

/** 提议撤销 for one brand (?brandId=…): its lead units holding an active title. */
export default async function NewRevocationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { brandId } = await searchParams;
  const id = typeof brandId === "string" ? brandId : "";
  const user = await requireArea("bureau", `/bureau/revocations/new?brandId=${encodeURIComponent(id)}`);
  if (!id) notFound();
  const detail = await getBrand({ user, input: { brandId: id } }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // A unit holding several levels shows its highest; the proposal revokes every title it holds in the brand.
  const leadUnits = detail.leadUnits.filter((u) => u.status === "ACTIVE").map((u) => ({ creditCode: u.creditCode, unitName: u.unitName, levels: levelLabel(u.highestLevel) }));
  return (
    <div className="space-y-4">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href={`/bureau/brands/${detail.brand.id}`} className="text-brand-700 underline-offset-2 hover:underline">{detail.brand.name}</Link>
        <span aria-hidden="true" className="mx-1 text-slate-400">/</span>
        <span className="text-slate-700">{r.form.title}</span>
      </nav>
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{r.form.title}：{detail.brand.name}</h1>
        <p className="mt-1 text-sm text-slate-600">{r.form.intro}</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ProposeRevocationForm brand={{ id: detail.brand.id, name: detail.brand.name }} leadUnits={leadUnits} action={proposeRevocationAction} />
      </div>
    </div>
  );
}
