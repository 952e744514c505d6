// Showcase data for the benchmarks (scripts/bench-public.mjs, scripts/bench-lighthouse.mjs): a fresh,
// migrated SQLite file filled with N recognised brands, their recognitions and lead units, and a
// few publicity notices; plus helpers to build and start the production server on loopback.
// Rows are written with better-sqlite3 in one transaction (table and column names as in
// prisma/sqlite/migrations); dates are stored as Prisma stores them (ISO text, UTC).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { run } from "./run.mjs";

const CITIES = [
  ["FENGDONG", "沣东新城"],
  ["FENGXI", "沣西新城"],
  ["QINHAN", "秦汉新城"],
  ["KONGGANG", "空港新城"],
  ["JINGHE", "泾河新城"],
];
const CATEGORIES = ["HIGH_QUALITY_SERVICE", "MID_HIGH_SKILL", "CULTURE_TOURISM", "LIVELIHOOD_SECURITY"];
const LEVELS = ["DISTRICT", "CITY", "PROVINCE", "NATIONAL"];
const PLACES = ["沣东", "沣西", "秦汉", "空港", "泾河", "西咸", "关中", "秦岭", "渭河", "长安", "咸阳", "秦川"];
const TRADES = ["家政", "月嫂", "陶艺", "面点", "电工", "焊接", "护理", "养老", "物流", "电商", "园艺", "茶艺", "剪纸", "皮影", "木雕", "建筑", "厨艺", "保洁", "育婴", "汽修", "数控", "光伏", "农技", "民宿", "导游", "刺绣", "泥塑", "烹饪", "安保", "康养"];
const SUFFIXES = ["师", "匠", "工", "嫂"];

const iso = (d) => d.toISOString().replace("Z", "+00:00");
const calendar = (y, m, d) => iso(new Date(Date.UTC(y, m - 1, d)));
const id = () => `c${randomUUID().replaceAll("-", "").slice(0, 24)}`;

