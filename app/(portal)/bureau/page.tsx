import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { getDashboard } from "@/lib/server/services/dashboard/get-dashboard";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Card, Stat } from "@/components/ui/card";
import { OpenBatches, StatusCounts } from "@/components/portal/open-batches";
import { ActionItems } from "@/components/portal/action-items";
import { listActionItems } from "@/lib/server/services/dashboard/list-action-items";
import { listOverdueUsageReports } from "@/lib/server/services/usage-reports/list-overdue-usage-reports";
import { UsageOverdueList } from "@/components/brands/usage-overdue-list";
import { listBrandActionItems } from "@/lib/server/services/brands/list-brand-action-items";
import { BrandActionItems } from "@/components/brands/brand-action-items";

export const metadata: Metadata = { title: messages.home.bureauTitle };

export default async function BureauHome() {
  const user = await requireArea("bureau", "/bureau");
  const [dashboard, actionItems, overdueReports, brandItems] = await Promise.all([
    getDashboard({ user }),
    listActionItems({ user }),
    listOverdueUsageReports({ user }),
    listBrandActionItems({ user }),
  ]);
  const m = messages.portal;
  const s = dashboard.applicationsByStatus;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{messages.home.bureauTitle}</h1>
        <p className="mt-1 text-slate-600">{messages.home.welcome(user.displayName)}</p>
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat label={m.pendingBureau} value={s.RECOMMENDED ?? 0} />
        <Stat label={m.inPublicity} value={s.IN_PUBLICITY ?? 0} />
        <Stat label={m.recognised} value={s.RECOGNISED ?? 0} />
        <Stat label={m.unitCount} value={dashboard.unitCount} />
      </dl>
      <ActionItems groups={actionItems} basePath="/bureau/applications" />
      <BrandActionItems groups={brandItems} basePath="/bureau/brands" />
      <UsageOverdueList rows={overdueReports} basePath="/bureau/brands" />
      <div className="grid gap-6 lg:grid-cols-2">
        <OpenBatches batches={dashboard.openBatches} />
        <Card title={m.applications}>
          <StatusCounts counts={s} />
        </Card>
      </div>
    </div>
  );
}
