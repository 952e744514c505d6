#!/usr/bin/env node
// Generates both Prisma clients (SQLite and PostgreSQL) from the shared models, so one build of
// the app can run on either database. Runs after every `npm install` / `npm ci`. The URL only
// selects the schema folder in prisma.config.ts; nothing connects to it.
import { run } from "./lib/run.mjs";

await run("npx", ["prisma", "generate"], { env: { ...process.env, DATABASE_URL: "file:./data/portal.db" } });
await run("npx", ["prisma", "generate"], { env: { ...process.env, DATABASE_URL: "postgresql://generate@127.0.0.1:1/generate" } });
