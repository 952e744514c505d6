// The states of a background job, as the Job table's JobStatus enum stores them (the enum test in
// tests/unit/prisma-enums.test.ts keeps the two equal). Pure, so an admin screen may import it.
export const JOB_STATUSES = ["PENDING", "RUNNING", "DONE", "FAILED"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
