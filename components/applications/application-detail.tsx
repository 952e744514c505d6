import { APPLICATION_DECLARATIONS, UNIT_DECLARATIONS } from "@/lib/eligibility";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { categoryLabel, levelLabel } from "@/lib/domain/labels";
import { formatCalendarDate, formatDateTime } from "@/lib/domain/dates";
import { isRole } from "@/lib/domain/roles";
import type { ApplicationDetail as Detail } from "@/lib/server/services/applications/get-application";
import { canonicalFieldKey } from "@/lib/domain/application-fields";
import { fieldLabel } from "./field-labels";

const m = messages.reviewUi.detail;
const f = messages.applicationForm.fields;

type Comment = Detail["comments"][number];

type Props = {
  application: Detail["application"];
  batch: Detail["batch"];
  newCityName: string;
  comments: Comment[];
};

/**
 * 申报详情 (read-only): every field of the application, its lead units, figures, narratives,
 * declarations and attachments (with download links), and reviewers' comments next to the
 * fields they concern. Shared by the unit's view and both reviewers' views.
 */
export function ApplicationDetail({ application: app, batch, newCityName, comments }: Props) {
  const byField = new Map<string, Comment[]>();
  for (const c of comments) {
    const key = canonicalFieldKey(c.field);
    byField.set(key, [...(byField.get(key) ?? []), c]);
  }
  const row = (path: string, value: React.ReactNode, label = fieldLabel(path)) => <Row key={path} label={label} value={value} comments={byField.get(path)} />;
  const declarations = (app.declarations ?? {}) as Record<string, unknown>;
  const passRate = app.trainedCount && app.passedCount !== null ? `${((app.passedCount / app.trainedCount) * 100).toFixed(1)}%` : null;

  return (
    <div className="space-y-6">
      <Section id="detail-meta" title={m.meta}>
        <dl className="grid gap-x-6 sm:grid-cols-2">
          <Row label={m.unit} value={app.unit.name} />
          <Row label={m.creditCode} value={<span className="break-all font-mono text-xs">{app.unit.creditCode}</span>} />
          <Row label={m.newCity} value={newCityName} />
          <Row label={m.batch} value={batch?.title} />
          <Row label={m.level} value={levelLabel(app.levelApplied)} />
          <Row label={m.version} value={app.version > 0 ? m.versionValue(app.version) : null} />
          <Row label={m.submittedAt} value={app.submittedAt ? formatDateTime(app.submittedAt) : m.notSubmitted} />
        </dl>
      </Section>

      <Section id="detail-brand" title={m.brand}>
        <dl className="grid gap-x-6 sm:grid-cols-2">
          {row("brandName", app.brandName || null)}
          {row("category", app.category ? categoryLabel(app.category) : null)}
          {row("isNationalIch", app.isNationalIch ? m.yes : m.no)}
          {app.isNationalIch ? row("ichItemName", app.ichItemName) : null}
          {app.isNationalIch ? row("ichListNumber", app.ichListNumber) : null}
        </dl>
      </Section>

      <Section id="detail-lead-units" title={m.leadUnits}>
        <ol className="space-y-4">
          {app.leadUnits.map((u) => {
            const p = `leadUnits.${u.position}`;
            const unitDeclarations = (u.declarations ?? {}) as Record<string, unknown>;
            return (
              <li key={u.id} className="rounded border border-slate-200 p-3">
                <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                  {m.leadUnitTitle(u.position + 1)}
                  {u.position === 0 ? <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-700">{m.applicantTag}</span> : null}
                </h3>
                <dl className="mt-2 grid gap-x-6 sm:grid-cols-2">
                  {row(`${p}.name`, u.name, f.unitName)}
                  {row(`${p}.creditCode`, <span className="break-all font-mono text-xs">{u.creditCode}</span>, f.creditCode)}
                  {row(`${p}.tradeName`, u.tradeName, f.tradeName)}
                  {row(`${p}.registrationDate`, formatCalendarDate(u.registrationDate), f.registrationDate)}
                </dl>
                <dl>{row(`${p}.contribution`, u.contribution ? <Prose text={u.contribution} /> : null, f.contribution)}</dl>
                <Declarations
                  title={m.unitDeclarations}
                  items={UNIT_DECLARATIONS.map((d) => ({ key: d.key, label: `${d.label}（${d.ruleId}）`, ticked: unitDeclarations[d.key] === true }))}
                />
              </li>
            );
          })}
        </ol>
      </Section>

      <Section id="detail-figures" title={m.figures}>
        <dl className="grid gap-x-6 sm:grid-cols-2">
          {row("employedCount", m.people(app.employedCount))}
          {row("povertyAlleviatedCount", m.people(app.povertyAlleviatedCount))}
          {row("trainedCount", m.people(app.trainedCount))}
          {row("passedCount", m.people(app.passedCount))}
          <Row label={m.passRate} value={passRate} />
        </dl>
      </Section>

      <Section id="detail-narratives" title={m.narratives}>
        <dl>
          {(["brandDescription", "businessDescription", "trainingDescription", "transferDescription", "postPlacementDescription", "trademarks", "awards"] as const).map((key) =>
            row(key, app[key] ? <Prose text={app[key]} /> : null),
          )}
          {app.warningExplanation ? row("warningExplanation", <Prose text={app.warningExplanation} />, m.warningExplanation) : null}
        </dl>
      </Section>

      <Section id="detail-declarations" title={m.declarations}>
        <Declarations items={APPLICATION_DECLARATIONS.map((d) => ({ key: d.key, label: `${d.label}（${d.ruleId}）`, ticked: declarations[d.key] === true }))} />
      </Section>

      <Section id="detail-attachments" title={m.attachments}>
        {app.attachments.length === 0 ? (
          <p className="text-sm text-slate-600">{m.noAttachments}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded border border-slate-200">
            {app.attachments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <span className="min-w-0">
                  <span className="block text-xs text-slate-500">{messages.attachments.kinds[a.kind] ?? a.kind}</span>
                  <span className="block break-all font-medium text-slate-900">{a.fileName}</span>
                  <span className="block text-xs text-slate-500">
                    {m.size(a.sizeBytes)} · {formatDateTime(a.createdAt)}
                  </span>
                </span>
                <a
                  href={`/api/attachments/${encodeURIComponent(a.id)}`}
                  className="shrink-0 rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-brand-700 hover:bg-slate-50"
                  aria-label={m.downloadLabel(a.fileName)}
                  download
                >
                  {m.download}
                </a>
              </li>
            ))}
          </ul>
        )}
        {byField.get("attachments") ? <FieldComments comments={byField.get("attachments") ?? []} /> : null}
      </Section>

      <Section id="detail-comments" title={m.fieldComments}>
        {comments.length === 0 ? (
          <p className="text-sm text-slate-600">{m.noFieldComments}</p>
        ) : (
          <ul className="space-y-2">
            {comments.map((c) => (
              <li key={c.id} className="rounded border border-amber-200 bg-amber-50 p-3 text-sm">
                <p className="font-medium text-amber-950">{fieldLabel(c.field)}</p>
                <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{c.message}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {m.commentOnVersion(c.version)} · {isRole(c.authorRole) ? messages.roles[c.authorRole] : c.authorRole} · {formatDateTime(c.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Row({ label, value, comments }: { label: string; value: React.ReactNode; comments?: Comment[] }) {
  const empty = value === null || value === undefined || value === "";
  return (
    <div className="border-b border-slate-100 py-2 last:border-b-0">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={`mt-0.5 break-words text-sm ${empty ? "text-slate-400" : "text-slate-900"}`}>{empty ? m.empty : value}</dd>
      {comments?.length ? (
        <dd>
          <FieldComments comments={comments} />
        </dd>
      ) : null}
    </div>
  );
}

function FieldComments({ comments }: { comments: Comment[] }) {
  return (
    <ul className="mt-1 space-y-1" aria-label={m.fieldComments}>
      {comments.map((c) => (
        <li key={c.id} className="rounded border-l-4 border-amber-400 bg-amber-50 px-2 py-1 text-xs text-amber-950">
          <span className="font-semibold">{m.fieldComments}</span>（{m.commentOnVersion(c.version)}）：{c.message}
        </li>
      ))}
    </ul>
  );
}

function Prose({ text }: { text: string }) {
  return <span className="block whitespace-pre-wrap">{text}</span>;
}

function Declarations({ title, items }: { title?: string; items: { key: string; label: string; ticked: boolean }[] }) {
  return (
    <div className="mt-2">
      {title ? <p className="text-xs text-slate-500">{title}</p> : null}
      <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
        {items.map((d) => (
          <li key={d.key} className="flex items-start gap-2">
            <span aria-hidden="true" className={d.ticked ? "text-green-700" : "text-red-700"}>
              {d.ticked ? "✓" : "✗"}
            </span>
            <span>
              <span className="sr-only">{d.ticked ? m.declared : m.notDeclared}：</span>
              {d.label}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
