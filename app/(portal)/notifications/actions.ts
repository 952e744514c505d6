"use server";

import { markAllNotificationsReadAction } from "@/lib/server/actions/account-actions";

/** 全部标为已读 — the signed-in user's own notifications only. */
export async function markAllReadAction() {
  return markAllNotificationsReadAction(undefined);
}
