// Every enum of the Prisma schema equals its TypeScript list, value for value and in order (the
// order of LEVELS is their rank). Read three ways — the schema files, the SQLite client and the
// PostgreSQL client — so a new enum without a list, a stale generated client or a list edited on
// one side only all fail here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as sqliteEnums from "../../lib/server/db/generated/sqlite/enums";
import * as postgresEnums from "../../lib/server/db/generated/postgres/enums";
import { ROLES } from "../../lib/domain/roles";
import { APPLICATION_STATUSES } from "../../lib/domain/application-workflow";
import { ATTACHMENT_KINDS } from "../../lib/domain/file-type";
import { CATEGORIES, EVALUATION_METHODS, LEVELS, PAYMENT_METHODS, REVOCATION_REASONS, UNIT_TYPES, USAGE_PURPOSES } from "../../lib/eligibility/constants";
import { JOB_STATUSES } from "../../lib/server/jobs/job-status";
import { PLAQUE_KINDS, PLAQUE_STATUSES, RECOGNITION_STATUSES } from "../../lib/domain/recognition-statuses";
import { EVALUATION_STATUSES } from "../../lib/domain/evaluation-workflow";
import { REVOCATION_STATUSES } from "../../lib/domain/revocation-workflow";
import { EXPORT_STATUSES } from "../../lib/domain/export-statuses";
import { OBJECTION_STATUSES } from "../../lib/domain/objection-workflow";
import { PUSH_STATUSES } from "../../lib/domain/push-workflow";
import { AWARD_STATUSES, PAYMENT_STATUSES, USAGE_REPORT_STATUSES } from "../../lib/domain/subsidy-workflow";
import { BRAND_FILE_KINDS, RECOGNITION_SOURCES } from "../../lib/domain/brand-files";

const codes = (list: readonly { code: string }[]) => list.map((item) => item.code);

// `satisfies` makes a new enum without an entry here a type error as well as a test failure.
const TS_LISTS = {
  Role: ROLES,
  UnitType: codes(UNIT_TYPES),
  BrandCategory: codes(CATEGORIES),
  BrandLevel: codes(LEVELS),
  ApplicationStatus: APPLICATION_STATUSES,
  AttachmentKind: ATTACHMENT_KINDS,
  ObjectionStatus: OBJECTION_STATUSES,
  RecognitionStatus: RECOGNITION_STATUSES,
  PlaqueStatus: PLAQUE_STATUSES,
  JobStatus: JOB_STATUSES,
  RecognitionSource: RECOGNITION_SOURCES,
  PushStatus: PUSH_STATUSES,
  BrandFileKind: BRAND_FILE_KINDS,
  AwardStatus: AWARD_STATUSES,
  PaymentStatus: PAYMENT_STATUSES,
  UsageReportStatus: USAGE_REPORT_STATUSES,
  UsagePurpose: codes(USAGE_PURPOSES),
  PaymentMethod: codes(PAYMENT_METHODS),
  EvaluationMethod: codes(EVALUATION_METHODS),
  EvaluationStatus: EVALUATION_STATUSES,
  RevocationStatus: REVOCATION_STATUSES,
  RevocationReason: codes(REVOCATION_REASONS),
  PlaqueKind: PLAQUE_KINDS,
  ExportStatus: EXPORT_STATUSES,
} satisfies Record<keyof typeof sqliteEnums, readonly string[]>;

/** enum name → its values, in declaration order, from prisma/models/*.prisma. */
function schemaEnums(): Map<string, string[]> {
  const dir = path.resolve("prisma", "models");
  const enums = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".prisma"))) {
    const text = readFileSync(path.join(dir, file), "utf8");
    for (const [, name, body] of text.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)) {
      const values = body!
        .split("\n")
        .map((line) => line.replace(/\/\/.*$/, "").trim())
        .filter(Boolean);
      enums.set(name!, values);
    }
  }
  return enums;
}

const schema = schemaEnums();
const clients = { sqlite: sqliteEnums, postgres: postgresEnums } as const;

describe("Prisma enums", () => {
  it("are found in the schema files", () => {
    // Guards the parser: an empty map would make every test below pass vacuously.
    expect(schema.size).toBeGreaterThanOrEqual(Object.keys(TS_LISTS).length);
  });

  for (const [provider, generated] of Object.entries(clients)) {
    it(`the ${provider} client has exactly the schema's enums (else run npm run db:generate)`, () => {
      const fromClient = Object.fromEntries(Object.entries(generated).map(([name, values]) => [name, Object.values(values)]));
      expect(fromClient).toEqual(Object.fromEntries(schema));
    });
  }

  it("has a TypeScript list for every enum, and no list for an enum that is gone", () => {
    expect(Object.keys(TS_LISTS).sort()).toEqual([...schema.keys()].sort());
  });

  for (const [name, values] of schema) {
    it(`${name} equals its TypeScript list`, () => {
      const list = (TS_LISTS as Record<string, readonly string[] | undefined>)[name];
      expect(list, `no TypeScript list for enum ${name}: add one and map it in TS_LISTS`).toBeDefined();
      expect([...list!]).toEqual(values);
    });
  }
});
