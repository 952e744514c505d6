// zh-CN copy of Excel exports (导出 Excel).
export const exportMessages = {
  title: "导出记录",
};
