// The exercises a trainee can pick, in the order of the manuals. An exercise is
// listed only once its flow is built.
import type { Exercise } from '../types';
import { brokerIds } from './broker-id';
import { abolishA0A, addTerminals } from './contract-change';
import { newUsageCyberport, newUsageFirstLogin } from './new-usage';
import { correctRequest, newCodeSetting } from './system-setting';

export const EXERCISES: readonly Exercise[] = [
  newCodeSetting,
  correctRequest,
  brokerIds,
  abolishA0A,
  addTerminals,
  newUsageFirstLogin,
  newUsageCyberport,
];

export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}
