import Link from "next/link";
import { requireUser } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ROLE_HOME, type Role } from "@/lib/domain/roles";
import type { PortalArea } from "@/lib/domain/permissions";
import { LogoutButton } from "@/components/auth/logout-button";
import { NavLink } from "@/components/layout/nav-link";
import { countUnreadNotifications } from "@/lib/server/services/notifications/count-unread-notifications";

const AREA_OF_ROLE: Record<Role, PortalArea> = {
  APPLICANT_UNIT: "unit",
  NEW_CITY_STAFF: "new-city",
  BUREAU_OFFICIAL: "bureau",
  ADMIN: "admin",
};

// Every portal page also checks its own area and scope on the server; this layout only builds
// the navigation for the signed-in role (and sends anonymous visitors to the login page).
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/portal");
  const links = messages.portalNav[AREA_OF_ROLE[user.role]];
  const unread = await countUnreadNotifications({ user });
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 text-white shadow">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href={ROLE_HOME[user.role]} className="text-lg font-bold">
            {messages.site.name}
            <span className="ml-2 rounded bg-white/15 px-2 py-0.5 text-xs font-normal">{messages.roles[user.role]}</span>
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <Link href="/notifications" className="rounded px-2 py-1 text-white/90 underline-offset-2 hover:underline">
              {messages.notifications.link(unread)}
            </Link>
            <span className="hidden max-w-[12rem] truncate sm:inline" title={user.displayName}>
              {user.displayName}
            </span>
            <LogoutButton />
          </div>
        </div>
        <nav aria-label={messages.nav.portalNavigation} className="border-t border-white/10 bg-brand-800">
          <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2">
            {links.map((l) => (
              <li key={l.href} className="shrink-0">
                <NavLink
                  href={l.href}
                  exact={l.href === ROLE_HOME[user.role]}
                  className="block px-3 py-2 text-sm text-white/85 hover:text-white [&.is-active]:border-b-2 [&.is-active]:border-white [&.is-active]:text-white"
                >
                  {l.label}
                </NavLink>
              </li>
            ))}
            <li className="ml-auto shrink-0">
              <Link href="/" className="block px-3 py-2 text-sm text-white/70 hover:text-white">
                {messages.nav.home}
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
