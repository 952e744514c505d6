// Attachments are accepted by their content (magic bytes), not by their name: an .exe renamed
// .pdf is refused. Only the four types the plan's paperwork needs: PDF, JPG, PNG, XLSX.
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

export type DetectedType = { ext: "pdf" | "jpg" | "png" | "xlsx"; mime: string };

const startsWith = (bytes: Uint8Array, sig: number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** What the bytes really are, or null when they are none of the accepted types. */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ext: "pdf", mime: "application/pdf" }; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ext: "png", mime: "image/png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ext: "jpg", mime: "image/jpeg" };
  // XLSX is a ZIP whose entries include [Content_Types].xml and the xl/ workbook part; a plain
  // ZIP (or a .docx) is not a workbook.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = latin1(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (head.includes("[Content_Types].xml") && head.includes("xl/")) {
      return { ext: "xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
    }
  }
  return null;
}

export const ATTACHMENT_KINDS = ["BUSINESS_LICENSE", "TRAINING_LEDGER", "EMPLOYMENT_LEDGER", "HERITAGE_PROOF", "PHOTO", "OTHER"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Which types each kind of attachment may be. */
export const KIND_TYPES: Record<AttachmentKind, readonly DetectedType["ext"][]> = {
  BUSINESS_LICENSE: ["pdf", "jpg", "png"],
  TRAINING_LEDGER: ["xlsx", "pdf"],
  EMPLOYMENT_LEDGER: ["xlsx", "pdf"],
  HERITAGE_PROOF: ["pdf", "jpg", "png"],
  PHOTO: ["jpg", "png"],
  OTHER: ["pdf", "jpg", "png", "xlsx"],
};

const EXT_ALIASES: Record<string, DetectedType["ext"]> = { pdf: "pdf", jpg: "jpg", jpeg: "jpg", png: "png", xlsx: "xlsx" };

/** The extension a file name claims, normalised (JPEG → jpg), or null. */
export function claimedExtension(fileName: string): DetectedType["ext"] | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m ? (EXT_ALIASES[m[1]!.toLowerCase()] ?? null) : null;
}

/** A file name safe to store and to send back in Content-Disposition (no paths, no controls). */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const cleaned = Array.from(base)
    .filter((c) => c.charCodeAt(0) >= 0x20 && c !== "\u007f")
    .join("")
    .replace(/["<>:|?*]/g, "_")
    .trim()
    .slice(-120);
  return cleaned || "附件";
}
