"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { registerUnitSchema } from "@/lib/schemas/register-unit";
import { NEW_CITIES, UNIT_TYPES, suggestTradeName } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { ActionResult } from "@/lib/domain/app-error";
import { TextField, SelectField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

const m = messages.register;
const newCityOptions = NEW_CITIES.map((c) => ({ value: c.code, label: c.label }));
const unitTypeOptions = UNIT_TYPES.map((t) => ({ value: t.code, label: t.label }));

type Props = { action: (input: unknown) => Promise<ActionResult<{ loginName: string }>>; today: string };

export function RegisterForm({ action, today }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(registerUnitSchema),
    defaultValues: {
      creditCode: "",
      name: "",
      tradeName: "",
      type: "",
      newCityId: "",
      registrationDate: "",
      address: "",
      contactName: "",
      contactPhone: "",
      password: "",
      confirmPassword: "",
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await action(values);
    if (result.ok) {
      router.push("/login?registered=1");
      return;
    }
    setFormError(result.message);
    for (const [field, fieldMessages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in values) setError(field as keyof typeof values, { message: fieldMessages[0] });
    }
  });

  const fillTradeName = () => {
    const suggestion = suggestTradeName({ unitName: getValues("name") });
    if (suggestion) setValue("tradeName", suggestion, { shouldValidate: true });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="grid gap-x-4 sm:grid-cols-2">
        <legend className="mb-3 text-base font-semibold text-slate-900">{m.sectionUnit}</legend>
        <TextField label={m.creditCode} hint={m.creditCodeHint} required maxLength={24} autoComplete="off" error={errors.creditCode?.message} {...register("creditCode")} />
        <TextField label={m.name} required error={errors.name?.message} {...register("name")} />
        <div>
          <TextField label={m.tradeName} hint={m.tradeNameHint} required error={errors.tradeName?.message} {...register("tradeName")} />
          <button type="button" onClick={fillTradeName} className="-mt-3 mb-3 text-xs font-medium text-brand-700 underline">
            {m.suggestTradeName}
          </button>
        </div>
        <SelectField label={m.type} required placeholder={m.selectPlaceholder} options={unitTypeOptions} error={errors.type?.message} {...register("type")} />
        <SelectField label={m.newCity} required placeholder={m.selectPlaceholder} options={newCityOptions} error={errors.newCityId?.message} {...register("newCityId")} />
        <TextField label={m.registrationDate} type="date" max={today} required error={errors.registrationDate?.message} {...register("registrationDate")} />
        <div className="sm:col-span-2">
          <TextField label={m.address} required error={errors.address?.message} {...register("address")} />
        </div>
      </fieldset>
      <fieldset className="grid gap-x-4 sm:grid-cols-2">
        <legend className="mb-3 text-base font-semibold text-slate-900">{m.sectionContact}</legend>
        <TextField label={m.contactName} required autoComplete="name" error={errors.contactName?.message} {...register("contactName")} />
        <TextField label={m.contactPhone} type="tel" required autoComplete="tel" error={errors.contactPhone?.message} {...register("contactPhone")} />
      </fieldset>
      <fieldset className="grid gap-x-4 sm:grid-cols-2">
        <legend className="mb-3 text-base font-semibold text-slate-900">{m.sectionAccount}</legend>
        <TextField label={m.password} hint={m.passwordHint} type="password" required autoComplete="new-password" error={errors.password?.message} {...register("password")} />
        <TextField label={m.confirmPassword} type="password" required autoComplete="new-password" error={errors.confirmPassword?.message} {...register("confirmPassword")} />
      </fieldset>
      <Button type="submit" className="w-full sm:w-auto" disabled={isSubmitting}>
        {isSubmitting ? m.submitting : m.submit}
      </Button>
    </form>
  );
}
