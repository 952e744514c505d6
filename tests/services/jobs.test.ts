// The database-backed job runner (lib/server/jobs) against a real database: SQLite per worker by
// default, PostgreSQL under scripts/with-postgres.sh. Time is passed to runOnce, far in the future
// so every enqueued job is due and the runner's clock is exactly the `now` given.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createDbClient, type Db } from "@/lib/server/db/client";
import { enqueueJob } from "@/lib/server/jobs/enqueue";
import { createJobRegistry, defineJob } from "@/lib/server/jobs/registry";
import { runOnce } from "@/lib/server/jobs/runner";
import { createOutboxDeliveryJob, OUTBOX_DELIVERY_KIND } from "@/lib/server/jobs/outbox-delivery";
import { notifyParties } from "@/lib/server/notify";
import { createSessionUser, resetDatabase, testDb } from "../fixtures/db";

const T0 = new Date("2099-01-01T00:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

const runs: { kind: string; payload: unknown; attempt: number }[] = [];

const recordJob = defineJob({
  kind: "test.record",
  payload: z.object({ label: z.string() }),
  run: async (payload, context) => {
    runs.push({ kind: "test.record", payload, attempt: context.attempt });
  },
});

const failingJob = defineJob({
  kind: "test.fail",
  payload: z.object({}),
  run: async (_payload, context) => {
    runs.push({ kind: "test.fail", payload: {}, attempt: context.attempt });
    throw new Error(`boom ${context.attempt}`);
  },
});

const registry = createJobRegistry([recordJob, failingJob]);
const backoff = { baseMs: 10_000, maxMs: 15_000 };

describe("job runner", () => {
  const db = testDb();

  beforeEach(async () => {
    await resetDatabase();
    runs.length = 0;
  });

  it("runs a job once and marks it DONE", async () => {
    const job = await db.$transaction((tx) => enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: "一次" } }));
    expect(job.status).toBe("PENDING");

    expect(await runOnce({ db, registry, workerId: "w1", now: T0 })).toEqual({ claimed: 1, done: 1, retried: 0, failed: 0, lost: 0 });
    expect(await runOnce({ db, registry, workerId: "w1", now: at(60_000) })).toMatchObject({ claimed: 0 });

    expect(runs).toEqual([{ kind: "test.record", payload: { label: "一次" }, attempt: 1 }]);
    const done = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(done).toMatchObject({ status: "DONE", attempts: 1, lockedBy: null, lockedAt: null, lastError: null });
    expect(done.finishedAt?.toISOString()).toBe(T0.toISOString());
  });

  it("does not run a job before its runAt, nor a job enqueued in a transaction that rolled back", async () => {
    await db.$transaction((tx) => enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: "later" }, runAt: at(60_000) }));
    await db
      .$transaction(async (tx) => {
        await enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: "rolled back" } });
        throw new Error("the change failed");
      })
      .catch(() => undefined);

    expect(await runOnce({ db, registry, workerId: "w1", now: T0 })).toMatchObject({ claimed: 0 });
    expect(await runOnce({ db, registry, workerId: "w1", now: at(60_000) })).toMatchObject({ claimed: 1, done: 1 });
    expect(runs.map((r) => r.payload)).toEqual([{ label: "later" }]);
    expect(await db.job.count()).toBe(1);
  });

  it("retries a failing handler with capped exponential backoff, then stops FAILED with its error", async () => {
    const { id } = await db.$transaction((tx) => enqueueJob<typeof failingJob>(tx, { kind: "test.fail", payload: {}, maxAttempts: 3 }));

    expect(await runOnce({ db, registry, workerId: "w1", now: T0, backoff })).toMatchObject({ claimed: 1, retried: 1 });
    let job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "PENDING", attempts: 1, lastError: "boom 1", lockedBy: null, finishedAt: null });
    expect(job.runAt.toISOString()).toBe(at(10_000).toISOString()); // base delay

    expect(await runOnce({ db, registry, workerId: "w1", now: at(9_999), backoff })).toMatchObject({ claimed: 0 });
    expect(await runOnce({ db, registry, workerId: "w1", now: at(10_000), backoff })).toMatchObject({ claimed: 1, retried: 1 });
    job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "PENDING", attempts: 2, lastError: "boom 2" });
    expect(job.runAt.toISOString()).toBe(at(10_000 + 15_000).toISOString()); // 20 s, capped at 15 s

    expect(await runOnce({ db, registry, workerId: "w1", now: at(25_000), backoff })).toMatchObject({ claimed: 1, failed: 1 });
    job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "FAILED", attempts: 3, lastError: "boom 3", lockedBy: null });
    expect(job.finishedAt?.toISOString()).toBe(at(25_000).toISOString());

    expect(await runOnce({ db, registry, workerId: "w1", now: at(86_400_000), backoff })).toMatchObject({ claimed: 0 });
    expect(runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
  });

  it("fails a job whose payload does not match its schema without running the handler", async () => {
    // As if written by an older version of the code: the payload no longer parses.
    const { id } = await db.$transaction((tx) =>
      enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: 42 } as unknown as { label: string } }),
    );

    expect(await runOnce({ db, registry, workerId: "w1", now: T0 })).toMatchObject({ claimed: 1, failed: 1 });
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("FAILED");
    expect(job.attempts).toBe(1); // no retry: the same payload would fail again
    expect(job.lastError).toMatch(/^invalid payload for test\.record:[\s\S]*label/);
    expect(runs).toEqual([]);
  });

  it("retries a job of an unknown kind and records why", async () => {
    const { id } = await db.$transaction((tx) =>
      enqueueJob<typeof recordJob>(tx, { kind: "test.unknown" as "test.record", payload: { label: "x" }, maxAttempts: 2 }),
    );
    expect(await runOnce({ db, registry, workerId: "w1", now: T0 })).toMatchObject({ retried: 1 });
    expect((await db.job.findUniqueOrThrow({ where: { id } })).lastError).toBe('no handler registered for job kind "test.unknown"');
  });

  it("reclaims a RUNNING job whose lock is older than the timeout, and leaves a fresh lock alone", async () => {
    const [stale, fresh] = await db.$transaction(async (tx) => [
      await enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: "stale" } }),
      await enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: "fresh" } }),
    ]);
    // Two workers claimed them and one crashed 10 minutes ago; the other is still at work.
    await db.job.update({ where: { id: stale!.id }, data: { status: "RUNNING", attempts: 1, lockedBy: "crashed", lockedAt: at(-10 * 60_000) } });
    await db.job.update({ where: { id: fresh!.id }, data: { status: "RUNNING", attempts: 1, lockedBy: "busy", lockedAt: at(-60_000) } });

    expect(await runOnce({ db, registry, workerId: "w2", now: T0, lockTimeoutMs: 5 * 60_000 })).toMatchObject({ claimed: 1, done: 1 });
    expect(runs).toEqual([{ kind: "test.record", payload: { label: "stale" }, attempt: 2 }]);
    expect(await db.job.findUniqueOrThrow({ where: { id: stale!.id } })).toMatchObject({ status: "DONE", attempts: 2, lockedBy: null });
    expect(await db.job.findUniqueOrThrow({ where: { id: fresh!.id } })).toMatchObject({ status: "RUNNING", lockedBy: "busy" });

    // The crashed worker's late result must not overwrite the run that replaced it: its lock is gone.
    const { count } = await db.job.updateMany({ where: { id: stale!.id, status: "RUNNING", lockedBy: "crashed" }, data: { status: "FAILED" } });
    expect(count).toBe(0);
  });

  it("fails, without running it again, a job whose lock expired during its last attempt", async () => {
    const { id } = await db.$transaction((tx) => enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: "x" }, maxAttempts: 2 }));
    await db.job.update({ where: { id }, data: { status: "RUNNING", attempts: 2, lockedBy: "crashed", lockedAt: at(-10 * 60_000) } });

    expect(await runOnce({ db, registry, workerId: "w2", now: T0 })).toMatchObject({ claimed: 1, failed: 1 });
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("FAILED");
    expect(job.lastError).toContain("lock expired after attempt 2 of 2");
    expect(runs).toEqual([]);
  });

  it("makes enqueue idempotent by dedupeKey, within and across transactions", async () => {
    const first = await db.$transaction(async (tx) => {
      const a = await enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: "first" }, dedupeKey: "ledger:sha256:abc" });
      const b = await enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: "second" }, dedupeKey: "ledger:sha256:abc" });
      expect(b.id).toBe(a.id);
      return a;
    });
    const again = await db.$transaction((tx) =>
      enqueueJob<typeof recordJob>(tx, { kind: "test.record", payload: { label: "third" }, dedupeKey: "ledger:sha256:abc" }),
    );
    expect(again.id).toBe(first.id);
    expect(await db.job.count()).toBe(1);
    expect((await db.job.findUniqueOrThrow({ where: { id: first.id } })).payload).toEqual({ label: "first" });

    await runOnce({ db, registry, workerId: "w1", now: T0 });
    expect(runs.map((r) => r.payload)).toEqual([{ label: "first" }]);
  });
});

