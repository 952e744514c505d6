"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ATTACHMENT_KINDS } from "@/lib/domain/file-type";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormCheckbox, FormSelect, StepComments } from "./fields";
import { RequiredAttachments } from "./required-attachments";
import type { AttachmentItem, StepContext } from "./types";

const m = messages.applicationFormUi.attachments;
const kindOptions = ATTACHMENT_KINDS.map((k) => ({ value: k, label: messages.attachments.kinds[k] ?? k }));

type UploadResult = { ok: true; data: { id: string; kind: string; fileName: string; sizeBytes: number } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** POST multipart with upload progress (fetch cannot report it); resolves with the route's JSON. */
function upload(url: string, body: FormData, onProgress: (percent: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const json = xhr.response as UploadResult | null;
      resolve(json && typeof json === "object" && "ok" in json ? json : { ok: false, message: m.uploadFailed });
    };
    xhr.onerror = () => resolve({ ok: false, message: m.uploadFailed });
    xhr.send(body);
  });
}

export const formatKb = (bytes: number) => m.size((bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0));

/** 附件材料: upload (kind + file, with progress), list with download and delete; required files listed. */
export function AttachmentsStep({ ctx, initial, isNationalIch, editable = true }: { ctx: StepContext; initial: AttachmentItem[]; isNationalIch: boolean; editable?: boolean }) {
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [kind, setKind] = useState("");
  const [isPublic, setIsPublic] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ kind?: string; file?: string; form?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const busy = progress !== null || deleting !== null;

  const onUpload = async (event: React.FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const file = fileRef.current?.files?.[0];
    const next: typeof errors = {};
    if (!kind) next.kind = messages.attachments.kindInvalid;
    if (!file) next.file = messages.attachments.fileMissing;
    setErrors(next);
    if (next.kind || next.file || !file) return;
    const body = new FormData();
    body.set("file", file);
    body.set("kind", kind);
    if (kind === "PHOTO" && isPublic) body.set("isPublic", "true");
    setProgress(0);
    const result = await upload(`/api/applications/${encodeURIComponent(ctx.applicationId)}/attachments`, body, setProgress);
    setProgress(null);
    if (!result.ok) {
      // The server reads the type from the bytes: its refusal names the problem in Chinese.
      const fileError = result.fieldErrors?.file?.[0];
      setErrors(fileError ? { file: fileError } : { form: result.message });
      return;
    }
    setItems((list) => [...list, { ...result.data, isPublic: kind === "PHOTO" && isPublic }]);
    setNotice(m.uploaded(result.data.fileName));
    if (fileRef.current) fileRef.current.value = "";
    router.refresh();
  };

  const onDelete = async (item: AttachmentItem) => {
    setNotice(null);
    setErrors({});
    setDeleting(item.id);
    const response = await fetch(`/api/attachments/${encodeURIComponent(item.id)}`, { method: "DELETE" }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as { ok: boolean; message?: string } | null;
    setDeleting(null);
    if (!json?.ok) {
      setErrors({ form: json?.message ?? m.deleteFailed });
      return;
    }
    setItems((list) => list.filter((x) => x.id !== item.id));
    setNotice(m.deleted(item.fileName));
    router.refresh();
  };

  return (
    <div className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">{m.legend}</h2>
        <p className="mt-1 text-sm text-slate-600">{m.intro}</p>
      </div>
      <StepComments comments={ctx.comments[""]} />
      <RequiredAttachments items={items} isNationalIch={isNationalIch} />

      {editable ? (
        <form onSubmit={onUpload} noValidate className="rounded-lg border border-slate-200 p-4" aria-busy={progress !== null}>
          {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
          <div className="grid gap-x-4 sm:grid-cols-2">
            <FormSelect name="kind" label={m.kind} required placeholder={m.kindPlaceholder} options={kindOptions} value={kind} onChange={(e) => setKind(e.target.value)} error={errors.kind} disabled={busy} />
            <div className="space-y-1">
              <label htmlFor="f-file" className="block text-sm font-medium text-slate-800">
                {m.file}
                <span className="ml-0.5 text-red-700" aria-hidden="true">
                  *
                </span>
              </label>
              <input
                ref={fileRef}
                id="f-file"
                name="file"
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,.xlsx"
                aria-required
                aria-invalid={errors.file ? true : undefined}
                aria-describedby={errors.file ? "f-file-error" : undefined}
                disabled={busy}
                className="block w-full text-sm text-slate-800 file:mr-3 file:min-h-10 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:text-sm file:font-semibold"
              />
              <p id="f-file-error" role={errors.file ? "alert" : undefined} className="min-h-4 text-xs text-red-700">
                {errors.file ?? ""}
              </p>
            </div>
          </div>
          {kind === "PHOTO" ? <FormCheckbox name="isPublic" label={m.isPublic} checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} disabled={busy} /> : null}
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={busy} className="w-full sm:w-auto">
              {progress !== null ? m.uploading(progress) : m.upload}
            </Button>
            {progress !== null ? <progress max={100} value={progress} aria-label={m.uploading(progress)} className="h-2 w-full sm:w-48" /> : null}
          </div>
        </form>
      ) : null}
      <p aria-live="polite" className="text-sm text-green-800">
        {notice ?? ""}
      </p>

      <section aria-labelledby="attachments-list">
        <h3 id="attachments-list" className="mb-2 font-semibold text-slate-900">
          {m.listTitle}
        </h3>
        {items.length === 0 ? (
          <p className="text-sm text-slate-600">{m.none}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
            {items.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                <div className="min-w-0">
                  <p className="break-all font-medium text-slate-900">{a.fileName}</p>
                  <p className="text-xs text-slate-600">
                    {messages.attachments.kinds[a.kind] ?? a.kind} · {formatKb(a.sizeBytes)}
                    {a.isPublic ? ` · ${m.public}` : ""}
                  </p>
                </div>
                <div className="flex shrink-0 gap-2">
                  <a href={`/api/attachments/${encodeURIComponent(a.id)}`} aria-label={m.downloadNamed(a.fileName)} className="inline-flex min-h-10 items-center rounded border border-slate-300 px-3 font-semibold text-slate-800 hover:bg-slate-50">
                    {m.download}
                  </a>
                  {editable ? (
                    <Button variant="secondary" onClick={() => onDelete(a)} disabled={busy} aria-label={m.deleteNamed(a.fileName)}>
                      {deleting === a.id ? m.deleting : m.delete}
                    </Button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
