import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/server/auth/session";
import { getDashboard } from "@/lib/server/services/dashboard/get-dashboard";
import { getOwnUnit } from "@/lib/server/services/units/get-own-unit";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Card } from "@/components/ui/card";
import { OpenBatches, StatusCounts } from "@/components/portal/open-batches";
import { ActionItems } from "@/components/portal/action-items";
import { listActionItems } from "@/lib/server/services/dashboard/list-action-items";
import { listBrandActionItems } from "@/lib/server/services/brands/list-brand-action-items";
import { BrandActionItems } from "@/components/brands/brand-action-items";

export const metadata: Metadata = { title: messages.home.unitTitle };

export default async function UnitHome() {
  const user = await requireArea("unit", "/unit");
  const [unit, dashboard, actionItems, brandItems] = await Promise.all([getOwnUnit({ user }), getDashboard({ user }), listActionItems({ user }), listBrandActionItems({ user })]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{messages.home.unitTitle}</h1>
        <p className="mt-1 text-slate-600">{messages.home.welcome(unit.name)}</p>
      </div>
      <ActionItems groups={actionItems} basePath="/unit/applications" />
      {brandItems.some((g) => g.total > 0) ? <BrandActionItems groups={brandItems} basePath="/unit/brands" /> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <OpenBatches batches={dashboard.openBatches} />
        <Card title={messages.portal.applications}>
          <StatusCounts counts={dashboard.applicationsByStatus} />
        </Card>
      </div>
      <Card title={messages.portal.unitProfile} actions={<Link className="text-sm text-brand-700 underline" href="/unit/profile">{messages.common.view}</Link>}>
        <p className="text-sm text-slate-700">
          {unit.creditCode} · {unit.newCity.name}
        </p>
      </Card>
    </div>
  );
}
