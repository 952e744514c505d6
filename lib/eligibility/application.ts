// The whole application (申报) checked at once: the verdict a unit sees while filling the form is
// the verdict the new city and the bureau see when they review it.
import { checkBrandName, checkEmploymentThreshold, checkLeadUnitComposition } from "./brand";
import { CATEGORIES, isCodeOf, NEW_CITIES } from "./constants";
import type { CategoryCode, LevelCode, NewCityCode, UnitTypeCode } from "./constants";
import { parseCalendarDate } from "./dates";
import { mayApply } from "./evaluation";
import { APPLICATION_DECLARATIONS, checkDeclarations, checkLeadUnit, checkPassRate, effectiveTradeName } from "./lead-unit";
import type { ApplicationDeclarationKey, UnitDeclarationKey } from "./lead-unit";
import { messages as m } from "./messages.zh-CN";
import { defaultEligibilitySettings } from "./settings";
import type { EligibilitySettings } from "./settings";
import type { DateInput, RuleId, Verdict } from "./types";
import { isRecord, mergeVerdicts, readCount, readText, underField, verdictOf } from "./verdict";

/** One lead unit (创建引领单位) as the form sends it. */
export type LeadUnitInput = {
  creditCode: string;
  name: string;
  /** 字号; when blank the suggestion from the name is used for B4. */
  tradeName?: string;
  unitType?: UnitTypeCode;
  /** 成立日期. */
  registrationDate: DateInput;
  declarations: Partial<Record<UnitDeclarationKey, boolean>>;
};

/** The narratives a reviewer judges (B1, B3, U2-U4); only their presence is checked. */
export const APPLICATION_NARRATIVES = [
  { key: "brandDescription", ruleId: "B1", label: "品牌简介" },
  { key: "businessDescription", ruleId: "B3", label: "经营项目说明" },
  { key: "trainingDescription", ruleId: "U2", label: "培训工作情况" },
  { key: "transferDescription", ruleId: "U3", label: "劳务输转情况" },
  { key: "postPlacementDescription", ruleId: "U4", label: "输出后服务管理情况" },
] as const;
export type NarrativeKey = (typeof APPLICATION_NARRATIVES)[number]["key"];

/** An application (劳务品牌申报) as plain data; every field is re-checked, nothing is trusted. */
export type ApplicationInput = {
  brandName: string;
  category: CategoryCode;
  newCity: NewCityCode;
  /** DISTRICT when absent: every brand enters at 新区级 (F3/F4). */
  level?: LevelCode;
  /** B6: a national-level intangible cultural heritage (国家级非物质文化遗产) brand. */
  nationalIch?: boolean;
  figures: {
    /** B5/B6: people employed or set up in business through the brand. */
    employed: number;
    /** B7: of whom poverty-alleviated labour (脱贫劳动力). */
    povertyAlleviated: number;
    /** U2. */
    trained: number;
    passed: number;
  };
  leadUnits: LeadUnitInput[];
  declarations: Partial<Record<ApplicationDeclarationKey, boolean>>;
  narratives: Partial<Record<NarrativeKey, string>>;
};

function checkNarratives(narratives: unknown): Verdict {
  const given = isRecord(narratives) ? narratives : {};
  return verdictOf(
    APPLICATION_NARRATIVES.filter((n) => readText(given[n.key]) === undefined).map((n) => ({
      ruleId: n.ruleId as RuleId,
      field: `narratives.${n.key}`,
      message: m.narrativeMissing(n.label, n.ruleId),
    })),
  );
}

function checkCode({ value, list, ruleId, field, message }: { value: unknown; list: readonly { readonly code: string; readonly label: string }[]; ruleId: RuleId; field: string; message: string }): Verdict {
  return isCodeOf(list, value) ? verdictOf([]) : verdictOf([{ ruleId, field, message }]);
}

/**
 * The whole application as of `asOf` (the submission date): C1, F1, F5, B2, B4, B5/B6/B8, B7's
 * count, U1-U5 for every lead unit, the declarations (B3, U2-U4), the narratives, and, when
 * `revocations` are given, E5/M3 for every lead unit. Field paths match the input's shape
 * (`leadUnits.1.registrationDate`, `figures.employed` …).
 */
