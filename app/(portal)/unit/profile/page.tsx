import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { getOwnUnit } from "@/lib/server/services/units/get-own-unit";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { unitTypeLabel } from "@/lib/domain/labels";
import { formatCalendarDate, formatDateTime } from "@/lib/domain/dates";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: messages.portal.unitProfile };

export default async function UnitProfilePage() {
  const user = await requireArea("unit", "/unit/profile");
  const unit = await getOwnUnit({ user });
  const m = messages.portal;
  const rows: [string, string][] = [
    [m.columns.name, unit.name],
    [m.columns.creditCode, unit.creditCode],
    [m.tradeName, unit.tradeName],
    [m.columns.type, unitTypeLabel(unit.type)],
    [m.columns.newCity, unit.newCity.name],
    [m.registrationDate, formatCalendarDate(unit.registrationDate)],
    [m.address, unit.address],
    [m.columns.contact, unit.contactName],
    [m.contactPhone, unit.contactPhone],
    [m.columns.registeredAt, formatDateTime(unit.createdAt)],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">{m.unitProfile}</h1>
      <Card>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-slate-500">{label}</dt>
              <dd className="break-all text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
