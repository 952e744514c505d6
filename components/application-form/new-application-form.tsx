"use client";

import { useActionState } from "react";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { ActionResult } from "@/lib/domain/app-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const m = messages.applicationFormUi.list;

type Batch = { id: string; title: string; window: string };

/** 新建申报: choose an open batch (preselected when only one is open); the action redirects to the form. */
export function NewApplicationForm({ batches, action }: { batches: Batch[]; action: (previous: ActionResult<{ id: string }> | null, formData: FormData) => Promise<ActionResult<{ id: string }>> }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (batches.length === 0) return <Alert tone="info">{m.noOpenBatch}</Alert>;
  return (
    <form action={formAction} className="space-y-3">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{m.chooseBatch}</legend>
        <ul className="space-y-2">
          {batches.map((b, i) => (
            <li key={b.id}>
              <label className="flex cursor-pointer items-start gap-2 rounded border border-slate-200 p-3 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" name="batchId" value={b.id} defaultChecked={i === 0} required className="mt-1 h-4 w-4 accent-brand-600" />
                <span>
                  <span className="block font-medium text-slate-900">{b.title}</span>
                  <span className="block text-sm text-slate-600">{b.window}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? m.creating : m.create}
      </Button>
    </form>
  );
}
