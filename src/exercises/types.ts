// 演習: exercises that check themselves (docs/exercises.md). An exercise
// is data: the task in the manual's words, where it starts, and checks that are
// pure functions over what the trainee's work left in the store and in the event
// log of what they did.
import type { Application } from '../domain/application';
import type { Terminal, UserCode, UserId } from '../domain/contract';
import type { IsoDate } from '../domain/time';
import type { TrainingEvent } from '../domain/training/events';

export type { TrainingEvent };

/** The store as an exercise's checks see it: the office's applications and contract, and the event log. */
export interface ExerciseState {
  officeCode: string;
  /** the training clock's date */
  today: IsoDate;
  applications: readonly Application[];
  userCodes: readonly UserCode[];
  userIds: readonly UserId[];
  terminals: readonly Terminal[];
  events: readonly TrainingEvent[];
}

export type CheckResult = { met: true } | { met: false; why: string };

export interface Check {
  id: string;
  /** what is checked, as the result page lists it: 「システム設定申込を登録した」 */
  label: string;
  evaluate(state: ExerciseState): CheckResult;
}

/** Where an exercise starts: a fresh copy of the demo back office, this office logged in, the clock at this moment. */
export interface ExerciseStart {
  /** the office whose data the checks read, logged in at the start unless `loggedOut` */
  officeCode: string;
  /** 新規申込 begins at the login page, with no office logged in */
  loggedOut?: true;
  date: IsoDate;
  hour: number;
  /** a situation prepared on top of the demo data (src/exercises/setup.ts) */
  setup?: 'jastproRequest';
}

export interface Exercise {
  id: string;
  title: string;
  /** the manual it comes from: 「システム設定申込から利用開始までの流れ」 (seed 000) */
  source: string;
  /** the task, in the manual's words */
  task: readonly string[];
  start: ExerciseStart;
  checks: readonly Check[];
  hints: readonly string[];
}
