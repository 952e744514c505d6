// 牌匾编号: 西咸劳务品牌牌匾〔year〕NNN号 for a brand's plaque and 西咸创建引领单位牌匾〔year〕NNN号
// for a lead unit's, numbered per kind and calendar year of issue (Shanghai), from 001.
import type { PlaqueKind } from "./recognition-statuses";

const PREFIX: Record<PlaqueKind, string> = { BRAND: "西咸劳务品牌牌匾", LEAD_UNIT: "西咸创建引领单位牌匾" };

/** The number of the `sequence`-th plaque (1-based) of `kind` issued in `year`. */
export function plaqueNumber({ kind, year, sequence }: { kind: PlaqueKind; year: number; sequence: number }): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`plaque year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`plaque sequence ${sequence}`);
  return `${PREFIX[kind]}〔${year}〕${String(sequence).padStart(3, "0")}号`;
}

/** The prefix shared by every plaque of `kind` issued in `year` (to count them). */
export function plaqueNumberPrefix({ kind, year }: { kind: PlaqueKind; year: number }): string {
  return `${PREFIX[kind]}〔${year}〕`;
}
