import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_CHARSET,
  checkCreditCode,
  checkResidentId,
  creditCodeCheckChar,
  normalizeCode,
  organisationCodeCheckChar,
  residentIdCheckChar,
} from "@/lib/eligibility";
import { CODE_A, failureMessages, makeCode, warningMessages } from "./helpers";

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

describe("U5 统一社会信用代码: check character (GB 32100-2015)", () => {
  it.each([
    ["91350100M000100Y43", "the standard's sample code"],
    ["91110108772551611J", "a real-format Beijing enterprise code"],
    [CODE_A, "a generated Xixian code"],
  ])("accepts %s (%s)", (code) => {
    const v = checkCreditCode(code);
    expect(v).toMatchObject({ ok: true, failures: [], warnings: [], normalized: code });
  });

  it("splits the code into its five parts", () => {
    expect(checkCreditCode("91350100M000100Y43").parts).toEqual({
      registrationAuthority: "9",
      organisationType: "1",
      divisionCode: "350100",
      organisationCode: "M000100Y4",
      checkChar: "3",
    });
  });

  it("computes 31 − (Σ mod 31) with 31 → 0 and maps 30 → Y", () => {
    // Σ of "00000000000000000" is 0 → 31 mod 31 = 0.
    expect(creditCodeCheckChar("00000000000000000")).toBe("0");
    // Σ = 1 (a single 1 with weight 1) → 30 → "Y", the last char of the charset.
    expect(creditCodeCheckChar("10000000000000000")).toBe("Y");
    // Σ = 3 → 28 → "W"; Σ = 28 (weight of the 17th) → 3.
    expect(creditCodeCheckChar("01000000000000000")).toBe("W");
    expect(creditCodeCheckChar("00000000000000001")).toBe("3");
    expect(CREDIT_CODE_CHARSET).toBe("0123456789ABCDEFGHJKLMNPQRTUWXY");
    // Every weight counts: a 1 at each position gives 31 − w mod 31.
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    weights.forEach((w, i) => {
      const s = "0".repeat(i) + "1" + "0".repeat(16 - i);
      expect(creditCodeCheckChar(s)).toBe(CREDIT_CODE_CHARSET.charAt((31 - w) % 31));
    });
  });

  it("refuses a wrong check character without revealing the right one", () => {
    const wrong = CODE_A.slice(0, 17) + (CODE_A.endsWith("0") ? "1" : "0");
    expect(checkCreditCode(wrong).failures).toEqual([{ ruleId: "U5", message: "统一社会信用代码校验位不符，请逐位核对（U5）" }]);
    expect(checkCreditCode(wrong).normalized).toBeUndefined();
  });
});

describe("U5 统一社会信用代码: normalisation", () => {
  it.each([
    ["lowercase", CODE_A.toLowerCase()],
    ["full-width", toFullWidth(CODE_A)],
    ["surrounding spaces", `  ${CODE_A}\t`],
    ["ideographic spaces", `\u3000${CODE_A}\u3000`],
  ])("accepts %s input and returns the normalised code", (_, input) => {
    expect(checkCreditCode(input)).toMatchObject({ ok: true, normalized: CODE_A });
  });

  it("normalizeCode trims, converts full-width and uppercases", () => {
    expect(normalizeCode(" ａｂｃ１２３ ")).toBe("ABC123");
  });
});

