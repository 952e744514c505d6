import "server-only";
import { markNotificationsRead } from "@/lib/server/services/notifications/mark-notifications-read";
import { registerUnit } from "@/lib/server/services/units/register-unit";
import { defineAction } from "./define-action";

/** 申报单位注册 — anonymous; the service validates everything. */
export const registerUnitAction = defineAction({
  name: "unit.register",
  permission: "anonymous",
  run: async ({ input, ctx }) => {
    const { loginName } = await registerUnit({ input, ctx });
    return { loginName };
  },
});

/** 全部标为已读 — the signed-in user's own notifications only. */
export const markAllNotificationsReadAction = defineAction({
  name: "notification.mark-all-read",
  permission: "notification:read-own",
  run: ({ user, ctx }) => markNotificationsRead({ user, input: undefined, ctx }),
  revalidate: () => ["/notifications"],
});
