#!/usr/bin/env node
// `npm run bench:export` (issue 10): Excel exports of 100 000 applications and 1 000 brands with
// their lead units, on a throwaway SQLite file and — when PostgreSQL 15's binaries exist at
// /usr/lib/postgresql/15/bin — a throwaway PostgreSQL server (scripts/with-postgres.sh), each
// migrated fresh. For each database it runs scripts/bench-export-run.ts (tsx, react-server
// condition) and prints a table: rows/s through the real export path (the exports.build job's
// body), peak RSS and heap of the process during the export, and exceljs's streaming writer alone
// on the same cells in the same run, with the ratio (aim: ≤ 1.3×, memory flat).
//
//   BENCH_APPLICATIONS=20000 BENCH_RUNS=1 npm run bench:export    a quicker run
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const PG_BIN = "/usr/lib/postgresql/15/bin";

function run(cmd, args, env, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: capture ? ["ignore", "pipe", "inherit"] : ["ignore", "ignore", "inherit"] });
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      for (const line of String(d).split("\n")) if (line.startsWith("{")) process.stderr.write(`  ${line}\n`);
    });
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`))));
  });
}

const tsxArgs = ["tsx", "--conditions=react-server", "--expose-gc", "scripts/bench-export-run.ts"];

async function sqlite() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-export-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, UPLOAD_DIR: path.join(dir, "uploads"), NODE_ENV: "production", JOBS_IN_PROCESS: "0" };
  try {
    await run("npx", ["prisma", "migrate", "deploy"], env);
    return await run("npx", tsxArgs, env, { capture: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-export-pg-"));
  const env = { ...process.env, PGPORT: process.env.BENCH_PGPORT ?? "55474", UPLOAD_DIR: path.join(dir, "uploads"), NODE_ENV: "production", JOBS_IN_PROCESS: "0" };
  try {
    // with-postgres.sh exports DATABASE_URL for the command it runs.
    const script = `npx prisma migrate deploy >/dev/null && npx ${tsxArgs.join(" ")}`;
    return await run("scripts/with-postgres.sh", ["bash", "-c", script], env, { capture: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function table(output) {
  const lines = output.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  const rows = [];
  for (const provider of [...new Set(lines.map((l) => l.provider))]) {
    const seed = lines.find((l) => l.provider === provider && l.step === "seed");
    for (const kind of ["applications", "brands"]) {
      const exp = lines.filter((l) => l.provider === provider && l.kind === kind && l.step === "export");
      const alone = lines.filter((l) => l.provider === provider && l.kind === kind && l.step === "writer");
      if (exp.length === 0) continue;
      const expMs = median(exp.map((e) => e.ms));
      const aloneMs = median(alone.map((e) => e.ms));
      rows.push({
        database: provider,
        list: kind,
        rows: exp[0].rows,
        "seed s": (seed.ms / 1000).toFixed(1),
        "export s": (expMs / 1000).toFixed(2),
        "rows/s": Math.round(exp[0].rows / (expMs / 1000)),
        "writer alone s": (aloneMs / 1000).toFixed(2),
        ratio: (expMs / aloneMs).toFixed(2),
        "RSS start→peak MB": `${Math.round(exp[0].startRssMb)}→${Math.round(Math.max(...exp.map((e) => e.peakRssMb)))}`,
        "heap start→peak→after gc MB": `${Math.round(exp[0].startHeapMb)}→${Math.round(Math.max(...exp.map((e) => e.peakHeapMb)))}→${Math.round(exp[0].settledHeapMb ?? NaN)}`,
        "export heap growth MB": Math.round(Math.max(...exp.map((e) => e.peakHeapMb - e.startHeapMb))),
        "writer-alone heap growth MB": alone[0]?.peakHeapMb === undefined ? "—" : Math.round(Math.max(...alone.map((e) => e.peakHeapMb - e.startHeapMb))),
        "file MB": (exp[0].sizeBytes / 2 ** 20).toFixed(1),
      });
    }
  }
  return rows;
}

let output = "";
console.error("bench:export — SQLite (throwaway file)");
output += await sqlite();
if (existsSync(path.join(PG_BIN, "initdb"))) {
  console.error("bench:export — PostgreSQL 15 (throwaway server)");
  output += await postgres();
} else {
  console.error(`bench:export — PostgreSQL skipped: no binaries at ${PG_BIN}`);
}
console.table(table(output));
console.log("ratio = export through the job's code path ÷ exceljs's streaming writer alone on the same cells (medians; aim ≤ 1.3×).");
console.log("heap growth = peak heapUsed (sampled every 50 ms, garbage included) − heapUsed at the start; after gc = heapUsed once the export is done and garbage collected.");
