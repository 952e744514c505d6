import type { Metadata } from "next";
import Link from "next/link";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { shanghaiToday } from "@/lib/domain/dates";
import { RegisterForm } from "@/components/auth/register-form";
import { Card } from "@/components/ui/card";
import { registerUnitAction } from "./actions";

export const metadata: Metadata = { title: messages.register.title, robots: { index: false } };

// The date picker's upper bound is today in Shanghai, so the page is rendered per request.
export const dynamic = "force-dynamic";

export default function RegisterPage() {
  const m = messages.register;
  return (
    <div className="mx-auto max-w-3xl">
      <Card>
        <h1 className="text-2xl font-bold text-slate-900">{m.title}</h1>
        <p className="mb-6 mt-2 text-sm text-slate-600">{m.subtitle}</p>
        <RegisterForm action={registerUnitAction} today={shanghaiToday()} />
        <p className="mt-6 text-sm text-slate-600">
          {m.haveAccount}
          <Link href="/login" className="ml-1 font-medium text-brand-700 underline">
            {m.loginLink}
          </Link>
        </p>
      </Card>
    </div>
  );
}