/** Deletes and migrates `dbFile` (prisma migrate deploy through the offline engine). */
export async function freshDatabase(dbFile) {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  await run("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${dbFile}` } });
}

/** Writes `brands` recognised brands (plus notices) into a migrated database. Deterministic. */
export function seedShowcase(dbFile, { brands = 1000, notices = 24 } = {}) {
  const db = new Database(dbFile);
  db.pragma("foreign_keys = ON");
  const now = new Date();
  const stamp = iso(now);
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

  const insert = {
    city: db.prepare(`INSERT OR IGNORE INTO "NewCity" (id, name, sortOrder, createdAt) VALUES (?, ?, ?, ?)`),
    brand: db.prepare(
      `INSERT INTO "Brand" (id, name, slug, category, isNationalIch, newCityId, highestLevel, story, skills, transferChannels, trademarks, awards, employedCount, povertyAlleviatedCount, hiddenFromShowcase, createdAt, updatedAt)
       VALUES (@id, @name, @name, @category, 0, @city, @level, @story, @skills, @transfer, @trademarks, @awards, @employed, @poverty, 0, @createdAt, @createdAt)`,
    ),
    recognition: db.prepare(
      `INSERT INTO "BrandRecognition" (id, brandId, level, recognisedOn, certificateNo, status, plaqueStatus, createdAt) VALUES (?, ?, ?, ?, ?, 'ACTIVE', 'ISSUED', ?)`,
    ),
    leadUnit: db.prepare(
      `INSERT INTO "LeadUnitRecognition" (id, recognitionId, brandId, creditCode, unitName, level, recognisedOn, status, plaqueStatus, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 'ISSUED', ?)`,
    ),
    unit: db.prepare(
      `INSERT INTO "Unit" (id, creditCode, name, tradeName, type, newCityId, registrationDate, address, contactName, contactPhone, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'ENTERPRISE', ?, ?, '陕西省西咸新区', '联系人', '13800000000', ?, ?)`,
    ),
    batch: db.prepare(`INSERT INTO "Batch" (id, year, title, opensAt, closesAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    application: db.prepare(
      `INSERT INTO "Application" (id, batchId, unitId, newCityId, status, brandName, category, employedCount, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'IN_PUBLICITY', ?, ?, ?, ?, ?)`,
    ),
    notice: db.prepare(`INSERT INTO "PublicityNotice" (id, applicationId, title, body, startsAt, endsAt, publishedById, createdAt) VALUES (?, ?, ?, ?, ?, ?, 'bench', ?)`),
  };

  const names = [];
  for (const s of SUFFIXES) for (const t of TRADES) for (const p of PLACES) names.push(`${p}${t}${s}`);
  if (brands > names.length) throw new Error(`at most ${names.length} brand names`);

  const write = db.transaction(() => {
    CITIES.forEach(([code, name], i) => insert.city.run(code, name, i, stamp));
    let certificate = 0;
    let unitCode = 0;
    const slugs = [];
    for (let i = 0; i < brands; i += 1) {
      const name = names[i];
      const trade = TRADES[Math.floor(i / PLACES.length) % TRADES.length];
      const [city, cityName] = CITIES[i % CITIES.length];
      const r = rnd();
      const top = r > 0.97 ? 3 : r > 0.9 ? 2 : r > 0.7 ? 1 : 0;
      const brandId = id();
      const employed = 501 + Math.floor(rnd() * 6000) + top * 2500;
      const createdAt = iso(new Date(now.getTime() - (brands - i) * 3_600_000));
      insert.brand.run({
        id: brandId,
        name,
        category: CATEGORIES[i % CATEGORIES.length],
        city,
        level: LEVELS[top],
        story: `${name}立足${cityName}，依托${trade}产业基础，坚持“技能培训＋劳务输出＋品牌建设”一体推进，形成了地域特色鲜明、服务规范、口碑良好的劳务品牌。\n近年来累计开展${trade}技能培训${Math.floor(employed * 1.3)}人次，带动一大批城乡劳动者实现稳定就业和增收致富。`,
        skills: `${trade}职业技能培训，理论与实操结合，培训合格率达${60 + Math.floor(rnd() * 35)}%，推行持证上岗。`,
        transfer: `与区内外用工单位建立长期合作，通过订单式培训、定向输送实现劳务输转。`,
        trademarks: i % 3 === 0 ? `“${name}”注册商标（第${35 + (i % 10)}类）` : null,
        awards: i % 4 === 0 ? `${cityName}优秀劳务品牌（${2021 + (i % 4)}年）` : null,
        employed,
        poverty: Math.floor(employed * (0.05 + rnd() * 0.2)),
        createdAt,
      });
      for (let level = 0; level <= top; level += 1) {
        const recognitionId = id();
        const year = 2021 + level;
        const recognisedOn = calendar(year, 1 + ((i + level) % 12), 1 + (i % 27));
        certificate += 1;
        insert.recognition.run(recognitionId, brandId, LEVELS[level], recognisedOn, `西咸劳务品牌〔${year}〕B${String(certificate).padStart(5, "0")}号`, createdAt);
        const leads = 1 + (i % 3);
        for (let u = 0; u < leads; u += 1) {
          const code = `BENCH${String(i).padStart(6, "0")}${u}`;
          insert.leadUnit.run(id(), recognitionId, brandId, code, `西咸新区${name}${["服务", "培训", "人力资源"][u]}有限公司`, LEVELS[level], recognisedOn, createdAt);
        }
      }
      slugs.push(name);
    }
    const batchId = id();
    insert.batch.run(batchId, now.getUTCFullYear(), `${now.getUTCFullYear()}年度劳务品牌申报`, iso(new Date(now.getTime() - 30 * 86_400_000)), iso(new Date(now.getTime() + 30 * 86_400_000)), stamp, stamp);
    for (let n = 0; n < notices; n += 1) {
      const [city, cityName] = CITIES[n % CITIES.length];
      unitCode += 1;
      const unitId = id();
      insert.unit.run(unitId, `BENCHUNIT${String(unitCode).padStart(9, "0")}`, `${cityName}示范服务有限公司${n}`, `示范${n}`, city, calendar(2018, 1, 1), stamp, stamp);
      const appId = id();
      const brandName = `${PLACES[n % PLACES.length]}新兴${TRADES[(n * 7) % TRADES.length]}匠`;
      insert.application.run(appId, batchId, unitId, city, brandName, CATEGORIES[n % 4], 800 + n, stamp, stamp);
      const starts = new Date(now.getTime() - (notices - n) * 86_400_000);
      const ends = new Date(starts.getTime() + 8 * 86_400_000);
      insert.notice.run(
        id(),
        appId,
        `关于“${brandName}”拟认定为新区级劳务品牌的公示`,
        `经单位申报、新城组织和人力资源部推荐、新区社会事业服务局审核，拟认定“${brandName}”为西咸新区新区级劳务品牌，${cityName}示范服务有限公司${n}为劳务品牌创建引领单位。公示期内，如对公示对象有异议，请以书面形式向西咸新区社会事业服务局反映，并提供联系方式及相关材料。`,
        iso(starts),
        iso(ends),
        iso(starts),
      );
    }
    return slugs;
  });
  const slugs = write();
  db.close();
  return { slugs };
}

/** `next build` into `distDir` against `dbFile`; extra env (e.g. SHOWCASE_BENCH_BASELINE=1). */
export async function buildPortal({ dbFile, distDir, env = {} }) {
  await run("npx", ["next", "build"], { env: { ...process.env, ...env, DATABASE_URL: `file:${dbFile}`, NEXT_DIST_DIR: distDir } });
}

/** Starts `next start` on 127.0.0.1:port and resolves once /api/health answers; returns a stop(). */
export async function startPortal({ dbFile, distDir, port, env = {} }) {
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: `file:${dbFile}`,
      NEXT_DIST_DIR: distDir,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-only-secret-0123456789abcdef0123456789abcdef",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
  });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.on("exit", stop);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return { stop, child };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  stop();
  throw new Error(`server on port ${port} did not start within 60 s`);
}
