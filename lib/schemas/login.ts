import { z } from "zod";
import { messages } from "@/lib/i18n/messages.zh-CN";

export const loginSchema = z.object({
  loginName: z.string({ error: messages.login.loginNameRequired }).trim().min(1, messages.login.loginNameRequired).max(64),
  password: z.string({ error: messages.login.passwordRequired }).min(1, messages.login.passwordRequired).max(200),
});

export type LoginInput = z.input<typeof loginSchema>;
