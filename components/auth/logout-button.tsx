"use client";

import { signOut } from "next-auth/react";
import { messages } from "@/lib/i18n/messages.zh-CN";

export function LogoutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded border border-white/40 px-3 py-1.5 text-sm text-white hover:bg-white/10"
    >
      {messages.nav.logout}
    </button>
  );
}
