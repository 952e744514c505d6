import type { Metadata } from "next";
import { listPublicBrands } from "@/lib/server/services/public/list-public-brands";
import { parsePage } from "@/lib/domain/pagination";
import { categoryLabel, levelLabel } from "@/lib/domain/labels";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: messages.nav.brands };
export const dynamic = "force-dynamic";

export default async function BrandsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const data = await listPublicBrands({ page: parsePage((await searchParams).page) });
  const m = messages.publicHome;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{messages.nav.brands}</h1>
      <p className="text-slate-600">{m.brandsIntro}</p>
      {data.items.length === 0 ? (
        <EmptyState>{m.noBrands}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {data.items.map((b) => (
            <li key={b.slug} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-lg font-semibold text-slate-900">{b.name}</p>
              <p className="mt-1 text-sm text-slate-600">
                {categoryLabel(b.category)} · {levelLabel(b.highestLevel)} · {b.newCityName}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath="/brands" />
    </div>
  );
}
