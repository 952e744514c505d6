import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { getDashboard } from "@/lib/server/services/dashboard/get-dashboard";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { newCityLabel } from "@/lib/domain/labels";
import { Card, Stat } from "@/components/ui/card";
import { OpenBatches, StatusCounts } from "@/components/portal/open-batches";
import { ActionItems } from "@/components/portal/action-items";
import { listActionItems } from "@/lib/server/services/dashboard/list-action-items";

export const metadata: Metadata = { title: messages.home.newCityTitle };

export default async function NewCityHome() {
  const user = await requireArea("new-city", "/new-city");
  const [dashboard, actionItems] = await Promise.all([getDashboard({ user }), listActionItems({ user })]);
  const m = messages.portal;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{messages.home.newCityTitle}</h1>
        <p className="mt-1 text-slate-600">{messages.home.welcome(user.displayName)}（{newCityLabel(user.newCityId ?? "")}）</p>
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
        <Stat label={m.pendingNewCity} value={actionItems[0]?.total ?? 0} />
        <Stat label={m.unitCount} value={dashboard.unitCount} />
        <Stat label={m.recognised} value={dashboard.applicationsByStatus.RECOGNISED ?? 0} />
      </dl>
      <ActionItems groups={actionItems} basePath="/new-city/applications" />
      <div className="grid gap-6 lg:grid-cols-2">
        <OpenBatches batches={dashboard.openBatches} />
        <Card title={m.applications}>
          <StatusCounts counts={dashboard.applicationsByStatus} />
        </Card>
      </div>
    </div>
  );
}
