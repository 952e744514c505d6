import { forwardRef, useId } from "react";

type FieldShellProps = {
  id: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  required?: boolean;
  /** Shown between the hint and the error, e.g. reviewers' comments (give it the id `${id}-extra`). */
  extra?: React.ReactNode;
  children: React.ReactNode;
};

/** Label, hint and error wired to the control with aria-describedby, as screen readers expect. */
export function FieldShell({ id, label, hint, error, required, extra, children }: FieldShellProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span className="ml-0.5 text-red-700" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {extra}
      <p id={`${id}-error`} className="min-h-4 text-xs text-red-700" aria-live="polite">
        {error ?? ""}
      </p>
    </div>
  );
}

/** The ids a control is described by: its hint, any extra block, its error. */
export function describedBy(id: string, { hint, error, extra }: { hint?: unknown; error?: string; extra?: boolean }) {
  return [hint ? `${id}-hint` : null, extra ? `${id}-extra` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export const controlClass =
  "block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 shadow-sm sm:text-sm aria-[invalid=true]:border-red-600 border-slate-300 focus:border-blue-600 disabled:bg-slate-100 disabled:text-slate-600";

/** What every labelled control takes besides its own attributes; `extra` sits between hint and error. */
type FieldProps = { label: string; hint?: React.ReactNode; error?: string; extra?: React.ReactNode };

type TextFieldProps = React.InputHTMLAttributes<HTMLInputElement> & FieldProps;

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField({ label, hint, error, extra, required, id, ...props }, ref) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldShell id={inputId} label={label} hint={hint} error={error} required={required} extra={extra}>
      <input
        ref={ref}
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(inputId, { hint, error, extra: !!extra })}
        className={controlClass}
        {...props}
      />
    </FieldShell>
  );
});

type SelectFieldProps = React.SelectHTMLAttributes<HTMLSelectElement> &
  FieldProps & {
  options: readonly { value: string; label: string }[];
  placeholder?: string;
};

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, hint, error, extra, required, id, options, placeholder, ...props },
  ref,
) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <FieldShell id={selectId} label={label} hint={hint} error={error} required={required} extra={extra}>
      <select
        ref={ref}
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(selectId, { hint, error, extra: !!extra })}
        className={controlClass}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
});

type TextAreaFieldProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps;

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { label, hint, error, extra, required, id, rows = 3, ...props },
  ref,
) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error} required={required} extra={extra}>
      <textarea
        ref={ref}
        id={fieldId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(fieldId, { hint, error, extra: !!extra })}
        className={controlClass}
        {...props}
      />
    </FieldShell>
  );
});
