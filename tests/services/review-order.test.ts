// B7: the review queue is sorted by the database (ORDER BY from reviewOrderBy) while screens and
// tests sort arrays with compareForReview. Both come from REVIEW_ORDER; this checks, on the real
// database (SQLite here, PostgreSQL in CI), that the two orders are the same, ties and gaps included.
import { beforeEach, describe, expect, it } from "vitest";
import { sortForReview } from "@/lib/eligibility";
import { listApplications } from "@/lib/server/services/applications/list-applications";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { createBatch, createEligibleApplication } from "../fixtures/applications";

const at = (iso: string) => new Date(iso);

// [poverty-alleviated, employed, submittedAt]: ties on the first key, on the first two, on all
// three (only the id breaks them), and missing figures, which sort last.
const ROWS: [number | null, number | null, Date | null][] = [
  [120, 600, at("2026-05-02T01:00:00Z")],
  [120, 600, at("2026-05-01T01:00:00Z")],
  [120, 900, at("2026-05-03T01:00:00Z")],
  [300, 510, at("2026-05-04T01:00:00Z")],
  [120, 600, at("2026-05-01T01:00:00Z")],
  [null, 2000, at("2026-04-01T01:00:00Z")],
  [0, 700, at("2026-05-05T01:00:00Z")],
  [120, null, at("2026-05-01T01:00:00Z")],
  [120, 600, null],
];

describe("B7 review queue: SQL order equals compareForReview", () => {
  beforeEach(resetDatabase);

  it("lists the bureau's queue in exactly the comparator's order", async () => {
    const unit = await createUnit();
    const batchId = (await createBatch()).id;
    for (const [i, [povertyAlleviatedCount, employedCount, submittedAt]] of ROWS.entries()) {
      await createEligibleApplication({
        unit,
        batchId,
        status: "SUBMITTED",
        brandName: `沣西排序师${i}`,
        overrides: { povertyAlleviatedCount, employedCount, submittedAt },
      });
    }
    const bureau = await createSessionUser("BUREAU_OFFICIAL");

    const listed = (await listApplications({ user: bureau, input: { sort: "priority" } })).items.map((r) => r.id);

    const stored = await testDb().application.findMany({ select: { id: true, povertyAlleviatedCount: true, employedCount: true, submittedAt: true } });
    const expected = sortForReview(stored.map((r) => ({ id: r.id, povertyAlleviated: r.povertyAlleviatedCount, employed: r.employedCount, submittedAt: r.submittedAt })));
    expect(listed).toHaveLength(ROWS.length);
    expect(listed).toEqual(expected.map((r) => r.id));
    // The order really exercises the tiebreaks: the two full ties are in id order.
    const fullTies = expected.filter((r) => r.povertyAlleviated === 120 && r.employed === 600 && r.submittedAt?.toISOString() === "2026-05-01T01:00:00.000Z").map((r) => r.id);
    expect(fullTies).toHaveLength(2);
    expect([...fullTies].sort()).toEqual(fullTies);
    expect(expected[0]?.povertyAlleviated).toBe(300);
    expect(expected.at(-1)?.povertyAlleviated).toBeNull();
  });
});
