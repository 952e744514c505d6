import type { ApplicationAction } from "./application-workflow";
import type { ObjectionAction } from "./objection-workflow";
import type { PushAction } from "./push-workflow";
import type { AwardAction, PaymentAction, UsageReportAction } from "./subsidy-workflow";
import type { EvaluationAction } from "./evaluation-workflow";
import type { RevocationAction } from "./revocation-workflow";

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
  "push.create", // 推送至上一级
  "award.create", // 生成奖补
  "payment.record", // 登记拨付
  "usageReport.submit", // 提交资金使用报告
  "brandFile.upload", // 上传品牌文件
  "brand.level-change", // 品牌最高级别变化
  "evaluation.schedule", // 安排绩效评估
  "revocation.propose", // 提议撤销
  "leadUnit.revoke", // 创建引领单位资格撤销（评估不合格或撤销确认）
  "brand.revoke", // 品牌认定撤销（情节严重）
  "plaque.issue", // 授牌
  "plaque.order-reclaim", // 牌匾待收回
  "plaque.reclaim", // 牌匾已收回
  "target.update", // 修改年度目标
  "export.create", // 导出 Excel
] as const;

export type AuditAction =
  | (typeof OTHER_AUDIT_ACTIONS)[number]
  | `application.${ApplicationAction}`
  | `objection.${ObjectionAction}`
  | `push.${PushAction}`
  | `award.${AwardAction}`
  | `payment.${PaymentAction}`
  | `usageReport.${UsageReportAction}`
  | `evaluation.${EvaluationAction}`
  | `revocation.${RevocationAction}`;

