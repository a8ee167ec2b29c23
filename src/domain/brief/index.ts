// The call brief (P6): assemble it from loaded data, render it for a terminal or paper.
export { assembleBrief, summarise } from "./assemble.js";
export { likelyAnswers } from "./answers.js";
export { briefWarnings, callGoal, leadingDeal } from "./goal.js";
export { callPlan, type PlanContext } from "./plan.js";
export {
  askAbout,
  chooseQuestions,
  maxQuestions,
  questionsToAsk,
  unknownFactKinds,
  type Question,
  type QuestionPurpose,
} from "./questions.js";
export { briefSections, renderBrief } from "./render.js";
export type * from "./types.js";