describe("U5 统一社会信用代码: each kind of invalid input", () => {
  it.each([
    [null, "统一社会信用代码未填写（U5）"],
    [undefined, "统一社会信用代码未填写（U5）"],
    ["", "统一社会信用代码未填写（U5）"],
    ["   ", "统一社会信用代码未填写（U5）"],
    [123456789012345678, "统一社会信用代码必须是文字（U5）"],
    [{}, "统一社会信用代码必须是文字（U5）"],
    [`${CODE_A.slice(0, 9)} ${CODE_A.slice(9)}`, "统一社会信用代码不能包含空格（U5）"],
    [`${CODE_A.slice(0, 9)}\u3000${CODE_A.slice(9)}`, "统一社会信用代码不能包含空格（U5）"],
    [CODE_A.slice(0, 17), "统一社会信用代码应为18位，当前为17位（U5）"],
    [`${CODE_A}1`, "统一社会信用代码应为18位，当前为19位（U5）"],
  ])("%j → %s", (input, message) => {
    const v = checkCreditCode(input);
    expect(v.ok).toBe(false);
    expect(failureMessages(v)).toEqual([message]);
    expect(v.failures[0]?.ruleId).toBe("U5");
    expect(v.warnings).toEqual([]);
  });

  it.each(["I", "O", "Z", "S", "V"])("names the unused letter %s and its position", (letter) => {
    const code = `${CODE_A.slice(0, 10)}${letter}${CODE_A.slice(11)}`;
    expect(failureMessages(checkCreditCode(code))).toEqual([
      `统一社会信用代码不使用字母I、O、Z、S、V，第11位为“${letter}”，请核对（U5）`,
    ]);
  });

  it("names an illegal character (punctuation, Chinese) and its position", () => {
    expect(checkCreditCode(`9-${CODE_A.slice(2)}`).failures).toEqual([
      { ruleId: "U5", message: "统一社会信用代码只能由数字和大写字母组成，第2位“-”不合法（U5）" },
    ]);
    expect(failureMessages(checkCreditCode(`O${CODE_A.slice(1)}`))).toEqual([
      "统一社会信用代码不使用字母I、O、Z、S、V，第1位为“O”，请核对（U5）",
    ]);
    expect(failureMessages(checkCreditCode(`${CODE_A.slice(0, 17)}中`))).toEqual([
      "统一社会信用代码只能由数字和大写字母组成，第18位“中”不合法（U5）",
    ]);
  });

  it("reports both an illegal character and a wrong length", () => {
    expect(failureMessages(checkCreditCode("91O"))).toEqual([
      "统一社会信用代码不使用字母I、O、Z、S、V，第3位为“O”，请核对（U5）",
      "统一社会信用代码应为18位，当前为3位（U5）",
    ]);
  });

  it("refuses letters in the division code (positions 3-8) even with a matching check char", () => {
    for (const at of [2, 7]) {
      const first17 = `91611105MA6T00011`.split("");
      first17[at] = "A";
      expect(checkCreditCode(withCheck(first17.join("")))).toEqual({
        ok: false,
        failures: [{ ruleId: "U5", message: "统一社会信用代码第3至8位（登记管理机关行政区划码）应为数字（U5）" }],
        warnings: [],
      });
    }
  });
});

describe("U5 统一社会信用代码: structure warnings (positions 1, 2, 9-17)", () => {
  it.each(["1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "N", "Y"])("knows registration authority %s", (a) => {
    expect(checkCreditCode(makeCode("MA6T0001", `${a}1611105`)).warnings).toEqual([]);
  });

  it("warns on an unknown registration authority or a non-digit organisation type, but stays ok", () => {
    const v = checkCreditCode(makeCode("MA6T0001", "B0611105"));
    expect(v.ok).toBe(true);
    expect(warningMessages(v)).toEqual([
      "统一社会信用代码第1位（登记管理部门码）“B”不在已知代码中，请核对（U5）",
      "统一社会信用代码第2位（机构类别码）“0”不在已知代码中，请核对（U5）",
    ]);
    expect(checkCreditCode(makeCode("MA6T0001", "9A611105")).warnings).toEqual([
      { ruleId: "U5", message: "统一社会信用代码第2位（机构类别码）“A”不在已知代码中，请核对（U5）" },
    ]);
    expect(checkCreditCode(makeCode("MA6T0001", "B1611105")).warnings).toEqual([
      { ruleId: "U5", message: "统一社会信用代码第1位（登记管理部门码）“B”不在已知代码中，请核对（U5）" },
    ]);
    expect(checkCreditCode(makeCode("MA6T0001", "91611105")).warnings).toEqual([]);
  });

  it("warns (does not fail) when the GB 11714 organisation-code check char does not match", () => {
    const body = "MA6T0001";
    const good = organisationCodeCheckChar(body);
    const bad = good === "1" ? "2" : "1";
    const v = checkCreditCode(withCheck(`91611105${body}${bad}`));
    expect(v.ok).toBe(true);
    expect(v.warnings).toEqual([
      { ruleId: "U5", message: "统一社会信用代码第9至17位（主体标识码）不符合组织机构代码校验规则，请核对（U5）" },
    ]);
  });

  it("computes GB 11714 check chars: 11 − (Σ mod 11), 10 → X, 11 → 0", () => {
    expect(organisationCodeCheckChar("77255161")).toBe("1");
    expect(organisationCodeCheckChar("M000100Y")).toBe("4");
    expect(organisationCodeCheckChar("00000000")).toBe("0"); // Σ = 0 → 11 → 0
    expect(organisationCodeCheckChar("10000000")).toBe("8"); // Σ = 3 → 8
    expect(organisationCodeCheckChar("00000001")).toBe("9"); // Σ = 2 → 9
    expect(organisationCodeCheckChar("01000000")).toBe("4"); // Σ = 7 → 4
    expect(organisationCodeCheckChar("00010000")).toBe("1"); // Σ = 10 → 1
    expect(organisationCodeCheckChar("00000100")).toBe("3"); // Σ = 8 → 3
    expect(organisationCodeCheckChar("00000010")).toBe("7"); // Σ = 4 → 7
    expect(organisationCodeCheckChar("00100000")).toBe("2"); // Σ = 9 → 2
    expect(organisationCodeCheckChar("00001000")).toBe("6"); // Σ = 5 → 6
    expect(organisationCodeCheckChar("40000000")).toBe("X"); // Σ = 12 → 12 mod 11 = 1 → 10 → X
    expect(organisationCodeCheckChar("A0000000")).toBe("3"); // A = 10: Σ = 30 → 8 → 3
  });
});

