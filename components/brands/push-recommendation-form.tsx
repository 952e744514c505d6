import { messages } from "@/lib/i18n/messages.zh-CN";
import { categoryLabel, levelLabel } from "@/lib/domain/labels";
import { formatCalendarDate } from "@/lib/domain/dates";
import type { PushPackage } from "@/lib/server/services/pushes/get-push-package";

const k = messages.pushes.package;

/** A file size as people read it on paper (KB / MB, one decimal). */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const cell = "border border-slate-400 px-2 py-1.5 align-top print:border-black";
const head = `${cell} bg-slate-100 text-left font-semibold text-slate-900 print:bg-transparent`;

function Heading({ children }: { children: React.ReactNode }) {
  return <h2 className="mt-5 mb-2 break-after-avoid text-base font-bold text-slate-900">{children}</h2>;
}

/**
 * 劳务品牌推荐表 (RULES.md F4): what the bureau sends up with a push — the brand, its levels, its
 * lead units, the recommendation, the list of the application's materials, and the seal block.
 * Laid out for A4 paper: plain tables, black borders in print, no colour the page relies on.
 */
export function PushRecommendationForm({ pkg }: { pkg: PushPackage }) {
  const { brand, push } = pkg;
  const attachments = pkg.files.filter((f) => f.source === "ATTACHMENT");
  return (
    <article className="recommendation-form mx-auto max-w-[210mm] overflow-x-auto bg-white p-6 print:overflow-visible text-sm leading-relaxed text-slate-900 shadow-sm print:max-w-none print:p-0 print:text-[10.5pt] print:shadow-none" aria-labelledby="recommendation-title" data-testid="recommendation-form">
      <header className="text-center">
        <h1 id="recommendation-title" className="text-2xl font-bold tracking-widest">{k.title}</h1>
        <p className="mt-1 text-slate-700">{k.subtitle(levelLabel(push.toLevel))}</p>
      </header>

      <Heading>{k.brand}</Heading>
      <table className="w-full border-collapse">
        <tbody>
          <tr>
            <th scope="row" className={`${head} w-32`}>{k.name}</th>
            <td className={cell} data-testid="recommendation-brand-name">{brand.name}</td>
            <th scope="row" className={`${head} w-32`}>{k.category}</th>
            <td className={cell}>{categoryLabel(brand.category)}</td>
          </tr>
          <tr>
            <th scope="row" className={head}>{k.newCity}</th>
            <td className={cell}>{brand.newCityName}</td>
            <th scope="row" className={head}>{k.nationalIch}</th>
            <td className={cell}>{brand.isNationalIch ? `${k.yes}${brand.ichItemName ? `（${brand.ichItemName}）` : ""}` : k.no}</td>
          </tr>
          <tr>
            <th scope="row" className={head}>{k.employed}</th>
            <td className={`${cell} tabular-nums`}>{brand.employedCount}</td>
            <th scope="row" className={head}>{k.poverty}</th>
            <td className={`${cell} tabular-nums`}>{brand.povertyAlleviatedCount}</td>
          </tr>
          <tr>
            <th scope="row" className={head}>{k.story}</th>
            <td className={`${cell} whitespace-pre-line`} colSpan={3}>{brand.story || k.none}</td>
          </tr>
          <tr>
            <th scope="row" className={head}>{k.skills}</th>
            <td className={`${cell} whitespace-pre-line`} colSpan={3}>{brand.skills || k.none}</td>
          </tr>
        </tbody>
      </table>

      <Heading>{k.levels}</Heading>
      <table className="w-full border-collapse" data-testid="recommendation-levels">
        <thead>
          <tr>
            <th scope="col" className={head}>{k.level}</th>
            <th scope="col" className={head}>{k.recognisedOn}</th>
            <th scope="col" className={head}>{k.number}</th>
            <th scope="col" className={head}>{k.issuingBody}</th>
          </tr>
        </thead>
        <tbody>
          {pkg.levels.map((l) => (
            <tr key={l.level}>
              <td className={cell}>{levelLabel(l.level)}</td>
              <td className={`${cell} tabular-nums`}>{formatCalendarDate(l.recognisedOn)}</td>
              <td className={cell}>{l.certificateNo ?? l.documentNo ?? k.none}</td>
              <td className={cell}>{l.issuingBody ?? k.portalIssuer}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Heading>{k.leadUnits}</Heading>
      <table className="w-full border-collapse" data-testid="recommendation-lead-units">
        <thead>
          <tr>
            <th scope="col" className={`${head} w-10`}>#</th>
            <th scope="col" className={head}>{k.unitName}</th>
            <th scope="col" className={head}>{k.creditCode}</th>
          </tr>
        </thead>
        <tbody>
          {pkg.leadUnits.map((u, i) => (
            <tr key={u.creditCode}>
              <td className={`${cell} tabular-nums`}>{i + 1}</td>
              <td className={cell}>{u.unitName}</td>
              <td className={`${cell} font-mono`}>{u.creditCode}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Heading>{k.push}</Heading>
      <table className="w-full border-collapse">
        <tbody>
          <tr>
            <th scope="row" className={`${head} w-32`}>{k.fromTo}</th>
            <td className={cell} data-testid="recommendation-levels-from-to">{messages.pushes.section.levels(levelLabel(push.fromLevel), levelLabel(push.toLevel))}</td>
            <th scope="row" className={`${head} w-32`}>{k.pushedOn}</th>
            <td className={`${cell} tabular-nums`}>{formatCalendarDate(push.pushedOn)}</td>
          </tr>
          <tr>
            <th scope="row" className={head}>{k.opinion}</th>
            <td className={`${cell} whitespace-pre-line`} colSpan={3} data-testid="recommendation-opinion">{push.opinion}</td>
          </tr>
        </tbody>
      </table>

      <Heading>{k.attachments}</Heading>
      {attachments.length === 0 ? (
        <p className="text-slate-700">{k.noAttachments}</p>
      ) : (
        <table className="w-full border-collapse" data-testid="recommendation-attachments">
          <thead>
            <tr>
              <th scope="col" className={`${head} w-10`}>#</th>
              <th scope="col" className={head}>{k.attachmentKind}</th>
              <th scope="col" className={head}>{k.fileName}</th>
              <th scope="col" className={`${head} w-24`}>{k.size}</th>
            </tr>
          </thead>
          <tbody>
            {attachments.map((f, i) => (
              <tr key={f.entryName}>
                <td className={`${cell} tabular-nums`}>{i + 1}</td>
                <td className={cell}>{f.kindLabel}</td>
                <td className={`${cell} break-all`}>{f.fileName}</td>
                <td className={`${cell} tabular-nums`}>{formatSize(f.sizeBytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section aria-label={k.seal} className="mt-6 break-inside-avoid border border-slate-400 p-4 print:border-black" data-testid="recommendation-seal">
        <h2 className="font-bold">{k.seal}</h2>
        <div className="mt-16 flex flex-col items-end gap-3 text-right">
          <p className="font-semibold">{k.sealBody}</p>
          <p>{k.signature}<span className="inline-block w-32 border-b border-slate-500 print:border-black" aria-hidden="true" /></p>
          <p>{k.date}</p>
        </div>
      </section>
    </article>
  );
}
