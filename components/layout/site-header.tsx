import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { NavLink } from "./nav-link";

const links = [
  { href: "/", label: messages.nav.home },
  { href: "/brands", label: messages.nav.brands },
  { href: "/notices", label: messages.nav.notices },
  { href: "/policy", label: messages.nav.policy },
];

const linkClass =
  "block rounded px-3 py-2 text-sm font-medium text-white/90 hover:bg-white/10 hover:text-white [&.is-active]:bg-white/15 [&.is-active]:text-white";

/** The public header: static (no session read) so public pages stay cacheable. */
export function SiteHeader() {
  return (
    <header className="bg-brand-700 text-white shadow">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-wide sm:text-xl">
          <span aria-hidden="true" className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-white text-base font-black text-brand-700">
            劳
          </span>
          {messages.site.name}
        </Link>
        <nav aria-label={messages.nav.mainNavigation} className="hidden md:block">
          <ul className="flex items-center gap-1">
            {links.map((l) => (
              <li key={l.href}>
                <NavLink href={l.href} className={linkClass}>
                  {l.label}
                </NavLink>
              </li>
            ))}
            <li>
              <Link href="/login" className="ml-2 block rounded bg-white px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
                {messages.nav.login}
              </Link>
            </li>
          </ul>
        </nav>
        {/* Phones: a disclosure menu that works without JavaScript and with the keyboard. */}
        <details className="relative md:hidden">
          <summary className="cursor-pointer list-none rounded border border-white/40 px-3 py-1.5 text-sm">{messages.nav.menu}</summary>
          <nav aria-label={messages.nav.mainNavigation} className="absolute right-0 z-20 mt-2 w-44 rounded bg-brand-800 p-2 shadow-lg">
            <ul>
              {links.map((l) => (
                <li key={l.href}>
                  <NavLink href={l.href} className={linkClass}>
                    {l.label}
                  </NavLink>
                </li>
              ))}
              <li>
                <Link href="/login" className={linkClass}>
                  {messages.nav.login}
                </Link>
              </li>
            </ul>
          </nav>
        </details>
      </div>
    </header>
  );
}
