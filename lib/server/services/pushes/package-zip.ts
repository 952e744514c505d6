import "server-only";
import { once } from "node:events";
import { ZipArchive } from "archiver";
import { storage } from "@/lib/server/storage";
import type { PackageFile } from "./get-push-package";

/**
 * The recommendation package as a zip stream. archiver streams: the zip is written as the client
 * reads it and each file is fetched from storage only when the previous one has gone into the
 * archive, so neither the whole zip nor all its files are ever held in memory at once (a package
 * of many ledgers and photos may run to hundreds of MB).
 */
export function packageZip(files: readonly PackageFile[]): ZipArchive {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  void (async () => {
    try {
      for (const file of files) {
        const bytes = await storage.get(file.storageKey);
        const added = once(archive, "entry");
        archive.append(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { name: file.entryName });
        await added;
      }
      await archive.finalize();
    } catch (error) {
      archive.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return archive;
}
