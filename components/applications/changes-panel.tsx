import { messages } from "@/lib/i18n/messages.zh-CN";
import { categoryLabel } from "@/lib/domain/labels";
import { fieldLabel } from "./field-labels";

const m = messages.reviewUi.changes;

export type FieldChangeItem = { field: string; from: unknown; to: unknown };

/** A snapshot value as a reviewer reads it (codes as labels, attachments as kind + file name). */
function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return m.emptyValue;
  if (typeof value === "boolean") return value ? m.yes : m.no;
  if (field === "category" && typeof value === "string") return categoryLabel(value);
  if (field === "attachments" && typeof value === "string") {
    return value
      .split("; ")
      .map((item) => {
        const [kind = "", ...rest] = item.split(":");
        const name = rest.slice(0, -1).join(":");
        return `${messages.attachments.kinds[kind] ?? kind}：${name}`;
      })
      .join("\n");
  }
  return String(value);
}

/** 自上次提交以来的修改: field label → before / after. */
export function ChangesPanel({ changes, comparedVersions }: { changes: FieldChangeItem[] | null; comparedVersions: { latest: number; previous: number | null } | null }) {
  return (
    <section aria-labelledby="changes-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="changes-heading" className="text-lg font-semibold text-slate-900">
        {m.title}
      </h2>
      {comparedVersions && changes ? <p className="mt-1 text-sm text-slate-600">{m.compared(comparedVersions.previous, comparedVersions.latest)}</p> : null}
      {changes === null ? (
        <p className="mt-3 text-sm text-slate-600">{m.firstVersion}</p>
      ) : changes.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{m.none}</p>
      ) : (
        <dl className="mt-3 divide-y divide-slate-100 rounded border border-slate-200">
          {changes.map((c) => (
            <div key={c.field} className="grid gap-2 p-3 text-sm md:grid-cols-[12rem_1fr_1fr]">
              <dt className="font-medium text-slate-900">{fieldLabel(c.field)}</dt>
              <dd className="min-w-0">
                <span className="block text-xs text-slate-500">{m.before}</span>
                <del className="block max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-red-50 px-2 py-1 text-red-900 decoration-red-400">{formatValue(c.field, c.from)}</del>
              </dd>
              <dd className="min-w-0">
                <span className="block text-xs text-slate-500">{m.after}</span>
                <ins className="block max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-green-50 px-2 py-1 text-green-900 no-underline">{formatValue(c.field, c.to)}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