export function checkApplicationEligibility(
  input: unknown,
  {
    asOf,
    revocations,
    settings = defaultEligibilitySettings,
  }: { asOf: unknown; revocations?: unknown; settings?: EligibilitySettings },
): Verdict {
  const app = isRecord(input) ? input : {};
  const figures = isRecord(app.figures) ? app.figures : {};
  const units: unknown[] = Array.isArray(app.leadUnits) ? app.leadUnits : [];
  const level = app.level === undefined ? "DISTRICT" : app.level;
  const asOfValid = parseCalendarDate(asOf).ok;
  // A unit whose 字号 cannot be determined is flagged at its own field, not checked against the name.
  const tradeNames = units.map((unit) => effectiveTradeName({ unit, settings }));
  const parts: Verdict[] = [
    asOfValid ? verdictOf([]) : verdictOf([{ ruleId: "U1", field: "asOf", message: m.asOfInvalid("U1") }]),
    checkCode({ value: app.category, list: CATEGORIES, ruleId: "C1", field: "category", message: m.categoryInvalid }),
    checkCode({ value: app.newCity, list: NEW_CITIES, ruleId: "F1", field: "newCity", message: m.newCityInvalid }),
    checkBrandName({ name: app.brandName, leadUnitTradeNames: tradeNames.filter((t) => t !== ""), settings }),
    verdictOf(
      [],
      tradeNames.flatMap((t, index) =>
        t === "" ? [{ ruleId: "B4" as const, field: `leadUnits.${index}.tradeName`, message: m.tradeNameBlank(index + 1) }] : [],
      ),
    ),
    checkLeadUnitComposition({ leadUnits: app.leadUnits, settings }),
    checkEmploymentThreshold({ level, nationalIch: app.nationalIch, employed: figures.employed, settings }),
    checkPovertyAlleviated({ employed: figures.employed, povertyAlleviated: figures.povertyAlleviated }),
    checkPassRate({ trained: figures.trained, passed: figures.passed, settings }),
    // asOf is reported once above, not once per unit.
    ...units.map((unit, index) => underField(withoutAsOf(checkLeadUnit({ unit, asOf, settings })), `leadUnits.${index}`)),
    underField(checkDeclarations({ declarations: app.declarations, list: APPLICATION_DECLARATIONS }), "declarations"),
    checkNarratives(app.narratives),
  ];
  if (revocations !== undefined && !Array.isArray(revocations)) {
    parts.push(verdictOf([{ ruleId: "E5", field: "revocations", message: m.revocationsMissing }]));
  } else if (revocations !== undefined && asOfValid) {
    units.forEach((unit, index) => {
      const code = isRecord(unit) ? unit.creditCode : undefined;
      const ban = mayApply({ creditCode: code, asOf, revocations, settings });
      // Only the ban itself: a bad credit code is already reported under U5 above.
      const own = ban.failures.filter((f) => f.ruleId !== "U5");
      parts.push(underField(verdictOf(own), `leadUnits.${index}`));
    });
  }
  return mergeVerdicts(parts);
}

// Only failures can concern asOf; warnings pass through.
function withoutAsOf(verdict: Verdict): Verdict {
  return verdictOf(
    verdict.failures.filter((f) => f.field !== "asOf"),
    verdict.warnings,
  );
}

/** B7: the poverty-alleviated count is part of the employed count, so it cannot exceed it. */
export function checkPovertyAlleviated({ employed, povertyAlleviated }: { employed: unknown; povertyAlleviated: unknown }): Verdict {
  const poor = readCount(povertyAlleviated, { ruleId: "B7", field: "figures.povertyAlleviated", label: m.povertyAlleviatedLabel });
  if (!poor.ok) return verdictOf([poor.finding]);
  // A bad employed count is B5's finding; a comparison with it is simply skipped.
  if (typeof employed === "number" && poor.value > employed) {
    return verdictOf([{ ruleId: "B7", field: "figures.povertyAlleviated", message: m.povertyAboveEmployed }]);
  }
  return verdictOf([]);
}
