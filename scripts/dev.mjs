#!/usr/bin/env node
// `npm run dev`: brings the local database up to date (migrations + idempotent seed) and starts
// Next.js in development mode on http://localhost:3000. Works on a fresh clone after `npm install`.
import { run } from "./lib/run.mjs";

await run("npx", ["prisma", "migrate", "deploy"]);
await run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
await run("npx", ["next", "dev", ...process.argv.slice(2)], { forever: true });
