// zh-CN copy of pushes (择优推送, RULES.md F4): the push form, the recommendation package and the
// outcome form.
export const pushMessages = {} as const;
