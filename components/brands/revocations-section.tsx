import Link from "next/link";
import type { RevocationRow } from "@/lib/domain/revocation-columns";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { RevocationTable } from "@/components/revocations/revocation-table";

const s = messages.revocations.section;

/**
 * 撤销记录 on a brand's page (M1–M3): the bureau sees every revocation of the brand, each linked
 * to its detail, and may propose one; a new city or unit sees the confirmed ones, read-only.
 */
export function RevocationsSection({ brandId, rows, canPropose, linkToDetail }: { brandId: string; rows: readonly RevocationRow[]; canPropose: boolean; linkToDetail: boolean }) {
  return (
    <section id="revocations" aria-labelledby="revocations-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="revocations-section">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id="revocations-heading" className="text-lg font-semibold text-slate-900">{s.title}</h2>
        {canPropose ? (
          <Link href={`/bureau/revocations/new?brandId=${encodeURIComponent(brandId)}`} className="inline-flex min-h-10 items-center rounded border border-red-300 bg-white px-3 text-sm font-medium text-red-800 hover:bg-red-50">{s.propose}</Link>
        ) : null}
      </div>
      <div className="mt-3">
        {rows.length === 0 ? <p className="text-sm text-slate-600">{s.empty}</p> : <RevocationTable rows={rows} hrefOf={linkToDetail ? (r) => `/bureau/revocations/${r.id}` : undefined} testId="brand-revocations" />}
        {!canPropose ? <p className="mt-2 text-xs text-slate-500">{s.readOnly}</p> : null}
      </div>
    </section>
  );
}
