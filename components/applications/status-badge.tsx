import { messages } from "@/lib/i18n/messages.zh-CN";

// Colour follows who holds the application: amber waits for a reviewer, blue is in publicity,
// green is recognised, red is a final refusal, grey is the applicant's own business.
const TONES: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-700 ring-slate-300",
  SUBMITTED: "bg-amber-50 text-amber-900 ring-amber-300",
  RETURNED_TO_UNIT: "bg-orange-50 text-orange-900 ring-orange-300",
  RECOMMENDED: "bg-amber-50 text-amber-900 ring-amber-300",
  RETURNED_TO_NEW_CITY: "bg-orange-50 text-orange-900 ring-orange-300",
  IN_PUBLICITY: "bg-blue-50 text-blue-900 ring-blue-300",
  RECOGNISED: "bg-green-50 text-green-900 ring-green-300",
  REJECTED: "bg-red-50 text-red-900 ring-red-300",
  WITHDRAWN: "bg-slate-100 text-slate-700 ring-slate-300",
};

/** The application's status as a labelled badge. */
export function StatusBadge({ status, className = "" }: { status: string; className?: string }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONES[status] ?? TONES.DRAFT} ${className}`}>
      {messages.applicationStatus[status] ?? status}
    </span>
  );
}
