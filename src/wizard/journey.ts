// A wizard declared as data (ARCHITECTURE.md "Wizards"): the ordered steps, how
// the next one follows from the answers, which may be visited, and the sections
// of the confirmation screen. Screens ask the journey; they never compute navigation.
// Pure: no DOM, no store, no Solid.

export type IndicatorStep = 1 | 2 | 3 | 4;

export interface StepDef<Id extends string = string> {
  id: Id;
  /** the route below the flow's base path: '' (the base itself), 'contact', 'codes/:code' */
  path: string;
  /** the page heading, e.g. 「申込担当者 入力」 */
  title: string;
  /** the breadcrumb label, e.g. 「申込担当者入力」 */
  crumb: string;
  /** the step whose crumb precedes this one's */
  parent?: Id;
  /** the step indicator's number; none for the guidance */
  indicator?: IndicatorStep;
}

export interface Journey<A, Id extends string = string> {
  basePath: string;
  steps: readonly StepDef<Id>[];
  /** the step indicator's labels, 1 to 4 */
  indicatorLabels: readonly [string, string, string, string];
  /** where 次へ leads from a step, given the answers */
  next(stepId: Id, answers: A): Id | undefined;
  /** whether the step may be shown with these answers */
  canVisit(stepId: Id, answers: A): boolean;
  /** whether the step's answers are complete and valid */
  isComplete(stepId: Id, answers: A): boolean;
}

export function stepOf<A, Id extends string>(journey: Journey<A, Id>, id: Id): StepDef<Id> {
  const step = journey.steps.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step: ${id}`);
  return step;
}

/** The first step in order that is not complete (where a returning user continues). */
export function firstIncompleteStep<A, Id extends string>(journey: Journey<A, Id>, answers: A): Id {
  const step = journey.steps.find((s) => !journey.isComplete(s.id, answers)) ?? journey.steps[journey.steps.length - 1];
  return step.id;
}

/**
 * Where a visit to `stepId` should land: the step itself when it may be visited,
 * otherwise the first incomplete step (a deep link to a later step never skips one).
 */
export function resolveVisit<A, Id extends string>(journey: Journey<A, Id>, stepId: Id, answers: A): Id {
  if (journey.canVisit(stepId, answers)) return stepId;
  const fallback = firstIncompleteStep(journey, answers);
  return journey.canVisit(fallback, answers) ? fallback : journey.steps[0].id;
}

/** The URL of a step; `params` fill its `:name` segments. */
export function stepUrl<A, Id extends string>(
  journey: Journey<A, Id>,
  id: Id,
  params: Record<string, string> = {},
): string {
  const path = stepOf(journey, id).path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  return path ? `${journey.basePath}/${path}` : journey.basePath;
}

/** The breadcrumb trail ending at the step: its parents' crumbs, then its own. */
export function trailOf<A, Id extends string>(journey: Journey<A, Id>, id: Id): StepDef<Id>[] {
  const trail: StepDef<Id>[] = [];
  let step: StepDef<Id> | undefined = stepOf(journey, id);
  while (step) {
    trail.unshift(step);
    step = step.parent ? stepOf(journey, step.parent) : undefined;
  }
  return trail;
}

/** A cell of a confirmation table: text, or a 詳細 that opens label/value rows. */
export type SectionCell = string | { detail: { label: string; value: string }[] };

export type SectionContent =
  | { type: 'rows'; rows: { label: string; value: string }[] }
  | { type: 'table'; columns: string[]; rows: SectionCell[][]; empty?: string }
  | { type: 'files'; files: { id: string; name: string; size: number }[] };

/** One block of a confirmation screen, with the step 「入力に戻る」 goes to. */
export interface ConfirmSection<Id extends string = string> {
  id: string;
  title: string;
  backTo?: Id;
  content: SectionContent[];
}
