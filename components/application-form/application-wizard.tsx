"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { formatDateTime, formatTime } from "@/lib/domain/dates";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FORM_STEPS, fieldDomId, groupByField, type FormStep } from "./field-map";
import { StatusBadge } from "@/components/applications/status-badge";
import { BrandStep } from "./step-brand";
import { LeadUnitsStep } from "./step-lead-units";
import { FiguresStep } from "./step-figures";
import { NarrativesStep } from "./step-narratives";
import { AttachmentsStep } from "./step-attachments";
import { SubmitStep } from "./step-submit";
import type { SaveStepAction, StepContext, SubmitAction, WizardData } from "./types";

const m = messages.applicationFormUi;
const w = m.wizard;

/**
 * The multi-step application form. The URL's ?step= is the active step and the server page
 * renders it with fresh data; leaving a step (indicator, 上一步/下一步, a verdict link) first
 * saves it as a draft, and stays put when the save is refused.
 */
export function ApplicationWizard({ data, step, unitName, save, submit }: { data: WizardData; step: FormStep; unitName: string; save: SaveStepAction; submit: SubmitAction }) {
  const router = useRouter();
  const saver = useRef<(() => Promise<boolean>) | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/unit/applications/${encodeURIComponent(data.id)}`;
  const editBase = `${base}/edit`;
  const index = FORM_STEPS.indexOf(step);

  const saveNow = useCallback(async () => {
    if (!saver.current) return true;
    setBusy(true);
    try {
      return await saver.current();
    } finally {
      setBusy(false);
    }
  }, []);

  const goTo = useCallback(
    async (target: FormStep, field?: string | null) => {
      const hash = field ? `#${fieldDomId(field)}` : "";
      if (target === step) {
        if (field) document.getElementById(fieldDomId(field))?.focus();
        return;
      }
      if (!(await saveNow())) return;
      router.push(`${editBase}?step=${target}${hash}`);
    },
    [editBase, router, saveNow, step],
  );

  // After moving to a step, focus the field a link pointed at, else the step's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    const id = window.location.hash.slice(1);
    const target = id ? document.getElementById(id) : null;
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.focus();
    } else if (!firstRender.current) {
      heading.current?.focus();
    }
    firstRender.current = false;
  }, [step]);

  const ctx: StepContext = useMemo(
    () => ({
      applicationId: data.id,
      setSaver: (fn) => {
        saver.current = fn;
      },
      save,
      onSaved: setSavedAt,
      onError: setError,
      goTo: (s, f) => void goTo(s, f),
      comments: Object.fromEntries(Object.entries(groupByField(data.comments, step)).map(([k, list]) => [k, list.map((c) => c.message)])),
    }),
    [data.id, data.comments, save, goTo, step],
  );

  const tradeNames = [data.applicant.tradeName, ...data.coLeadUnits.map((u) => u.tradeName)].filter((t) => t.trim() !== "");
  const returned = data.status === "RETURNED_TO_UNIT";
  const commentCount = (s: FormStep) => groupByField(data.comments, s);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold text-slate-900">{w.editTitle}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {w.batch}：{data.batchTitle}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">{w.status}</span>
          <StatusBadge status={data.status} />
          <Link href={base} className="text-brand-700 underline">
            {w.viewPage}
          </Link>
        </div>
      </div>

      {returned ? (
        <Alert tone="warning" title={w.returnedTitle}>
          <p className="break-words">{data.returnReason ? w.returnedReason(data.returnReason) : w.returnedNoReason}</p>
          {data.comments.length > 0 ? <p className="mt-1">{w.returnedHint}</p> : null}
        </Alert>
      ) : null}

      <nav aria-label={w.stepsLabel}>
        <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
          {FORM_STEPS.map((s, i) => {
            const current = s === step;
            const commented = Object.keys(commentCount(s)).length > 0;
            return (
              <li key={s}>
                <a
                  href={`${editBase}?step=${s}`}
                  aria-current={current ? "step" : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    void goTo(s);
                  }}
                  className={`flex h-full min-h-11 items-center gap-2 rounded border px-2 py-1.5 text-sm ${current ? "border-brand-600 bg-brand-50 font-semibold text-brand-800" : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50"}`}
                >
                  <span aria-hidden="true" className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs ${current ? "bg-brand-600 text-white" : "bg-slate-200 text-slate-700"}`}>
                    {i + 1}
                  </span>
                  <span className="min-w-0">{m.steps[s]}</span>
                  {commented ? (
                    <span className="ml-auto h-2 w-2 shrink-0 rounded-full bg-amber-500" aria-label={w.reviewerComment} />
                  ) : null}
                </a>
              </li>
            );
          })}
        </ol>
      </nav>

      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 ref={heading} tabIndex={-1} className="sr-only">
          {w.stepOf(index + 1, FORM_STEPS.length)}：{m.steps[step]}
        </h2>
        {error ? (
          <div className="mb-4">
            <Alert tone="error">{error}</Alert>
          </div>
        ) : null}
        {step === "brand" ? <BrandStep ctx={ctx} initial={data.brand} tradeNames={tradeNames} /> : null}
        {step === "leadUnits" ? <LeadUnitsStep ctx={ctx} applicant={data.applicant} coLeadUnits={data.coLeadUnits} today={data.today} /> : null}
        {step === "figures" ? <FiguresStep ctx={ctx} initial={data.figures} /> : null}
        {step === "narratives" ? <NarrativesStep ctx={ctx} initial={data.narratives} /> : null}
        {step === "attachments" ? <AttachmentsStep ctx={ctx} initial={data.attachments} isNationalIch={data.brand.isNationalIch} /> : null}
        {step === "declarations" ? (
          <SubmitStep
            ctx={ctx}
            declarations={data.declarations}
            warningExplanation={data.warningExplanation}
            verdict={data.verdict}
            attachments={data.attachments}
            isNationalIch={data.brand.isNationalIch}
            unitName={unitName}
            resubmit={returned}
            editBase={editBase}
            submit={submit}
            saveNow={saveNow}
          />
        ) : null}
      </div>

      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
        <Button variant="secondary" onClick={() => void goTo(FORM_STEPS[index - 1] as FormStep)} disabled={busy || index === 0}>
          {w.previous}
        </Button>
        {step !== "attachments" ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={async () => {
              if (await saveNow()) router.refresh();
            }}
          >
            {busy ? w.saving : w.save}
          </Button>
        ) : null}
        {index < FORM_STEPS.length - 1 ? (
          <Button onClick={() => void goTo(FORM_STEPS[index + 1] as FormStep)} disabled={busy}>
            {w.next}
          </Button>
        ) : null}
        <p className="ml-auto text-sm text-slate-600" aria-live="polite" role="status" data-testid="save-status">
          {savedAt ? w.savedAt(formatTime(savedAt)) : w.lastSaved(formatDateTime(new Date(data.updatedAt)))}
        </p>
      </div>
      <p className="text-sm">
        <Link href="/unit/applications" className="text-brand-700 underline">
          {w.backToList}
        </Link>
      </p>
    </div>
  );
}
