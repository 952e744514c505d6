"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { controlClass } from "@/components/ui/field";

const m = messages.evaluations;

/** 上传自评材料: the evaluated unit, while its evaluation is scheduled (POST /api/brands/:id/files, kind SELF_ASSESSMENT). */
export function SelfAssessmentUpload({ brandId, evaluationId }: { brandId: string; evaluationId: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ tone: "info", text: m.ui.uploading });
    const body = new FormData();
    body.set("file", file);
    body.set("kind", "SELF_ASSESSMENT");
    body.set("evaluationId", evaluationId);
    const response = await fetch(`/api/brands/${encodeURIComponent(brandId)}/files`, { method: "POST", body }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as { ok: boolean; data?: { fileName: string }; message?: string } | null;
    input.value = "";
    if (!json?.ok || !json.data) return setStatus({ tone: "error", text: json?.message ?? m.ui.uploadFailed });
    setStatus({ tone: "info", text: m.ui.uploadedFile(json.data.fileName) });
    router.refresh();
  };
  return (
    <div className="space-y-1">
      <label htmlFor={`self-assessment-${evaluationId}`} className="block text-sm font-medium text-slate-800">{m.ui.upload}{m.ui.selfAssessment}</label>
      <input id={`self-assessment-${evaluationId}`} type="file" className={controlClass} aria-describedby={`self-assessment-${evaluationId}-status`} onChange={(e) => void onFile(e.currentTarget)} />
      <p id={`self-assessment-${evaluationId}-status`} className={`text-xs ${status?.tone === "error" ? "text-red-700" : "text-slate-600"}`} aria-live="polite">{status?.text ?? m.ui.selfAssessmentHint}</p>
    </div>
  );
}
