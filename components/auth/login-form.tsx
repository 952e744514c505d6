"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { loginSchema } from "@/lib/schemas/login";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

const m = messages.login;

export function LoginForm({ callbackPath, notice }: { callbackPath: string; notice?: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(loginSchema), defaultValues: { loginName: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(result?.error === "inactive" ? m.inactive : m.failed);
      return;
    }
    router.replace(callbackPath);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label={m.loginName} hint={m.loginNameHint} autoComplete="username" required error={errors.loginName?.message} {...register("loginName")} />
      <TextField label={m.password} type="password" autoComplete="current-password" required error={errors.password?.message} {...register("password")} />
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? m.submitting : m.submit}
      </Button>
    </form>
  );
}
