"use client";

import { useMemo, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { reviewDecisionSchema } from "@/lib/schemas/application";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { ActionResult } from "@/lib/domain/app-error";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";
import { RefusalAlert, type Refusal } from "./action-feedback";

const a = messages.reviewUi.actions;

export type DecisionKind = "recommend" | "returnToUnit" | "bureauReturnToNewCity" | "bureauReturnToUnit" | "reject" | "approveForPublicity" | "recognise" | "rejectAfterPublicity";

type Props = {
  applicationId: string;
  kind: DecisionKind;
  action: (input: unknown) => Promise<ActionResult<{ status: string }>>;
  /** From the workflow table (lib/domain/application-workflow.ts), so client and server agree. */
  commentRequired: boolean;
  /** Offer comments on specific fields (returns to the unit). */
  fieldOptions?: { value: string; label: string }[];
  tone?: "primary" | "danger" | "secondary";
  /** Shown instead of enabling the button (e.g. the publicity period is still running). */
  disabledReason?: string | null;
  /** Extra lines in the confirmation (e.g. the publicity period this decision opens). */
  confirmDetails?: React.ReactNode;
};

/**
 * One reviewer decision: a comment (required or not by the workflow), optional field comments,
 * validation with the server's own zod schema, a confirmation dialog, then the server action.
 */
export function DecisionForm({ applicationId, kind, action, commentRequired, fieldOptions, tone = "primary", disabledReason, confirmDetails }: Props) {
  const copy = a[kind];
  const router = useRouter();
  const pathname = usePathname();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const schema = useMemo(
    () =>
      reviewDecisionSchema.refine((d) => !commentRequired || (typeof d.comment === "string" && d.comment.trim() !== ""), {
        path: ["comment"],
        message: messages.workflowErrors.commentRequired,
        // Report a missing reason together with any other problem, not after it.
        when: () => true,
      }),
    [commentRequired],
  );
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { applicationId, comment: "", fieldComments: [] },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "fieldComments" });
  const idBase = `decision-${kind}`;

  const onSubmit = handleSubmit((values) => {
    setRefusal(null);
    setPending(values);
  });

  const confirm = async () => {
    setBusy(true);
    const result = await action(pending);
    setBusy(false);
    setPending(null);
    if (result.ok) {
      router.replace(`${pathname}?done=${kind}`, { scroll: true });
      router.refresh();
      return;
    }
    setRefusal({ code: result.code, message: result.message });
    for (const [field, fieldMessages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "comment" || /^fieldComments\.\d+\.(field|message)$/.test(field)) {
        setError(field as "comment", { message: fieldMessages[0] });
      }
    }
  };

  if (disabledReason) {
    return (
      <section aria-labelledby={`${idBase}-title`} className="rounded border border-slate-200 bg-slate-50 p-4">
        <h3 id={`${idBase}-title`} className="font-semibold text-slate-900">
          {copy.title}
        </h3>
        <p id={`${idBase}-reason`} className="mt-1 text-sm text-slate-700">
          {a.disabledBecause}
          {disabledReason}
        </p>
        <Button className="mt-3" variant={tone} disabled aria-describedby={`${idBase}-reason`}>
          {copy.submit}
        </Button>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${idBase}-title`} className="rounded border border-slate-200 p-4">
      <h3 id={`${idBase}-title`} className="font-semibold text-slate-900">
        {copy.title}
      </h3>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <RefusalAlert refusal={refusal} />
        <input type="hidden" {...register("applicationId")} />
        <TextAreaField id={`${idBase}-comment`} label={copy.commentLabel} hint={copy.hint} required={commentRequired} maxLength={2000} error={errors.comment?.message} {...register("comment")} />
        {fieldOptions ? (
          <fieldset className="space-y-3 rounded border border-dashed border-slate-300 p-3">
            <legend className="px-1 text-sm font-medium text-slate-800">{a.fieldComments}</legend>
            <p className="text-xs text-slate-500">{a.fieldCommentsHint}</p>
            {fields.map((item, index) => (
              <div key={item.id} className="space-y-2 rounded bg-slate-50 p-3" role="group" aria-label={a.fieldCommentNumber(index + 1)}>
                <div className="space-y-1">
                  <label htmlFor={`${idBase}-fc-${index}-field`} className="block text-sm font-medium text-slate-800">
                    {a.fieldSelect}（{a.fieldCommentNumber(index + 1)}）
                  </label>
                  <select
                    id={`${idBase}-fc-${index}-field`}
                    className="block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm"
                    aria-invalid={errors.fieldComments?.[index]?.field ? true : undefined}
                    {...register(`fieldComments.${index}.field`)}
                  >
                    {fieldOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  <p className="min-h-4 text-xs text-red-700" aria-live="polite">
                    {errors.fieldComments?.[index]?.field ? a.fieldRequired : ""}
                  </p>
                </div>
                <TextAreaField
                  id={`${idBase}-fc-${index}-message`}
                  label={`${a.fieldMessage}（${a.fieldCommentNumber(index + 1)}）`}
                  rows={2}
                  required
                  maxLength={1000}
                  error={errors.fieldComments?.[index]?.message?.message}
                  {...register(`fieldComments.${index}.message`)}
                />
                <Button variant="secondary" onClick={() => remove(index)} aria-label={a.removeFieldCommentLabel(index + 1)}>
                  {a.removeFieldComment}
                </Button>
              </div>
            ))}
            <Button variant="secondary" onClick={() => append({ field: fieldOptions[0]?.value ?? "brandName", message: "" }, { focusName: `fieldComments.${fields.length}.field` })}>
              {a.addFieldComment}
            </Button>
          </fieldset>
        ) : null}
        <Button type="submit" variant={tone}>
          {copy.submit}
        </Button>
      </form>
      <ConfirmDialog
        cancelLabel={messages.reviewUi.actions.cancel}
        busyLabel={messages.reviewUi.actions.working}
        open={pending !== null}
        title={copy.confirmTitle}
        confirmLabel={copy.submit}
        tone={tone === "danger" ? "danger" : "primary"}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{copy.confirmBody}</p>
        {confirmDetails}
      </ConfirmDialog>
    </section>
  );
}
