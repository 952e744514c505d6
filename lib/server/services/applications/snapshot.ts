import { formatCalendarDate } from "@/lib/domain/dates";

// What a submitted version freezes: every field a reviewer reads, in the form's field paths, so
// that two versions can be compared field by field ("what changed since the last submission").
export type ApplicationSnapshot = Record<string, string | number | boolean | null>;

type Snapshottable = {
  brandName: string;
  category: string | null;
  isNationalIch: boolean;
  ichItemName: string | null;
  ichListNumber: string | null;
  employedCount: number | null;
  povertyAlleviatedCount: number | null;
  trainedCount: number | null;
  passedCount: number | null;
  brandDescription: string | null;
  businessDescription: string | null;
  trainingDescription: string | null;
  transferDescription: string | null;
  postPlacementDescription: string | null;
  trademarks: string | null;
  awards: string | null;
  declarations: unknown;
  leadUnits: { position: number; creditCode: string; name: string; tradeName: string; registrationDate: Date; declarations: unknown; contribution: string | null }[];
  attachments: { kind: string; fileName: string; sha256: string }[];
};

export function snapshotOf(app: Snapshottable): ApplicationSnapshot {
  const out: ApplicationSnapshot = {
    brandName: app.brandName,
    category: app.category,
    isNationalIch: app.isNationalIch,
    ichItemName: app.ichItemName,
    ichListNumber: app.ichListNumber,
    employedCount: app.employedCount,
    povertyAlleviatedCount: app.povertyAlleviatedCount,
    trainedCount: app.trainedCount,
    passedCount: app.passedCount,
    brandDescription: app.brandDescription,
    businessDescription: app.businessDescription,
    trainingDescription: app.trainingDescription,
    transferDescription: app.transferDescription,
    postPlacementDescription: app.postPlacementDescription,
    trademarks: app.trademarks,
    awards: app.awards,
  };
  for (const [key, value] of Object.entries((app.declarations ?? {}) as Record<string, unknown>)) out[`declarations.${key}`] = value === true;
  for (const u of [...app.leadUnits].sort((a, b) => a.position - b.position)) {
    const p = `leadUnits.${u.position}`;
    out[`${p}.creditCode`] = u.creditCode;
    out[`${p}.name`] = u.name;
    out[`${p}.tradeName`] = u.tradeName;
    out[`${p}.registrationDate`] = formatCalendarDate(u.registrationDate);
    out[`${p}.contribution`] = u.contribution;
    for (const [key, value] of Object.entries((u.declarations ?? {}) as Record<string, unknown>)) out[`${p}.declarations.${key}`] = value === true;
  }
  const files = [...app.attachments].sort((a, b) => `${a.kind}${a.fileName}`.localeCompare(`${b.kind}${b.fileName}`));
  out.attachments = files.map((a) => `${a.kind}:${a.fileName}:${a.sha256.slice(0, 12)}`).join("; ") || null;
  return out;
}

export type FieldChange = { field: string; from: unknown; to: unknown };

/** The fields that differ between two snapshots, in a stable order. */
export function diffSnapshots(previous: ApplicationSnapshot, current: ApplicationSnapshot): FieldChange[] {
  const keys = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
  return keys.filter((k) => JSON.stringify(previous[k] ?? null) !== JSON.stringify(current[k] ?? null)).map((k) => ({ field: k, from: previous[k] ?? null, to: current[k] ?? null }));
}
