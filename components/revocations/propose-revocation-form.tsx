"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ActionResult } from "@/lib/domain/app-error";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { EVIDENCE_MAX, FACTS_MAX, PROPOSABLE_REASONS, proposeRevocationSchema } from "@/lib/schemas/revocation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldShell, SelectField, TextAreaField, controlClass } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "@/components/review/action-feedback";

const r = messages.revocations;
const f = r.fields;
const FIELDS = ["creditCode", "reason", "severe", "facts", "evidenceIds"] as const;
type Field = (typeof FIELDS)[number];

type Props = {
  brand: { id: string; name: string };
  /** The lead units holding an ACTIVE title in the brand, with the levels they hold. */
  leadUnits: readonly { creditCode: string; unitName: string; levels: string }[];
  action: (input: unknown) => Promise<ActionResult<unknown>>;
};

/**
 * 提议撤销 (M1, M2): the lead unit, an M1 reason (never 绩效评估不合格), severe or not (M2, with
 * what it means), the facts, and evidence uploaded first through POST /api/brands/:id/files as
 * REVOCATION_EVIDENCE, then referenced by id. The server's schema validates here too.
 */
export function ProposeRevocationForm({ brand, leadUnits, action }: Props) {
  const router = useRouter();
  const fileId = useId();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<Record<string, unknown> | null>(null);
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<{ id: string; fileName: string }[]>([]);
  const [upload, setUpload] = useState<{ state: "idle" | "uploading" | "failed"; message?: string }>({ state: "idle" });
  const { register, handleSubmit, setError, setValue, control, formState: { errors } } = useForm({
    resolver: zodResolver(proposeRevocationSchema),
    defaultValues: { brandId: brand.id, creditCode: leadUnits.length === 1 ? leadUnits[0]!.creditCode : "", reason: "", severe: false, facts: "", evidenceIds: [] as string[] },
  });
  const severe = useWatch({ control, name: "severe" });

  const syncFiles = (next: { id: string; fileName: string }[]) => {
    setFiles(next);
    setValue("evidenceIds", next.map((x) => x.id));
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setUpload({ state: "uploading" });
    const body = new FormData();
    body.set("file", file);
    body.set("kind", "REVOCATION_EVIDENCE");
    const response = await fetch(`/api/brands/${encodeURIComponent(brand.id)}/files`, { method: "POST", body }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as { ok: boolean; data?: { id: string; fileName: string }; message?: string } | null;
    input.value = "";
    if (!json?.ok || !json.data) {
      setUpload({ state: "failed", message: json?.message ?? messages.errors.validation });
      return;
    }
    setUpload({ state: "idle" });
    syncFiles([...files, { id: json.data.id, fileName: json.data.fileName }]);
  };

  const confirm = async () => {
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    setPending(null);
    if (result.ok) {
      const id = (result.data as { id?: string } | undefined)?.id;
      router.push(id ? `/bureau/revocations/${id}?done=proposed` : "/bureau/revocations");
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, list] of Object.entries(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field)) setError(field as Field, { message: list[0] });
    }
  };

  if (leadUnits.length === 0) return <p className="text-sm text-slate-600">{r.form.noLeadUnits}</p>;
  const statusId = `${fileId}-status`;

  return (
    <form noValidate className="space-y-3" data-testid="propose-revocation-form" onSubmit={handleSubmit((values) => { setRefusal(null); setPending(values); })}>
      <RefusalAlert refusal={refusal} />
      <SelectField
        id="revocation-unit"
        label={f.creditCode}
        required
        placeholder={r.form.chooseUnit}
        options={leadUnits.map((u) => ({ value: u.creditCode, label: `${u.unitName}（${r.form.titlesHeld(u.levels)}）` }))}
        error={errors.creditCode?.message}
        {...register("creditCode")}
      />
      <SelectField
        id="revocation-reason"
        label={f.reason}
        required
        placeholder={r.form.chooseReason}
        options={PROPOSABLE_REASONS.map((x) => ({ value: x.code, label: x.label }))}
        error={errors.reason?.message}
        {...register("reason")}
      />
      <div className="space-y-1">
        <label className="inline-flex min-h-10 items-start gap-2 text-sm font-medium text-slate-900">
          <input type="checkbox" className="mt-0.5 h-4 w-4" aria-describedby="revocation-severe-help" {...register("severe")} />
          {f.severe}
        </label>
        <p id="revocation-severe-help" className={`text-xs ${severe ? "font-semibold text-red-800" : "text-slate-600"}`}>{r.severeHelp}</p>
      </div>
      <TextAreaField id="revocation-facts" label={f.facts} required rows={5} maxLength={FACTS_MAX} placeholder={r.form.factsPlaceholder} error={errors.facts?.message} {...register("facts")} />
      <FieldShell id={fileId} label={r.form.upload} error={errors.evidenceIds?.message ?? (upload.state === "failed" ? upload.message : undefined)}>
        <input
          id={fileId}
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          className={controlClass}
          aria-describedby={statusId}
          disabled={upload.state === "uploading" || files.length >= EVIDENCE_MAX}
          onChange={(e) => void onFile(e.currentTarget)}
        />
        <div id={statusId} aria-live="polite" className="text-xs text-slate-600" data-testid="revocation-evidence-status">
          {upload.state === "uploading" ? r.form.uploading : null}
          {files.length > 0 ? (
            <ul className="mt-1 space-y-1">
              {files.map((x) => (
                <li key={x.id} className="flex items-center gap-2">
                  <span>{r.form.uploaded}{x.fileName}</span>
                  <button type="button" className="text-brand-700 underline" onClick={() => syncFiles(files.filter((y) => y.id !== x.id))}>{r.form.remove}</button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </FieldShell>
      <Button type="submit" disabled={upload.state === "uploading"}>{r.form.submit}</Button>
      <ConfirmDialog
        open={pending !== null}
        title={r.form.title}
        confirmLabel={r.form.submit}
        cancelLabel={r.common.cancel}
        busyLabel={r.common.working}
        busy={busy}
        tone={pending?.severe ? "danger" : "primary"}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{r.form.intro}</p>
        {pending?.severe ? <p className="font-semibold text-red-800">{r.severeHelp}</p> : null}
      </ConfirmDialog>
    </form>
  );
}
