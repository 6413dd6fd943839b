// A wizard declared as data (ARCHITECTURE.md "Wizards"): its steps in order, and
// for each whether it is on the user's path (item-driven), how often (repeated,
// with parameters), whether it is a detail opened from a list, and when its
// answers are complete. Every 次へ / 戻る / 「入力に戻る」 and the breadcrumb are read
// off the path the answers give (replay, don't remember). Pure: no DOM, no store.

export type Params = Readonly<Record<string, string>>;

/** One visit of a step: its id and, for a repeated or detail step, its parameters. */
export interface StepRef<Id extends string = string> {
  id: Id;
  params?: Params;
}

export interface StepDef<A, Id extends string = string> {
  id: Id;
  /** the route below the flow's base path: '' (the base itself), 'contact', 'codes/:code' */
  path: string;
  /** the page heading, e.g. 「申込担当者 入力」 */
  title: string;
  /** the breadcrumb label, e.g. 「申込担当者入力」 */
  crumb: string;
  /** the step bar's number (1 = the first label); none for the guidance */
  indicator?: number;
  /** 'start': the guidance every draft begins from; 'end': the completion page, reached only by filing */
  place?: 'start' | 'end';
  /** item-driven: the step is on the path only while this holds (a ticked change item) */
  when?(answers: A): boolean;
  /** repeated: one visit per parameter set, in this order (one page per item) */
  repeat?(answers: A): Params[];
  /** a detail opened from a list step (選択, 修正, 変更): off the path; 次へ and 戻る lead back to the list */
  from?: Id;
  /** whether this visit's answers are complete and valid (default: yes) */
  isComplete?(answers: A, params: Params): boolean;
  /** whether this visit may be shown besides the order of the path, e.g. the item exists (default: yes) */
  canVisit?(answers: A, params: Params): boolean;
}

export interface Journey<A, Id extends string = string> {
  basePath: string;
  /** the step bar's labels, as many as the flow has (four for most, five for 新規申込) */
  indicatorLabels: readonly string[];
  steps: readonly StepDef<A, Id>[];
}

const NO_PARAMS: Params = {};

export function stepOf<A, Id extends string>(journey: Journey<A, Id>, id: Id): StepDef<A, Id> {
  const step = journey.steps.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step: ${id}`);
  return step;
}

function paramsOf(ref: StepRef): Params {
  return ref.params ?? NO_PARAMS;
}

export function sameRef(a: StepRef, b: StepRef): boolean {
  if (a.id !== b.id) return false;
  const pa = paramsOf(a);
  const pb = paramsOf(b);
  const keys = new Set([...Object.keys(pa), ...Object.keys(pb)]);
  return [...keys].every((k) => pa[k] === pb[k]);
}

/**
 * The steps a user with these answers goes through, in order: the start, then
 * every step whose `when` holds, a repeated step once per parameter set. Details
 * and the end are not on it. Without answers (a completion page, whose draft is
 * gone) the conditional and repeated steps are left out.
 */
export function pathOf<A, Id extends string>(journey: Journey<A, Id>, answers?: A): StepRef<Id>[] {
  const path: StepRef<Id>[] = [];
  for (const step of journey.steps) {
    if (step.from !== undefined || step.place === 'end') continue;
    if ((step.when || step.repeat) && answers === undefined) continue;
    if (step.when && !step.when(answers as A)) continue;
    if (step.repeat) for (const params of step.repeat(answers as A)) path.push({ id: step.id, params });
    else path.push({ id: step.id });
  }
  return path;
}

export function isStepComplete<A, Id extends string>(journey: Journey<A, Id>, ref: StepRef<Id>, answers: A): boolean {
  const step = stepOf(journey, ref.id);
  return step.isComplete?.(answers, paramsOf(ref)) ?? true;
}

function startOf<A, Id extends string>(journey: Journey<A, Id>): StepRef<Id> {
  return { id: journey.steps[0].id };
}

/** The first step of the path that is not complete: where a returning user continues. */
export function firstIncompleteStep<A, Id extends string>(journey: Journey<A, Id>, answers: A): StepRef<Id> {
  const path = pathOf(journey, answers);
  const found = path.find((ref) => stepOf(journey, ref.id).place !== 'start' && !isStepComplete(journey, ref, answers));
  return found ?? path[path.length - 1];
}

/**
 * Whether a step may be shown: the start always; a step of the path when every
 * step before it is complete; a detail when its list may be shown; never the end.
 */
export function canVisit<A, Id extends string>(journey: Journey<A, Id>, ref: StepRef<Id>, answers: A): boolean {
  const step = journey.steps.find((s) => s.id === ref.id);
  if (!step) return false;
  if (step.place === 'start') return true;
  if (step.place === 'end') return false;
  if (step.canVisit && !step.canVisit(answers, paramsOf(ref))) return false;
  if (step.from !== undefined) return canVisit(journey, { id: step.from }, answers);
  const path = pathOf(journey, answers);
  const index = path.findIndex((r) => sameRef(r, ref));
  return index >= 0 && path.slice(0, index).every((r) => isStepComplete(journey, r, answers));
}

/** Where a visit should land: the step itself when it may be shown, else the first incomplete step. */
export function resolveVisit<A, Id extends string>(journey: Journey<A, Id>, ref: StepRef<Id>, answers: A): StepRef<Id> {
  if (canVisit(journey, ref, answers)) return ref;
  const fallback = firstIncompleteStep(journey, answers);
  return fallback && canVisit(journey, fallback, answers) ? fallback : startOf(journey);
}

/** Where 次へ leads: the next step of the path; from a detail, back to its list. */
export function nextOf<A, Id extends string>(journey: Journey<A, Id>, ref: StepRef<Id>, answers: A): StepRef<Id> | undefined {
  const step = stepOf(journey, ref.id);
  if (step.from !== undefined) return { id: step.from };
  const path = pathOf(journey, answers);
  const index = path.findIndex((r) => sameRef(r, ref));
  return index >= 0 ? path[index + 1] : undefined;
}

/** Where 戻る (「…に戻る」) leads: the step before on the path; from a detail, its list. */
export function previousOf<A, Id extends string>(journey: Journey<A, Id>, ref: StepRef<Id>, answers: A): StepRef<Id> | undefined {
  const step = stepOf(journey, ref.id);
  if (step.from !== undefined) return { id: step.from };
  const path = pathOf(journey, answers);
  const index = path.findIndex((r) => sameRef(r, ref));
  return index > 0 ? path[index - 1] : undefined;
}

/** The breadcrumb: the path actually taken up to this step (a detail after its list; the end after every step). */
export function trailOf<A, Id extends string>(journey: Journey<A, Id>, ref: StepRef<Id>, answers?: A): StepRef<Id>[] {
  const step = stepOf(journey, ref.id);
  if (step.from !== undefined) return [...trailOf(journey, { id: step.from }, answers), ref];
  const path = pathOf(journey, answers);
  if (step.place === 'end') return [...path, ref];
  const index = path.findIndex((r) => sameRef(r, ref));
  return index >= 0 ? path.slice(0, index + 1) : [...path, ref];
}

/** The URL of a step; its parameters fill the `:name` segments. */
export function stepUrl<A, Id extends string>(journey: Journey<A, Id>, ref: StepRef<Id>): string {
  const params = paramsOf(ref);
  const path = stepOf(journey, ref.id).path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  return path ? `${journey.basePath}/${path}` : journey.basePath;
}
