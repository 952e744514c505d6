// Every server action and route handler, walked for every role (the registry's reason to exist):
// a role without the definition's permission is refused FORBIDDEN by the use case itself, before
// anything is read or written, and a role holding it is never refused for its role. So the
// permission a definition declares is the one its use case asserts, and no action relies on a
// hidden button.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: <T>(fn: T) => fn }));

import { ACTION_REGISTRY, ROUTE_REGISTRY } from "@/lib/server/actions/registry";
import { hasPermission, type Permission } from "@/lib/domain/permissions";
import { ROLES, type Role } from "@/lib/domain/roles";
import { isAppError } from "@/lib/domain/app-error";
import type { SessionUser } from "@/lib/server/session-user";
import { createSessionUser, createUnit, resetDatabase } from "../fixtures/db";
import { PDF } from "../fixtures/files";

const ctx = { ip: "203.0.113.7", userAgent: "vitest" };
const users = new Map<Role, SessionUser>();

beforeAll(async () => {
  await resetDatabase();
  const unit = await createUnit({ newCityId: "FENGXI" });
  for (const role of ROLES) users.set(role, await createSessionUser(role, role === "APPLICANT_UNIT" ? { unitId: unit.id } : role === "NEW_CITY_STAFF" ? { newCityId: "FENGXI" } : {}));
});

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "OK";
  } catch (error) {
    return isAppError(error) ? error.code : `THROWN ${String(error)}`;
  }
}

// What a random id and an empty input can lead to for a permitted role: anything but a refusal
// of the role, and never an unexpected exception.
const PERMITTED_OUTCOMES = ["OK", "VALIDATION", "NOT_FOUND", "RULE_VIOLATION", "STALE_STATE", "CONFLICT"];

function multipart(): Request {
  const form = new FormData();
  form.set("file", new File([PDF], "文件.pdf", { type: "application/pdf" }));
  form.set("kind", "OTHER");
  return new Request("http://localhost/upload", { method: "POST", body: form });
}

describe("every action × every role", () => {
  const signed = ACTION_REGISTRY.filter((d): d is typeof d & { permission: Permission } => d.permission !== "anonymous");

  it("finds the actions", () => {
    expect(signed.length).toBeGreaterThanOrEqual(20);
  });

  for (const definition of signed) {
    it(`${definition.name} (${definition.permission})`, async () => {
      for (const role of ROLES) {
        const code = await codeOf(() => definition.run({ user: users.get(role)!, input: { id: "no-such-id" }, ctx }));
        if (hasPermission(role, definition.permission)) expect(PERMITTED_OUTCOMES, `${role}: ${code}`).toContain(code);
        else expect(code, role).toBe("FORBIDDEN");
      }
    });
  }
});

describe("every route handler × every role", () => {
  for (const definition of ROUTE_REGISTRY) {
    it(`${definition.name} (${definition.permission})`, async () => {
      for (const role of ROLES) {
        const code = await codeOf(() => definition.run({ user: users.get(role)!, ctx, request: multipart(), params: { id: "no-such-id" } as never }));
        if (hasPermission(role, definition.permission)) expect(code, role).not.toBe("UNAUTHENTICATED");
        else expect(code, role).toBe("FORBIDDEN");
      }
    });
  }
});
