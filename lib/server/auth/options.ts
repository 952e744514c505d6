import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/server/services/auth/authenticate";
import { env } from "@/lib/server/env";
import { isRole } from "@/lib/domain/roles";
import { contextFromHeaders } from "@/lib/server/request-context";

// next-auth 4.24 (the registry's stable line; 5.x is still beta): Credentials provider with JWT
// sessions. The token carries role and scope for the proxy's redirect; services re-read the
// user from the database (lib/server/auth/session.ts), so a changed role or a disabled account
// takes effect at the next request.
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  // One line per event: a forged or expired cookie is routine, not a stack trace.
  logger: {
    error(code, metadata) {
      const detail = metadata instanceof Error ? metadata.message : (metadata as { message?: string })?.message;
      console.warn(`[auth] ${code}${detail ? `: ${detail}` : ""}`);
    },
    warn(code) {
      console.warn(`[auth] ${code}`);
    },
    debug() {},
  },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: {
        loginName: { label: "账号", type: "text" },
        password: { label: "密码", type: "password" },
      },
      async authorize(credentials, req) {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req?.headers ?? {})) if (typeof value === "string") headers.set(name, value);
        const result = await authenticate({ input: credentials, ctx: contextFromHeaders(headers) });
        if (!result.ok) {
          // next-auth turns a thrown Error's message into ?error=<message>; the login page maps it.
          throw new Error(result.reason === "inactive" ? "inactive" : "invalid");
        }
        const { id, role, displayName, unitId, newCityId } = result.user;
        return { id, name: displayName, role, unitId, newCityId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.unitId = user.unitId;
        token.newCityId = user.newCityId;
      }
      return token;
    },
    async session({ session, token }) {
      if (token.sub && isRole(token.role)) {
        session.user = {
          id: token.sub,
          name: session.user?.name ?? null,
          role: token.role,
          unitId: token.unitId ?? null,
          newCityId: token.newCityId ?? null,
        };
      }
      return session;
    },
  },
};
