import { describe, expect, it } from "vitest";
import { claimedExtension, detectFileType, safeFileName } from "@/lib/domain/file-type";
import { EXE, JPG, PDF, PNG, fakeXlsx } from "../fixtures/files";

describe("attachments are recognised by content, not by name", () => {
  it.each([
    ["pdf", PDF],
    ["png", PNG],
    ["jpg", JPG],
    ["xlsx", fakeXlsx()],
  ] as const)("%s", (ext, bytes) => expect(detectFileType(bytes)?.ext).toBe(ext));

  it("refuses an executable, an empty file, a plain zip and a .docx", () => {
    expect(detectFileType(EXE)).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
    expect(detectFileType(fakeXlsx(["readme.txt"]))).toBeNull();
    expect(detectFileType(fakeXlsx(["[Content_Types].xml", "word/document.xml"]))).toBeNull();
  });

  it("reads the claimed extension", () => {
    expect(claimedExtension("营业执照.PDF")).toBe("pdf");
    expect(claimedExtension("photo.jpeg")).toBe("jpg");
    expect(claimedExtension("ledger.xls")).toBeNull();
    expect(claimedExtension("noext")).toBeNull();
  });

  it("strips paths and control characters from names", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("C:\\temp\\a\u0000b.pdf")).toBe("ab.pdf");
    expect(safeFileName('a"<b>.pdf')).toBe("a__b_.pdf");
    expect(safeFileName("")).toBe("附件");
  });
});
