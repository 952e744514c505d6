import { forwardRef } from "react";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { fieldDomId } from "./field-map";
import { SelectField, TextAreaField, TextField, describedBy } from "@/components/ui/field";

// Form controls of the application form: components/ui/field's controls plus the reviewers' field
// comments, wired to the control through aria-describedby. Ids derive from the field path,
// so verdict links (…?step=figures#f-employedCount) land on the control.

type Extra = { name: string; label: string; hint?: React.ReactNode; error?: string; comments?: readonly string[]; required?: boolean };

const commentsBlock = (id: string, comments?: readonly string[]) => (comments?.length ? <ReviewerComments id={id} comments={comments} /> : undefined);

export function ReviewerComments({ id, comments }: { id: string; comments?: readonly string[] }) {
  if (!comments?.length) return null;
  return (
    <div id={`${id}-extra`} className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p className="font-semibold">{messages.applicationFormUi.wizard.reviewerComment}</p>
      <ul className="list-disc pl-5">
        {comments.map((c, i) => (
          <li key={i} className="break-words">
            {c}
          </li>
        ))}
      </ul>
    </div>
  );
}

// The UI controls, addressed by field path and with the reviewers' comments as their extra block.
type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "name"> & Extra;

export const FormInput = forwardRef<HTMLInputElement, InputProps>(function FormInput({ name, comments, ...props }, ref) {
  const id = fieldDomId(name);
  return <TextField ref={ref} id={id} name={name} extra={commentsBlock(id, comments)} {...props} />;
});

type TextAreaProps = Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & Extra;

export const FormTextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function FormTextArea({ name, comments, rows = 5, ...props }, ref) {
  const id = fieldDomId(name);
  return <TextAreaField ref={ref} id={id} name={name} rows={rows} extra={commentsBlock(id, comments)} {...props} />;
});

type SelectProps = Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name"> & Extra & { options: readonly { value: string; label: string }[]; placeholder?: string };

export const FormSelect = forwardRef<HTMLSelectElement, SelectProps>(function FormSelect({ name, comments, ...props }, ref) {
  const id = fieldDomId(name);
  return <SelectField ref={ref} id={id} name={name} extra={commentsBlock(id, comments)} {...props} />;
});

type CheckboxProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "type"> & Extra;

/** A checkbox with its label beside it (declarations, flags). */
export const FormCheckbox = forwardRef<HTMLInputElement, CheckboxProps>(function FormCheckbox({ name, label, hint, error, comments, required, ...props }, ref) {
  const id = fieldDomId(name);
  return (
    <div className="space-y-1 py-1">
      <div className="flex items-start gap-2">
        <input
          ref={ref}
          id={id}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(id, { hint, error, extra: !!comments?.length })}
          className="mt-0.5 h-5 w-5 shrink-0 rounded border-slate-400 accent-brand-600"
          {...props}
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
          {required ? (
            <span className="ml-0.5 text-red-700" aria-hidden="true">
              *
            </span>
          ) : null}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="pl-7 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className="pl-7">
        <ReviewerComments id={id} comments={comments} />
      </div>
      <p id={`${id}-error`} className="pl-7 text-xs text-red-700 empty:hidden" aria-live="polite">
        {error ?? ""}
      </p>
    </div>
  );
});

/** Comments without a field of their own (e.g. on a whole lead unit), shown at the top of a step. */
export function StepComments({ comments }: { comments?: readonly string[] }) {
  if (!comments?.length) return null;
  return <ReviewerComments id="step-comments" comments={comments} />;
}
