import "server-only";
import { updateProgrammeTarget } from "@/lib/server/services/dashboard/update-programme-target";
import { defineAction } from "./define-action";

// 工作看板 (RULES.md T2): the bureau's server action on targets. The "use server" file
// app/(portal)/bureau/dashboard/actions.ts only forwards to it.

/** 设定年度目标: `{ year, districtBrands, cityOrProvinceBrands, nationalRecommendations }`. */
export const updateProgrammeTargetAction = defineAction({
  name: "target.update",
  permission: "target:edit",
  area: "bureau",
  run: updateProgrammeTarget,
  revalidate: () => [
    { path: "/bureau/dashboard", type: "layout" },
    { path: "/new-city/dashboard", type: "layout" },
  ],
});
