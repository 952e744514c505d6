export type PolicyBlock = { kind: "heading" | "paragraph" | "signature"; text: string };
export type PolicyDocument = { title: string; blocks: PolicyBlock[] };

const SECTION = /^[一二三四五六七八九十]+、/;
const NUMBERED_SHORT = /^\d+\.\S{1,16}$/;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

/**
 * Turns the plan's plain text (as published: a notice then the plan) into blocks for the 政策文件
 * page. The title is the notice's heading, which the source breaks over two lines.
 */
export function parsePolicyText(source: string): PolicyDocument {
  const lines = source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const titleEnd = lines.findIndex((l) => l.endsWith("的通知"));
  const title = titleEnd >= 0 ? lines.slice(0, titleEnd + 1).join("") : (lines[0] ?? "");
  const body = titleEnd >= 0 ? lines.slice(titleEnd + 1) : lines.slice(1);
  const blocks: PolicyBlock[] = body.map((text, i) => {
    const next = body[i + 1] ?? "";
    if (DATE_LINE.test(text) || (DATE_LINE.test(next) && text.length <= 20)) return { kind: "signature", text };
    if (SECTION.test(text) || NUMBERED_SHORT.test(text) || /实施方案$/.test(text)) return { kind: "heading", text };
    return { kind: "paragraph", text };
  });
  return { title, blocks };
}
