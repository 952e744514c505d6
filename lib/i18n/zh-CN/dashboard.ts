// zh-CN copy of the bureau's and new cities' dashboard (工作看板, RULES.md T2).
export const dashboardMessages = {
  title: "工作看板",
};
