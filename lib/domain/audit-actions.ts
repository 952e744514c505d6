import type { ApplicationAction } from "./application-workflow";
import type { ObjectionAction } from "./objection-workflow";

// Every action the audit log records, as one typed union. The workflow machines contribute
// `${machine}.${action}` for each of their transitions; the rest are listed here. The messages
// catalogue must label every member (`satisfies Record<AuditAction, string>`), so an action
// without a Chinese label is a type error, not a raw code on the audit page.
export const OTHER_AUDIT_ACTIONS = [
  "auth.login", // 登录成功
  "auth.login-failed", // 登录失败
  "unit.register", // 单位注册
  "application.create",
  "application.save-draft",
  "attachment.upload",
  "attachment.delete",
  "objection.record",
  "batch.create",
  "batch.extend",
] as const;

export type AuditAction = (typeof OTHER_AUDIT_ACTIONS)[number] | `application.${ApplicationAction}` | `objection.${ObjectionAction}`;

