"use client";

import { useEffect, useRef } from "react";
import { messages } from "@/lib/i18n/messages.zh-CN";
import type { ApplicationStep } from "@/lib/schemas/application";
import type { StepContext } from "./types";

// The slice of react-hook-form a step's save needs (kept structural so every step's form fits).
type SavableForm = {
  trigger: (name?: undefined, options?: { shouldFocus?: boolean }) => Promise<boolean>;
  getValues: () => unknown;
  setError: (name: never, error: { type?: string; message?: string }, options?: { shouldFocus: boolean }) => void;
};

/**
 * Registers the active step's save with the wizard: validate in the browser (same zod schema as
 * the server), send the raw values (the server parses them again), and put the server's
 * fieldErrors next to the fields they name.
 */
export function useStepSaver({ ctx, form, step }: { ctx: StepContext; form: SavableForm; step: ApplicationStep }) {
  const latest = useRef({ ctx, form });
  useEffect(() => {
    latest.current = { ctx, form };
  });
  useEffect(() => {
    const saver = async () => {
      const { ctx: c, form: f } = latest.current;
      const valid = await f.trigger(undefined, { shouldFocus: true });
      if (!valid) {
        c.onError(messages.applicationFormUi.wizard.fixBeforeLeaving);
        return false;
      }
      const result = await c.save({ applicationId: c.applicationId, step, data: f.getValues() });
      if (!result.ok) {
        c.onError(result.message);
        let first = true;
        for (const [field, list] of Object.entries(result.fieldErrors ?? {})) {
          f.setError(field as never, { type: "server", message: list[0] }, { shouldFocus: first });
          first = false;
        }
        return false;
      }
      c.onError(null);
      c.onSaved(new Date(result.data.savedAt));
      return true;
    };
    latest.current.ctx.setSaver(saver);
    return () => latest.current.ctx.setSaver(null);
  }, [step]);
}