describe("outbox delivery", () => {
  const db = testDb();
  let other: Db;

  beforeEach(async () => {
    await resetDatabase();
    other ??= createDbClient();
  });

  afterAll(async () => {
    await other?.$disconnect();
  });

  it("notifyParties enqueues one delivery per outbox row in the caller's transaction", async () => {
    await createSessionUser("BUREAU_OFFICIAL");
    await createSessionUser("BUREAU_OFFICIAL");
    const count = await db.$transaction((tx) =>
      notifyParties(tx, { parties: ["bureau"], unitId: "none", newCityId: "FENGXI", message: { title: "标题", body: "正文" } }),
    );
    expect(count).toBe(2);
    const outbox = await db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    const jobs = await db.job.findMany({ orderBy: { createdAt: "asc" } });
    expect(jobs.map((j) => j.kind)).toEqual([OUTBOX_DELIVERY_KIND, OUTBOX_DELIVERY_KIND]);
    expect(jobs.map((j) => j.dedupeKey).sort()).toEqual(outbox.map((o) => `outbox:${o.id}`).sort());
  });

  it("delivers each outbox row exactly once when two workers compete", async () => {
    for (let i = 0; i < 6; i += 1) await createSessionUser("BUREAU_OFFICIAL");
    await db.$transaction((tx) =>
      notifyParties(tx, { parties: ["bureau"], unitId: "none", newCityId: "FENGXI", message: { title: "已认定", body: "品牌已认定", link: "/applications/x" } }),
    );
    const delivered: string[] = [];
    const competing = createJobRegistry([
      createOutboxDeliveryJob({ gateways: { IN_APP: { deliver: async (message) => void delivered.push(message.id) } } }),
    ]);

    // Each worker has its own client (its own connection / pool), as two processes would.
    const [a, b] = await Promise.all([
      runOnce({ db, registry: competing, workerId: "worker-a", now: T0, limit: 6 }),
      runOnce({ db: other, registry: competing, workerId: "worker-b", now: T0, limit: 6 }),
    ]);
    expect(a.claimed + b.claimed).toBe(6);
    expect(a.done + b.done).toBe(6);

    const outbox = await db.outboxMessage.findMany();
    expect(outbox).toHaveLength(6);
    expect([...delivered].sort()).toEqual(outbox.map((o) => o.id).sort());
    for (const row of outbox) expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, sentAt: T0 });
    expect(await db.job.count({ where: { status: "DONE" } })).toBe(6);

    // A second run of a delivery job (as after a reclaimed lock) finds the row SENT and sends nothing.
    await db.job.updateMany({ data: { status: "PENDING" } });
    await Promise.all([
      runOnce({ db, registry: competing, workerId: "worker-a", now: at(1_000), limit: 6 }),
      runOnce({ db: other, registry: competing, workerId: "worker-b", now: at(1_000), limit: 6 }),
    ]);
    expect(delivered).toHaveLength(6);
    expect(await db.outboxMessage.count({ where: { status: "SENT", attempts: 1 } })).toBe(6);
  });

  it("records a gateway failure on the outbox row and marks it FAILED after the last attempt", async () => {
    await createSessionUser("BUREAU_OFFICIAL");
    await db.$transaction((tx) => notifyParties(tx, { parties: ["bureau"], unitId: "none", newCityId: "FENGXI", message: { title: "t", body: "b" } }));
    await db.job.updateMany({ data: { maxAttempts: 2 } });
    const broken = createJobRegistry([
      createOutboxDeliveryJob({
        gateways: {
          IN_APP: {
            deliver: async () => {
              throw new Error("gateway down");
            },
          },
        },
      }),
    ]);

    expect(await runOnce({ db, registry: broken, workerId: "w", now: T0 })).toMatchObject({ retried: 1 });
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "PENDING", attempts: 1, lastError: "gateway down" });
    expect(await runOnce({ db, registry: broken, workerId: "w", now: at(24 * 3_600_000) })).toMatchObject({ failed: 1 });
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: 2, sentAt: null });
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "FAILED", lastError: "gateway down" });
  });
});
