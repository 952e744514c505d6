import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/server/auth/session";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { LoginForm } from "@/components/auth/login-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: messages.login.title, robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const callbackPath = safeCallbackPath(first(params.callbackUrl));
  if (await getSessionUser()) redirect(callbackPath);
  const m = messages.login;
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-2xl font-bold text-slate-900">{m.title}</h1>
        <p className="mb-4 mt-2 text-sm text-slate-600">{m.subtitle}</p>
        <LoginForm callbackPath={callbackPath} notice={first(params.registered) ? m.registered : undefined} />
        <p className="mt-4 text-sm text-slate-600">
          {m.noAccount}
          <Link href="/register" className="ml-1 font-medium text-brand-700 underline">
            {m.registerLink}
          </Link>
        </p>
      </Card>
    </div>
  );
}
