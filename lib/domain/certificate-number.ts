// 认定证书编号: 西咸劳务品牌〔year〕NNN号, numbered per calendar year of recognition (Shanghai),
// from 001. Written once here so the service that issues numbers and anything that reads them
// agree on the format.

const CERTIFICATE_NUMBER = /^西咸劳务品牌〔(\d{4})〕(\d{3,})号$/;

/** The certificate number of the `sequence`-th recognition (1-based) of `year`. */
export function certificateNumber({ year, sequence }: { year: number; sequence: number }): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`certificate year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`certificate sequence ${sequence}`);
  // Three digits at least; the 1000th of a year simply has four (numbers are never cut short).
  return `西咸劳务品牌〔${year}〕${String(sequence).padStart(3, "0")}号`;
}

/** The year and sequence of a certificate number, or null when it is not one. */
export function parseCertificateNumber(text: string): { year: number; sequence: number } | null {
  const match = CERTIFICATE_NUMBER.exec(text);
  if (!match) return null;
  const sequence = Number(match[2]);
  // "000" or a padded "0001" would not round-trip through certificateNumber.
  if (sequence < 1 || (match[2] as string).length !== Math.max(3, String(sequence).length)) return null;
  return { year: Number(match[1]), sequence };
}
