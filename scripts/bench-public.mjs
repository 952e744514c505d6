#!/usr/bin/env node
// npm run bench:public — throughput and p99 of the public showcase against baselines measured in
// the same run, plus the JavaScript each public page sends.
//
//   1. a fresh SQLite file (data/bench-showcase.db) with 1,000 recognised brands;
//   2. `next build` into .next-bench with SHOWCASE_BENCH_BASELINE=1, which turns on
//      /bench-baseline: the same markup as /brands, prerendered once by Next at build time
//      (baseline a: what Next serves for a static page of that size);
//   3. `next start` on 127.0.0.1, and a node:http server answering /brands' HTML bytes from
//      memory (baseline b: the cost of HTTP alone);
//   4. autocannon, 50 connections, BENCH_SECONDS (default 10) per target, one target at a time.
//
// Options (env): BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_PORT (default 3290), BENCH_SKIP_BUILD=1
// (reuse .next-bench built from the same data), BENCH_BRANDS (default 1000).
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { buildPortal, freshDatabase, seedShowcase, startPortal } from "./lib/seed-showcase.mjs";

const SECONDS = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 10), 2), 60);
const CONNECTIONS = Math.min(Math.max(Number(process.env.BENCH_CONNECTIONS ?? 50), 1), 200);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const RAW_PORT = PORT + 1;
const BRANDS = Math.min(Number(process.env.BENCH_BRANDS ?? 1000), 1440);
const dbFile = path.resolve("data", "bench-showcase.db");
const distDir = ".next-bench";
const origin = `http://127.0.0.1:${PORT}`;

console.log(`\n▶ seeding ${BRANDS} recognised brands into ${dbFile}`);
await freshDatabase(dbFile);
const { slugs } = seedShowcase(dbFile, { brands: BRANDS });
if (process.env.BENCH_SKIP_BUILD !== "1") {
  console.log(`\n▶ next build → ${distDir} (SHOWCASE_BENCH_BASELINE=1)`);
  await buildPortal({ dbFile, distDir, env: { SHOWCASE_BENCH_BASELINE: "1" } });
}
console.log(`\n▶ next start on ${origin}`);
const server = await startPortal({ dbFile, distDir, port: PORT });

let raw;
try {
  const brandPath = `/brands/${encodeURIComponent(slugs[0])}`;
  // Warm every target (ISR pages render on their first visit; the list fills its data cache).
  const pages = { home: "/", list: "/brands", brand: brandPath, notices: "/notices", policy: "/policy", baseline: "/bench-baseline" };
  const html = {};
  for (const [name, p] of Object.entries(pages)) {
    for (let i = 0; i < 3; i += 1) {
      const res = await fetch(origin + p);
      html[name] = await res.text();
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    }
  }
  const noticeId = /href="\/notices\/([^"]+)"/.exec(html.notices)?.[1];
  if (noticeId) {
    pages.notice = `/notices/${noticeId}`;
    html.notice = await (await fetch(origin + pages.notice)).text();
  }

  const listBytes = Buffer.from(html.list);
  raw = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": listBytes.length });
    res.end(listBytes);
  });
  await new Promise((resolve) => raw.listen(RAW_PORT, "127.0.0.1", resolve));

  const measure = async (label, url) => {
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 10 });
    const row = {
      label,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + (result.non2xx ?? 0),
      kB: Math.round(result.throughput.average / Math.max(result.requests.average, 1) / 102.4) / 10,
    };
    console.log(`  ${label.padEnd(34)} ${String(row.rps).padStart(6)} req/s   p50 ${String(row.p50).padStart(4)} ms   p99 ${String(row.p99).padStart(4)} ms   ${row.kB} kB/resp   errors ${row.errors}`);
    return row;
  };

  console.log(`\n▶ autocannon: ${CONNECTIONS} connections, ${SECONDS} s each (loopback)`);
  const rows = {
    baseline: await measure("(a) /bench-baseline (Next static)", origin + pages.baseline),
    list: await measure("/brands (list, data)", origin + pages.list),
    brand: await measure("/brands/[slug] (brand page, ISR)", origin + brandPath),
    home: await measure("/ (home, ISR)", origin + "/"),
    rawHttp: await measure("(b) node:http, same bytes", `http://127.0.0.1:${RAW_PORT}/`),
  };

  const pct = (a, b) => `${Math.round((a / b) * 100)}%`;
  console.log("\n▶ ratios (throughput)");
  for (const key of ["list", "brand", "home"]) {
    const r = rows[key];
    console.log(
      `  ${r.label.padEnd(34)} vs (a) ${pct(r.rps, rows.baseline.rps).padStart(5)}   vs (b) ${pct(r.rps, rows.rawHttp.rps).padStart(5)}   p99 ${r.p99} ms ${r.p99 < 100 ? "✓" : "✗ (aim < 100 ms)"}   ${r.rps >= 0.9 * rows.baseline.rps ? "✓ ≥ 90% of (a)" : "✗ < 90% of (a)"}`,
    );
  }
  console.log(`  (a) Next static vs (b) node:http      ${pct(rows.baseline.rps, rows.rawHttp.rps)}`);

  console.log("\n▶ JavaScript sent to the browser (external module script chunks, gzip -9 sum, noModule polyfills excluded; inline RSC payload separate)");
  const chunkCache = new Map();
  for (const [name, p] of Object.entries(pages)) {
    if (name === "baseline") continue;
    const doc = html[name];
    // noModule polyfills are skipped: browsers that run modules never download them.
    const srcs = [...new Set([...doc.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3])).map((m) => m[2].replaceAll("&amp;", "&")))];
    let gz = 0;
    let rawBytes = 0;
    for (const src of srcs) {
      if (!chunkCache.has(src)) {
        const buf = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
        chunkCache.set(src, { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length });
      }
      gz += chunkCache.get(src).gz;
      rawBytes += chunkCache.get(src).raw;
    }
    const inline = [...doc.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
    const inlineGz = gzipSync(Buffer.from(inline), { level: 9 }).length;
    console.log(
      `  ${p.padEnd(40).slice(0, 40)} ${String(srcs.length).padStart(2)} chunks  ${(gz / 1024).toFixed(1).padStart(6)} kB gzip (${(rawBytes / 1024).toFixed(0)} kB raw)   inline ${(inlineGz / 1024).toFixed(1)} kB gzip   HTML ${(Buffer.byteLength(doc) / 1024).toFixed(0)} kB ${gz / 1024 < 100 ? "✓" : "✗ (aim < 100 kB)"}`,
    );
  }
} finally {
  raw?.close();
  server.stop();
}
process.exit(0);
