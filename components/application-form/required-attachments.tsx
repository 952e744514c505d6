import { messages } from "@/lib/i18n/messages.zh-CN";

const m = messages.applicationFormUi.attachments;

/** The files a submission needs: the business licence always, the heritage proof for ICH brands. */
export function requiredAttachmentStatus({ items, isNationalIch }: { items: readonly { kind: string }[]; isNationalIch: boolean }) {
  const rows: { kind: string; label: string }[] = [{ kind: "BUSINESS_LICENSE", label: m.requiredLicense }];
  if (isNationalIch) rows.push({ kind: "HERITAGE_PROOF", label: m.requiredHeritage });
  return rows.map((r) => ({ ...r, present: items.some((a) => a.kind === r.kind) }));
}

export function RequiredAttachments({ items, isNationalIch }: { items: readonly { kind: string }[]; isNationalIch: boolean }) {
  const rows = requiredAttachmentStatus({ items, isNationalIch });
  return (
    <section aria-labelledby="required-attachments" className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
      <h3 id="required-attachments" className="font-semibold text-slate-800">
        {m.requiredList}
      </h3>
      <ul className="mt-1 space-y-1">
        {rows.map((r) => (
          <li key={r.kind} className="flex flex-wrap items-center gap-2">
            <span aria-hidden="true" className={r.present ? "text-green-700" : "text-red-700"}>
              {r.present ? "✓" : "✗"}
            </span>
            <span className="text-slate-800">{r.label}</span>
            <span className={`text-xs font-semibold ${r.present ? "text-green-800" : "text-red-800"}`}>{r.present ? m.present : m.missing}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
