// zh-CN copy of 撤销 (RULES.md M1–M3), confirmed by a second official.
export const revocationMessages = {
  title: "撤销管理",
};
