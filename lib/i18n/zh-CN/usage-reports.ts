// zh-CN copy of use reports (资金使用报告, RULES.md S5–S8).
export const usageReportMessages = {} as const;
