// The key that signs session tokens. Production must set NEXTAUTH_SECRET (lib/server/env.ts
// refuses to start without it); development and tests fall back to a fixed, clearly non-secret key.
// No "server-only" import: proxy.ts uses it too.
export const DEV_AUTH_SECRET = "development-only-secret-not-for-production-use-0000";

export function authSecret(): string {
  return process.env.NEXTAUTH_SECRET || DEV_AUTH_SECRET;
}
