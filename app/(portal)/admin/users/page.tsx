import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { listUsers } from "@/lib/server/services/users/list-users";
import { parsePage } from "@/lib/domain/pagination";
import { formatDateTime } from "@/lib/domain/dates";
import { isRole } from "@/lib/domain/roles";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: messages.portal.users };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("admin", "/admin/users");
  const data = await listUsers({ user, input: { page: parsePage((await searchParams).page) } });
  const m = messages.portal;
  const c = m.columns;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{m.users}</h1>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="min-w-[44rem] w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{c.loginName}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.displayName}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.role}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.newCity}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.active}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{c.lastLogin}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.items.map((u) => (
              <tr key={u.id}>
                <td className="px-3 py-2 font-mono text-xs">{u.loginName}</td>
                <td className="px-3 py-2">{u.displayName}</td>
                <td className="px-3 py-2">{isRole(u.role) ? messages.roles[u.role] : u.role}</td>
                <td className="px-3 py-2">{u.newCityName ?? "—"}</td>
                <td className="px-3 py-2">{u.active ? m.activeLabel : m.inactiveLabel}</td>
                <td className="whitespace-nowrap px-3 py-2">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : m.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} basePath="/admin/users" />
    </div>
  );
}
