import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_CHARSET,
  checkCreditCode,
  checkResidentId,
  checkSubsidySplit,
  creditCodeCheckChar,
  defaultEligibilitySettings,
  LEVELS,
  residentIdCheckChar,
  subsidyDue,
} from "@/lib/eligibility";
import { CODE_A, CODE_B, CODE_C } from "./helpers";

const charsetChar = fc.constantFrom(...CREDIT_CODE_CHARSET.split(""));
const digit = fc.constantFrom(..."0123456789".split(""));
const first17 = fc
  .tuple(charsetChar, charsetChar, fc.array(digit, { minLength: 6, maxLength: 6 }), fc.array(charsetChar, { minLength: 9, maxLength: 9 }))
  .map(([a, t, division, body]) => `${a}${t}${division.join("")}${body.join("")}`);
const validCode = first17.map((s) => s + creditCodeCheckChar(s));

describe("U5 properties (fast-check)", () => {
  it("a code with a computed check char always validates", () => {
    fc.assert(fc.property(validCode, (code) => checkCreditCode(code).ok && checkCreditCode(code).normalized === code));
  });

  it("any single-character change is caught", () => {
    fc.assert(
      fc.property(validCode, fc.nat({ max: 17 }), fc.oneof(charsetChar, fc.constantFrom("I", "O", "Z", "S", "V", "-", "中")), (code, at, c) => {
        fc.pre(code.charAt(at) !== c);
        const changed = code.slice(0, at) + c + code.slice(at + 1);
        return !checkCreditCode(changed).ok;
      }),
    );
  });

  it("any swap of two different adjacent characters is caught", () => {
    fc.assert(
      fc.property(validCode, fc.nat({ max: 16 }), (code, at) => {
        fc.pre(code.charAt(at) !== code.charAt(at + 1));
        const swapped = code.slice(0, at) + code.charAt(at + 1) + code.charAt(at) + code.slice(at + 2);
        return !checkCreditCode(swapped).ok;
      }),
    );
  });

  it("lower-case input validates to the same normalised code", () => {
    fc.assert(fc.property(validCode, (code) => checkCreditCode(code.toLowerCase()).normalized === code));
  });
});

describe("resident ID properties (fast-check)", () => {
  const birth = fc.date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2010-12-31T00:00:00Z"), noInvalidDate: true });
  const validId = fc
    .tuple(fc.array(digit, { minLength: 6, maxLength: 6 }), birth, fc.array(digit, { minLength: 3, maxLength: 3 }))
    .map(([region, d, seq]) => {
      const s = `${region.join("")}${d.toISOString().slice(0, 10).replace(/-/g, "")}${seq.join("")}`;
      return s + residentIdCheckChar(s);
    });

  it("a generated ID validates and any single-digit change of the check digit's inputs is caught", () => {
    fc.assert(
      fc.property(validId, fc.nat({ max: 16 }), digit, (id, at, d) => {
        expect(checkResidentId(id, { asOf: "2024-01-01" }).ok).toBe(true);
        fc.pre(id.charAt(at) !== d);
        return !checkResidentId(id.slice(0, at) + d + id.slice(at + 1), { asOf: "2024-01-01" }).ok;
      }),
    );
  });
});

describe("S2/S3 properties (fast-check)", () => {
  const codes = [CODE_A, CODE_B, CODE_C];

  it("a split built from any amount validates and sums to it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300000 }), fc.array(fc.integer({ min: 0, max: 300000 }), { minLength: 0, maxLength: 2 }), (amount, cuts) => {
        const points = [0, ...cuts.map((c) => Math.min(c, amount)).sort((a, b) => a - b), amount];
        const shares = points.slice(1).map((p, i) => ({ creditCode: codes[i], amount: p - (points[i] ?? 0) }));
        const v = checkSubsidySplit({ amount, leadUnitCreditCodes: codes, shares });
        return v.ok && shares.reduce((s, x) => s + x.amount, 0) === amount;
      }),
    );
  });

  it("whenever a split is accepted, it sums exactly to the amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300000 }),
        fc.array(fc.record({ creditCode: fc.constantFrom(...codes), amount: fc.integer({ min: -5, max: 300000 }) }), { maxLength: 4 }),
        (amount, shares) => {
          const v = checkSubsidySplit({ amount, leadUnitCreditCodes: codes, shares });
          return !v.ok || shares.reduce((s, x) => s + x.amount, 0) === amount;
        },
      ),
    );
  });
});

describe("S4 properties (fast-check)", () => {
  const level = fc.constantFrom(...LEVELS.map((l) => l.code));

  it.each(["top-up", "none"] as const)("policy %s: total paid never exceeds the cap, whatever the order", (policy) => {
    const settings = { ...defaultEligibilitySettings, subsidyUpgradePolicy: policy };
    fc.assert(
      fc.property(fc.array(level, { minLength: 1, maxLength: 8 }), (levels) => {
        let paid = 0;
        for (const l of levels) {
          const due = subsidyDue({ level: l, alreadyPaid: paid, settings });
          if (!due.ok || due.amount < 0 || !Number.isInteger(due.amount)) return false;
          paid += due.amount;
        }
        // Top-up pays exactly the highest level reached; "none" exactly the first.
        const expected = policy === "top-up"
          ? Math.max(...levels.map((l) => defaultEligibilitySettings.subsidyAmounts[l]))
          : defaultEligibilitySettings.subsidyAmounts[levels[0] ?? "DISTRICT"];
        return paid <= defaultEligibilitySettings.subsidyCap && paid === expected;
      }),
    );
  });
});
