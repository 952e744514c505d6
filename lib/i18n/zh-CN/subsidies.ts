// zh-CN copy of awards, splits and payments (奖补, RULES.md S1–S4).
export const subsidyMessages = {} as const;
