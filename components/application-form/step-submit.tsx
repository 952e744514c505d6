"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { declarationsStepSchema } from "@/lib/schemas/application";
import { APPLICATION_DECLARATIONS, UNIT_DECLARATIONS, type Verdict } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormCheckbox, FormTextArea, StepComments } from "./fields";
import { RequiredAttachments } from "./required-attachments";
import { useStepSaver } from "./use-step-saver";
import { FindingList, VerdictList } from "./verdict-list";
import { refusalOf, type Refusal } from "./refusal";
import type { AttachmentItem, StepContext, SubmitAction, UnitDeclarations } from "./types";

const f = messages.applicationForm.fields;
const m = messages.applicationFormUi.submit;

type Props = {
  ctx: StepContext;
  declarations: UnitDeclarations;
  warningExplanation: string;
  verdict: Verdict;
  attachments: AttachmentItem[];
  isNationalIch: boolean;
  unitName: string;
  resubmit: boolean;
  editBase: string;
  submit: SubmitAction;
  /** Saves this step now (the wizard's registered save). */
  saveNow: () => Promise<boolean>;
};

/** 承诺与提交: declarations (B3, U2–U4), the server's verdict, 情况说明, 承诺书 and the submission. */
export function SubmitStep({ ctx, declarations, warningExplanation, verdict, attachments, isNationalIch, unitName, resubmit, editBase, submit, saveNow }: Props) {
  const router = useRouter();
  const form = useForm({
    resolver: zodResolver(declarationsStepSchema),
    defaultValues: {
      declarations: Object.fromEntries(APPLICATION_DECLARATIONS.map((d) => [d.key, declarations[d.key] === true])),
      warningExplanation,
    },
  });
  const {
    register,
    getValues,
    setError,
    setFocus,
    formState: { errors },
  } = form;
  useStepSaver({ ctx, form, step: "declarations" });
  const [commitment, setCommitment] = useState(false);
  const [commitmentError, setCommitmentError] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const commitmentRef = useRef<HTMLInputElement | null>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const c = ctx.comments;
  const hasWarnings = verdict.warnings.length > 0;

  const requestSubmit = async () => {
    setRefusal(null);
    let ok = true;
    if (hasWarnings && !getValues("warningExplanation")?.trim()) {
      setError("warningExplanation", { message: messages.workflowErrors.warningsNeedExplanation });
      setFocus("warningExplanation");
      ok = false;
    }
    if (!commitment) {
      setCommitmentError(messages.applicationForm.commitmentRequired);
      if (ok) commitmentRef.current?.focus();
      ok = false;
    }
    if (!ok) return;
    if (!(await saveNow())) return;
    setDialogOpen(true);
  };

  const confirmSubmit = async () => {
    setSubmitting(true);
    const result = await submit({ applicationId: ctx.applicationId, commitment: true, warningExplanation: getValues("warningExplanation") ?? "" });
    if (result.ok) {
      router.push(`/unit/applications/${encodeURIComponent(ctx.applicationId)}?submitted=1`);
      return;
    }
    setSubmitting(false);
    setDialogOpen(false);
    // Findings already listed in the verdict above are not repeated; others (attachments, name in use …) are.
    setRefusal(refusalOf({ result, verdict }));
    if (result.fieldErrors?.warningExplanation) setError("warningExplanation", { message: result.fieldErrors.warningExplanation[0] });
    if (result.fieldErrors?.commitment) setCommitmentError(result.fieldErrors.commitment[0] ?? null);
    router.refresh();
    // After the dialog has returned focus, move it to the refusal so it is read out.
    setTimeout(() => refusalRef.current?.focus(), 0);
  };

  return (
    <div className="space-y-6">
      <StepComments comments={c[""]} />
      <fieldset>
        <legend className="mb-2 text-lg font-semibold text-slate-900">{m.declarationsLegend}</legend>
        {APPLICATION_DECLARATIONS.map((d) => (
          <FormCheckbox
            key={d.key}
            label={`${d.label}（${d.ruleId}）`}
            required
            error={errors.declarations?.[d.key]?.message}
            comments={c[`declarations.${d.key}`]}
            {...register(`declarations.${d.key}`)}
          />
        ))}
      </fieldset>

      <section aria-labelledby="verdict-title" className="space-y-2">
        <h2 id="verdict-title" className="text-lg font-semibold text-slate-900">
          {m.verdictTitle}
        </h2>
        <p className="text-sm text-slate-600">{m.verdictIntro}</p>
        <VerdictList verdict={verdict} editBase={editBase} onNavigate={ctx.goTo} />
        <RequiredAttachments items={attachments} isNationalIch={isNationalIch} />
      </section>

      <FormTextArea
        label={f.warningExplanation}
        required={hasWarnings}
        hint={m.warningExplanationHint}
        maxLength={2000}
        rows={3}
        error={errors.warningExplanation?.message}
        comments={c.warningExplanation}
        {...register("warningExplanation")}
      />

      <section aria-labelledby="commitment-title" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="commitment-title" className="text-center text-lg font-semibold text-slate-900">
          {m.commitmentTitle}
        </h2>
        <div className="mt-3 max-h-72 space-y-2 overflow-y-auto text-sm leading-relaxed text-slate-800" tabIndex={0} aria-label={m.commitmentTitle}>
          <p>{m.commitmentIntro(unitName)}</p>
          <p>{m.commitmentUnitsLine}</p>
          <ol className="list-decimal pl-6">
            {[...UNIT_DECLARATIONS, ...APPLICATION_DECLARATIONS].map((d) => (
              <li key={d.key}>{d.label}；</li>
            ))}
          </ol>
          <p>{m.commitmentClosing}</p>
        </div>
        <div className="mt-3 border-t border-slate-200 pt-3">
          <FormCheckbox
            ref={commitmentRef}
            name="commitment"
            label={m.commitmentCheckbox}
            required
            checked={commitment}
            onChange={(e) => {
              setCommitment(e.target.checked);
              if (e.target.checked) setCommitmentError(null);
            }}
            error={commitmentError ?? undefined}
          />
        </div>
      </section>

      {refusal ? (
        <div ref={refusalRef} tabIndex={-1} className="space-y-2 outline-none">
          <Alert tone="error" title={m.refused}>
            <p>{refusal.message}</p>
            {refusal.rules.length > 0 ? <p data-testid="refused-rules">{m.refusedRules(refusal.rules.join("、"))}</p> : null}
          </Alert>
          {refusal.findings.length > 0 ? <FindingList title={m.refused} tone="error" findings={refusal.findings} editBase={editBase} onNavigate={ctx.goTo} /> : null}
        </div>
      ) : null}

      <Button onClick={requestSubmit} disabled={submitting} className="w-full sm:w-auto">
        {submitting ? m.submitting : resubmit ? m.resubmit : m.submit}
      </Button>

      <ConfirmDialog
        open={dialogOpen}
        title={m.dialogTitle}
        confirmLabel={resubmit ? m.resubmit : m.confirm}
        cancelLabel={m.cancel}
        busy={submitting}
        onConfirm={confirmSubmit}
        onCancel={() => setDialogOpen(false)}
      >
        <p>{resubmit ? m.dialogResubmitBody : m.dialogBody}</p>
      </ConfirmDialog>
    </div>
  );
}
