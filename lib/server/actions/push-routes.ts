import "server-only";
import { Readable } from "node:stream";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { getPushPackage } from "@/lib/server/services/pushes/get-push-package";
import { packageZip } from "@/lib/server/services/pushes/package-zip";
import { downloadResponse } from "@/lib/server/file-response";
import { defineRoute } from "./define-route";

/** GET /api/pushes/:id/package — the push's recommendation package as a zip; the bureau only. */
export const pushPackageRoute = defineRoute<{ id: string }>({
  name: "push.package",
  permission: "push:package",
  run: async ({ user, params }) => {
    // Everything is checked (permission, scope) before the first byte is sent.
    const pkg = await getPushPackage({ user, input: { pushId: params.id } });
    const archive = packageZip(pkg.files);
    const fileName = messages.pushes.package.zipName(pkg.brand.name);
    return downloadResponse({
      body: Readable.toWeb(archive) as unknown as ReadableStream<Uint8Array>,
      fileName,
      mimeType: "application/zip",
      asciiFallback: "package.zip",
    });
  },
});
