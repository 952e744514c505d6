"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A navigation link that marks the current section with aria-current for screen readers and style. */
export function NavLink({ href, children, exact = false, className = "" }: { href: string; children: React.ReactNode; exact?: boolean; className?: string }) {
  const pathname = usePathname();
  const active = exact || href === "/" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={`${className} ${active ? "is-active" : ""}`}>
      {children}
    </Link>
  );
}
