import type { Metadata } from "next";
import { readPolicyDocument } from "@/lib/server/policy-document";
import { messages } from "@/lib/i18n/messages.zh-CN";

export const metadata: Metadata = { title: messages.publicHome.policyTitle, description: messages.publicHome.policyDescription };

// The plan as published (2024-04-19), rendered from the source text kept in the repository.
export default async function PolicyPage() {
  const doc = await readPolicyDocument();
  return (
    <article className="mx-auto max-w-3xl rounded-lg border border-slate-200 bg-white px-5 py-8 shadow-sm sm:px-10">
      <h1 className="text-center text-xl font-bold leading-relaxed text-slate-900 sm:text-2xl">{doc.title}</h1>
      <div className="mt-6 space-y-4 leading-8 text-slate-800">
        {doc.blocks.map((b, i) =>
          b.kind === "heading" ? (
            <h2 key={i} className="pt-2 text-lg font-bold text-slate-900">
              {b.text}
            </h2>
          ) : b.kind === "signature" ? (
            <p key={i} className="text-right">
              {b.text}
            </p>
          ) : (
            <p key={i} className="indent-8">
              {b.text}
            </p>
          ),
        )}
      </div>
    </article>
  );
}
