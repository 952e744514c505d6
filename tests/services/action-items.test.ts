import { beforeEach, describe, expect, it } from "vitest";
import { listActionItems } from "@/lib/server/services/dashboard/list-action-items";
import { createSessionUser, createUnit, resetDatabase, testDb } from "../fixtures/db";
import { createBatch, createEligibleApplication } from "../fixtures/applications";

describe("role home to-do lists", () => {
  beforeEach(resetDatabase);

  it("each role sees what waits for it, within its scope", async () => {
    const unit = await createUnit({ newCityId: "FENGXI" });
    const other = await createUnit({ newCityId: "QINHAN" });
    const batchId = (await createBatch()).id;
    const draft = await createEligibleApplication({ unit, batchId, brandName: "沣西家政师" });
    await createEligibleApplication({ unit, batchId, status: "SUBMITTED", brandName: "沣西月嫂" });
    await createEligibleApplication({ unit: other, batchId, status: "SUBMITTED", brandName: "秦汉面点师" });
    const recommended = await createEligibleApplication({ unit, batchId, status: "RECOMMENDED", brandName: "沣西厨师" });
    const running = await createEligibleApplication({ unit, batchId, status: "IN_PUBLICITY", brandName: "沣西电工" });
    const ended = await createEligibleApplication({ unit, batchId, status: "IN_PUBLICITY", brandName: "沣西瓦工" });
    const now = new Date();
    for (const [app, endsAt] of [
      [running, new Date(now.getTime() + 86_400_000)],
      [ended, new Date(now.getTime() - 1000)],
    ] as const) {
      await testDb().publicityNotice.create({ data: { applicationId: app.id, title: "公示", body: "公示", startsAt: new Date(now.getTime() - 8 * 86_400_000), endsAt, publishedById: "x" } });
    }

    const applicant = await createSessionUser("APPLICANT_UNIT", { unitId: unit.id });
    const fengxi = await createSessionUser("NEW_CITY_STAFF", { newCityId: "FENGXI" });
    const bureau = await createSessionUser("BUREAU_OFFICIAL");
    const admin = await createSessionUser("ADMIN");

    expect((await listActionItems({ user: applicant, now })).map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([["editing", [draft.id]]]);
    const nc = await listActionItems({ user: fengxi, now });
    expect(nc.map((g) => [g.key, g.total])).toEqual([["pendingNewCity", 1]]);
    expect(nc[0]?.items[0]?.brandName).toBe("沣西月嫂");
    expect((await listActionItems({ user: bureau, now })).map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ["pendingBureau", [recommended.id]],
      ["inPublicity", [running.id]],
      ["awaitingRecognition", [ended.id]],
    ]);
    expect(await listActionItems({ user: admin, now })).toEqual([]);
  });
});
