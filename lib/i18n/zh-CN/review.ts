// zh-CN copy of one area of the portal; part of the catalogue in lib/i18n/messages.zh-CN.ts.
export const reviewUiMessages = {} as const;
