import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { getDashboard } from "@/lib/server/services/dashboard/get-dashboard";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Card, Stat } from "@/components/ui/card";
import { OpenBatches, StatusCounts } from "@/components/portal/open-batches";

export const metadata: Metadata = { title: messages.home.adminTitle };

export default async function AdminHome() {
  const user = await requireArea("admin", "/admin");
  const dashboard = await getDashboard({ user });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{messages.home.adminTitle}</h1>
        <p className="mt-1 text-slate-600">{messages.home.welcome(user.displayName)}</p>
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat label={messages.portal.unitCount} value={dashboard.unitCount} />
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <OpenBatches batches={dashboard.openBatches} />
        <Card title={messages.portal.applications}>
          <StatusCounts counts={dashboard.applicationsByStatus} />
        </Card>
      </div>
    </div>
  );
}
