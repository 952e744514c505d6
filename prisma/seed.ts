// Seeds reference data (the five new cities, RULES.md F1) and, outside production, the demo
// accounts, units and batch listed in the README. Idempotent: run it as often as you like.
//
//   npm run db:seed                          reference data + demo data (refused in production)
//   NODE_ENV=production npm run db:seed      reference data only
//   SEED_DEMO_IN_PRODUCTION=yes …            demo data in production too (explicit opt-in)
import { createDbClient } from "../lib/server/db/client";
import { hashPassword } from "../lib/server/password";
import { NEW_CITIES } from "../lib/eligibility/constants";
import type { SessionUser } from "../lib/server/session-user";
import { DEMO_BRAND_UNITS, seedDemoBrands } from "./seed-brands";
import { seedDemoDashboard } from "./seed-dashboard";
import { seedDemoRevocations } from "./seed-revocations";
import { DEMO_EVALUATION_UNITS, seedDemoEvaluations } from "./seed-evaluations";
import { seedDemoExports } from "./seed-exports";

export const DEMO_PASSWORD = "Xixian@2026";

export const DEMO_STAFF = [
  { loginName: "admin", displayName: "系统管理员", role: "ADMIN", newCityId: null },
  { loginName: "bureau", displayName: "新区社会事业服务局（审核员）", role: "BUREAU_OFFICIAL", newCityId: null },
  { loginName: "fengdong", displayName: "沣东新城组织和人力资源部", role: "NEW_CITY_STAFF", newCityId: "FENGDONG" },
  { loginName: "fengxi", displayName: "沣西新城组织和人力资源部", role: "NEW_CITY_STAFF", newCityId: "FENGXI" },
  { loginName: "qinhan", displayName: "秦汉新城组织和人力资源部", role: "NEW_CITY_STAFF", newCityId: "QINHAN" },
  { loginName: "konggang", displayName: "空港新城组织和人力资源部", role: "NEW_CITY_STAFF", newCityId: "KONGGANG" },
  { loginName: "jinghe", displayName: "泾河新城组织和人力资源部", role: "NEW_CITY_STAFF", newCityId: "JINGHE" },
] as const;

// Credit codes with valid GB 32100 and GB 11714 check characters (made up, not real units).
export const DEMO_UNITS = [
  {
    creditCode: "91611105MA6W0H1A18",
    name: "西咸新区好帮手家政服务有限公司",
    tradeName: "好帮手",
    type: "ENTERPRISE",
    newCityId: "FENGXI",
    registrationDate: "2019-05-20",
    address: "陕西省西咸新区沣西新城统一路88号",
    contactName: "王丽",
    contactPhone: "13891234567",
  },
  {
    creditCode: "52611104MJ0K7Q2BX5",
    name: "西咸新区匠心陶艺职业技能培训学校",
    tradeName: "匠心",
    type: "VOCATIONAL_TRAINING_INSTITUTION",
    newCityId: "QINHAN",
    registrationDate: "2016-09-01",
    address: "陕西省西咸新区秦汉新城兰池大道16号",
    contactName: "李强",
    contactPhone: "029-33585503",
  },
  {
    creditCode: "91611103MA7BX3C55N",
    name: "陕西空港巧手月嫂服务有限公司",
    tradeName: "巧手",
    type: "HR_SERVICE_AGENCY",
    newCityId: "KONGGANG",
    registrationDate: "2021-03-15",
    address: "陕西省西咸新区空港新城自贸大道1号",
    contactName: "张敏",
    contactPhone: "18992345678",
  },
] as const;

function calendarDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export async function seed({ demo }: { demo: boolean }) {
  const db = createDbClient();
  try {
    for (const [i, city] of NEW_CITIES.entries()) {
      await db.newCity.upsert({
        where: { id: city.code },
        update: { name: city.label, sortOrder: i },
        create: { id: city.code, name: city.label, sortOrder: i },
      });
    }
    if (!demo) return { demo: false };

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const staff of DEMO_STAFF) {
      await db.user.upsert({
        where: { loginName: staff.loginName },
        update: {},
        create: { ...staff, passwordHash },
      });
    }
    for (const unit of [...DEMO_UNITS, ...DEMO_BRAND_UNITS, ...DEMO_EVALUATION_UNITS]) {
      const { registrationDate, ...rest } = unit;
      const saved = await db.unit.upsert({
        where: { creditCode: unit.creditCode },
        update: {},
        create: { ...rest, registrationDate: calendarDate(registrationDate) },
      });
      await db.user.upsert({
        where: { loginName: unit.creditCode },
        update: {},
        create: { loginName: unit.creditCode, displayName: unit.name, role: "APPLICANT_UNIT", unitId: saved.id, passwordHash },
      });
    }
    // A batch that is open around "now", so the demo always has somewhere to apply.
    const now = new Date();
    const year = now.getUTCFullYear();
    const title = `${year}年度西咸新区劳务品牌申报（演示批次）`;
    const existing = await db.batch.findFirst({ where: { title } });
    if (!existing) {
      await db.batch.create({
        data: {
          year,
          title,
          opensAt: new Date(Date.UTC(year, now.getUTCMonth(), 1) - 8 * 3600 * 1000),
          closesAt: new Date(now.getTime() + 90 * 24 * 3600 * 1000),
        },
      });
    }
    // Recognised brands with their levels, pushes, awards, payments and use reports.
    const sessionOf = async (loginName: string): Promise<SessionUser> => {
      const u = await db.user.findUniqueOrThrow({ where: { loginName } });
      return { id: u.id, role: u.role, displayName: u.displayName, unitId: u.unitId, newCityId: u.newCityId };
    };
    await seedDemoBrands({ db, sessionOf });
    await seedDemoDashboard({ db, sessionOf });
    await seedDemoRevocations({ db, sessionOf, passwordHash });
    await seedDemoEvaluations({ db, sessionOf });
    await seedDemoExports({ db, sessionOf });
    // The services ran on the app's own client (lib/server/db): close it too, or a PostgreSQL
    // pool keeps the process alive.
    const { db: serviceDb } = await import("../lib/server/db");
    await serviceDb.$disconnect();
    return { demo: true };
  } finally {
    await db.$disconnect();
  }
}

const isMain = process.argv[1]?.endsWith("seed.ts");
if (isMain) {
  const production = process.env.NODE_ENV === "production";
  const demo = !production || process.env.SEED_DEMO_IN_PRODUCTION === "yes";
  if (production && !demo) {
    console.log("NODE_ENV=production: seeding reference data only; demo accounts are not created (set SEED_DEMO_IN_PRODUCTION=yes to override).");
  }
  seed({ demo })
    .then((r) => console.log(r.demo ? "Seeded reference and demo data." : "Seeded reference data."))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
