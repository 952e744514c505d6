// zh-CN copy of 绩效评估 (RULES.md E1–E5) and plaques.
export const evaluationMessages = {
  title: "绩效评估",
  errors: {
    notFound: "评估记录不存在或您无权查看。",
    selfAssessmentClosed: "该评估已结束，不能再上传自评材料。",
  },
};
