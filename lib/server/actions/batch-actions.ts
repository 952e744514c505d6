import "server-only";
import { createBatch } from "@/lib/server/services/batches/create-batch";
import { extendBatch } from "@/lib/server/services/batches/extend-batch";
import { defineAction, type RevalidateTarget } from "./define-action";

// 申报批次 (bureau). Open batches show on every portal home page, hence the layout.
const pages: RevalidateTarget[] = ["/bureau/batches", { path: "/", type: "layout" }];

/** 新建申报批次. */
export const createBatchAction = defineAction({ name: "batch.create", permission: "batch:create", run: createBatch, revalidate: () => pages });

/** 延长申报批次 — a later closing time and the reason (kept in the audit log). */
export const extendBatchAction = defineAction({ name: "batch.extend", permission: "batch:extend", run: extendBatch, revalidate: () => pages });
