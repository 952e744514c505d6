// zh-CN copy of the error pages. Kept apart because error.tsx is a client component present on
// every page: importing the whole catalogue there would ship all of the portal's copy to the public.
export const pagesMessages = {
  notFoundTitle: "页面未找到",
  notFoundBody: "您访问的页面不存在，可能已被移除或地址有误。",
  forbiddenTitle: "无权访问",
  forbiddenBody: "您当前登录的账号没有访问此页面的权限。如需访问，请使用对应角色的账号登录。",
  errorTitle: "出错了",
  errorBody: "页面加载时发生错误，请稍后重试。",
  retry: "重试",
  backHome: "返回首页",
  backToPortal: "返回工作台",
} as const;
