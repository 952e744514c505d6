// Every download (attachments, brand files, the push package) answers through downloadResponse.
import { describe, expect, it } from "vitest";
import { downloadResponse } from "@/lib/server/file-response";

describe("downloadResponse", () => {
  it("sends the UTF-8 name, the type and the length, private and unsniffed", async () => {
    const res = downloadResponse({ body: "abc", fileName: "营业执照 (1).pdf", mimeType: "application/pdf", size: 3 });
    expect(res.headers.get("Content-Disposition")).toBe("attachment; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20(1).pdf");
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Length")).toBe("3");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(await res.text()).toBe("abc");
  });

  it("gives an ASCII fallback name when asked, and no length for a stream", () => {
    const res = downloadResponse({ body: "zip", fileName: "沣东育婴员-推荐材料.zip", mimeType: "application/zip", asciiFallback: "package.zip" });
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="package.zip"; filename\*=UTF-8''/);
    expect(res.headers.get("Content-Length")).toBeNull();
  });
});
