import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parsePolicyText, type PolicyDocument } from "@/lib/domain/policy-text";

/** The source text of 西咸新区劳务品牌培育工程实施方案, shipped in the repository (lib/content). */
export async function readPolicyDocument(): Promise<PolicyDocument> {
  const file = path.join(process.cwd(), "lib", "content", "xixian-labor-brand-plan-2024.zh.txt");
  return parsePolicyText(await readFile(file, "utf8"));
}
