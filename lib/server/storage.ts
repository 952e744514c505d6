import "server-only";
import { randomUUID } from "node:crypto";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// Uploaded files live outside public/ and are served only through an authorised route handler.
// Local disk today (UPLOAD_DIR, default data/uploads); the interface is what an S3-compatible
// store will implement when the portal runs on several instances.
export type FileStorage = {
  put(bytes: Uint8Array): Promise<string>;
  /** Stores a file already written to local disk (a generated export streamed to a temp file). */
  putFile(sourcePath: string): Promise<string>;
  get(key: string): Promise<Uint8Array>;
  remove(key: string): Promise<void>;
};

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

export function localStorage(root = process.env.UPLOAD_DIR || path.resolve("data", "uploads")): FileStorage {
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error("invalid storage key");
    // The folder is configured at run time (UPLOAD_DIR): nothing in it belongs in the build's trace.
    return path.join(/* turbopackIgnore: true */ root, key);
  };
  const newKey = async () => {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    await mkdir(path.join(/* turbopackIgnore: true */ root, key.slice(0, 2)), { recursive: true });
    return key;
  };
  return {
    async put(bytes) {
      const key = await newKey();
      await writeFile(/* turbopackIgnore: true */ fileOf(key), bytes, { flag: "wx" });
      return key;
    },
    async putFile(sourcePath) {
      const key = await newKey();
      // Copied, not renamed: the temp folder may be on another file system.
      await copyFile(/* turbopackIgnore: true */ sourcePath, fileOf(key));
      return key;
    },
    async get(key) {
      return new Uint8Array(await readFile(/* turbopackIgnore: true */ fileOf(key)));
    },
    async remove(key) {
      await rm(/* turbopackIgnore: true */ fileOf(key), { force: true });
    },
  };
}

export const storage = localStorage();
