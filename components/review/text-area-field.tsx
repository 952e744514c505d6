import { forwardRef, useId } from "react";

type Props = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: string; error?: string };

/** A labelled textarea with its hint and error wired by aria-describedby (like ui/field's inputs). */
export const TextAreaField = forwardRef<HTMLTextAreaElement, Props>(function TextAreaField({ label, hint, error, required, id, rows = 3, ...props }, ref) {
  const generated = useId();
  const fieldId = id ?? generated;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span className="ml-0.5 text-red-700" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      <textarea
        ref={ref}
        id={fieldId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
        className="block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-blue-600 aria-[invalid=true]:border-red-600 sm:text-sm"
        {...props}
      />
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <p id={`${fieldId}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
        {error ?? ""}
      </p>
    </div>
  );
});