const validId = (first17: string) => first17 + residentIdCheckChar(first17);

describe("U2/U3 resident ID (GB 11643-1999) for ledgers", () => {
  it("accepts the standard's example with X, lower-case x and full-width input", () => {
    expect(checkResidentId("11010519491231002X", { asOf: "2024-01-01" })).toMatchObject({
      ok: true,
      normalized: "11010519491231002X",
      birthDate: "1949-12-31",
    });
    expect(checkResidentId("11010519491231002x", { asOf: "2024-01-01" }).normalized).toBe("11010519491231002X");
    expect(checkResidentId(toFullWidth("11010519491231002X"), { asOf: "2024-01-01" }).ok).toBe(true);
  });

  it("computes the MOD 11-2 check digit", () => {
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
    expect(residentIdCheckChar("00000000000000000")).toBe("1"); // (12 − 0) mod 11
    expect(residentIdCheckChar("00000000000000001")).toBe("X"); // Σ = 2 → 10 → X
    expect(residentIdCheckChar("00000000000000006")).toBe("0"); // Σ = 12 → (12 − 1) mod 11 = 0
    expect(residentIdCheckChar("10000000000000000")).toBe("5"); // Σ = 7 → 5
  });

  it.each([
    [null, "身份证号码未填写（U2）"],
    [42, "身份证号码必须是文字（U2）"],
    ["1101051949 1231002X", "身份证号码不能包含空格（U2）"],
    ["11010519491231002", "身份证号码应为18位，前17位为数字，最后一位为数字或X（U2）"],
    ["1101051949123100XX", "身份证号码应为18位，前17位为数字，最后一位为数字或X（U2）"],
    ["111010519491231002X", "身份证号码应为18位，前17位为数字，最后一位为数字或X（U2）"],
    ["11010519491231002X1", "身份证号码应为18位，前17位为数字，最后一位为数字或X（U2）"],
    ["11010519490231002X", "身份证号码中的出生日期“19490231”无效（U2）"],
    ["11010519491231003X", "身份证号码校验位不符，请逐位核对（U2）"],
  ])("%j → %s", (input, message) => {
    expect(failureMessages(checkResidentId(input, { asOf: "2024-01-01" }))).toEqual([message]);
  });

  it("refuses a birth date after asOf, accepts one on asOf", () => {
    const id = validId("61010520240102001");
    expect(checkResidentId(id, { asOf: "2024-01-02" }).ok).toBe(true);
    expect(failureMessages(checkResidentId(id, { asOf: "2024-01-01" }))).toEqual([
      "身份证号码中的出生日期2024-01-02晚于核对日期（U2）",
    ]);
  });

  it("defaults asOf to today in Shanghai and names U3 when asked", () => {
    const future = validId("61010529991231001");
    expect(failureMessages(checkResidentId(future, { ruleId: "U3" }))).toEqual([
      "身份证号码中的出生日期2999-12-31晚于核对日期（U3）",
    ]);
    expect(checkResidentId("11010519491231002X").ok).toBe(true);
  });

  it("refuses an invalid asOf", () => {
    expect(checkResidentId("11010519491231002X", { asOf: "2024-13-01" }).failures).toEqual([
      { ruleId: "U2", field: "asOf", message: "核对日期不是有效日期（U2）" },
    ]);
  });
});
