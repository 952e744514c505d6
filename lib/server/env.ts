import "server-only";
import { z } from "zod";
import { authSecret } from "./auth/secret";

// Validated once at start-up (create-t3-app's pattern): a missing secret in production stops
// the server instead of silently signing sessions with a guessable key.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  DATABASE_URL: z.string().optional(),
  UPLOAD_DIR: z.string().optional(),
});

const parsed = schema.parse(process.env);

if (parsed.NODE_ENV === "production" && !parsed.NEXTAUTH_SECRET && process.env.NEXT_PHASE !== "phase-production-build") {
  throw new Error("NEXTAUTH_SECRET must be set in production (see README: 环境变量)");
}

export const env = {
  ...parsed,
  NEXTAUTH_SECRET: authSecret(),
};
