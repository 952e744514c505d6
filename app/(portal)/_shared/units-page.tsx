import { listUnits } from "@/lib/server/services/units/list-units";
import { parsePage } from "@/lib/domain/pagination";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { SessionUser } from "@/lib/server/session-user";
import { UnitsTable } from "@/components/portal/units-table";

type SearchParams = Record<string, string | string[] | undefined>;

/** The unit list of a new city (its own units) or of the bureau (all): scope comes from the service. */
export async function UnitsPage({ user, basePath, searchParams }: { user: SessionUser; basePath: string; searchParams: SearchParams }) {
  const q = typeof searchParams.q === "string" ? searchParams.q.slice(0, 50) : undefined;
  const data = await listUnits({ user, input: { page: parsePage(searchParams.page), q } });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{messages.portal.units}</h1>
      <UnitsTable data={data} basePath={basePath} q={q} />
    </div>
  );
}
