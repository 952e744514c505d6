"use server";

// 新区审核与认定 (RULES.md F3): each action forwards the raw input to its definition in
// lib/server/actions/application-actions.ts (session, context, use case, effects, revalidation).
import * as actions from "@/lib/server/actions/application-actions";

/** 退回新城 — reason required. */
export async function returnToNewCityAction(input: unknown) {
  return actions.returnApplicationToNewCityAction(input);
}

/** 退回单位修改 — reason required, optional field comments. */
export async function bureauReturnToUnitAction(input: unknown) {
  return actions.bureauReturnApplicationToUnitAction(input);
}

/** 不予认定 — reason required. */
export async function rejectAction(input: unknown) {
  return actions.rejectApplicationAction(input);
}

/** 拟认定（进入公示） — opens the publicity notice. */
export async function approveForPublicityAction(input: unknown) {
  return actions.approveForPublicityAction(input);
}

/** 确认认定 — after the period, with no pending or upheld objection. */
export async function recogniseAction(input: unknown) {
  return actions.recogniseApplicationAction(input);
}

/** 不予认定（异议成立） — after the period, with an upheld objection. */
export async function rejectAfterPublicityAction(input: unknown) {
  return actions.rejectAfterPublicityAction(input);
}

/** 登记异议 during the publicity period. */
export async function recordObjectionAction(input: unknown) {
  return actions.recordObjectionAction(input);
}

/** 处理异议 — upheld or dismissed, once. */
export async function handleObjectionAction(input: unknown) {
  return actions.handleObjectionAction(input);
}
