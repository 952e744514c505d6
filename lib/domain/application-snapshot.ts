import { APPLICATION_COLUMN_FIELDS, APPLICATION_DECLARATION_FIELDS, LEAD_UNIT_FIELDS, leadUnitValue, snapshotValue, storedDeclaration, type ApplicationRow } from "@/lib/domain/application-fields";

// What a submitted version freezes: every field a reviewer reads, under the registry's canonical
// keys, so that two versions can be compared field by field ("what changed since the last
// submission"). Stored versions use these keys: renaming a key makes old versions look changed.
export type ApplicationSnapshot = Record<string, string | number | boolean | null>;

export type SnapshotAttachment = { kind: string; fileName: string; sha256: string };

export type Snapshottable = ApplicationRow & { attachments: SnapshotAttachment[] };

export function snapshotOf(app: Snapshottable): ApplicationSnapshot {
  const out: ApplicationSnapshot = {};
  for (const field of APPLICATION_COLUMN_FIELDS) if (field.snapshot) out[field.key] = snapshotValue({ kind: field.kind, value: app[field.column] });
  // A declaration is frozen once its step was saved, so a version taken before that does not
  // show as "changed" to an unticked box afterwards.
  for (const d of APPLICATION_DECLARATION_FIELDS) {
    const stored = storedDeclaration({ stored: app.declarations, key: d.jsonKey });
    if (stored.present) out[d.key] = snapshotValue({ kind: "flag", value: stored.value });
  }
  for (const unit of [...app.leadUnits].sort((a, b) => a.position - b.position)) {
    for (const spec of LEAD_UNIT_FIELDS) {
      if (spec.jsonKey !== undefined && !storedDeclaration({ stored: unit.declarations, key: spec.jsonKey }).present) continue;
      out[`leadUnits.${unit.position}.${spec.field}`] = snapshotValue({ kind: spec.kind, value: leadUnitValue({ unit, spec }) });
    }
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
