import type { Metadata } from "next";
import { listPublicityNotices } from "@/lib/server/services/public/list-publicity-notices";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EmptyState } from "@/components/ui/card";

export const metadata: Metadata = { title: messages.nav.notices };
export const dynamic = "force-dynamic";

export default async function NoticesPage() {
  const notices = await listPublicityNotices();
  const m = messages.publicHome;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{messages.nav.notices}</h1>
      <p className="text-slate-600">{m.noticesIntro}</p>
      {notices.length === 0 ? (
        <EmptyState>{m.noNotices}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {notices.map((n) => (
            <li key={n.id} className="px-4 py-3">
              <p className="font-medium text-slate-900">{n.brandName}</p>
              <p className="text-sm text-slate-600">
                {n.unitName} · {n.newCityName}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
