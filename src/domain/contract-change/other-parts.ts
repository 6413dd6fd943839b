// その他の契約変更: what each choice files besides the choice itself, under the payload
// key of its id (payload.termination, …). One line per choice; its rules are in
// others.ts, its screens in screens/contract-change/others.ts (docs/contract-change.md).
import * as v from 'valibot';
import type { OtherChangeId } from './items';
import { jointNewChangeSchema } from './joint-new';
import { shareChangeSchema } from './share';
import { successionChangeSchema } from './succession';
import { terminationSchema } from './termination';
import { transferChangeSchema } from './transfer';

export const OTHER_PARTS = {
  share: v.optional(shareChangeSchema),
  jointUse: v.optional(shareChangeSchema),
  jointUseNewOffice: v.optional(jointNewChangeSchema),
  transfer: v.optional(transferChangeSchema),
  succession: v.optional(successionChangeSchema),
  termination: v.optional(terminationSchema),
} satisfies Partial<Record<OtherChangeId, v.GenericSchema>>;

/** The choices that file a part of their own. */
export type OtherPartId = keyof typeof OTHER_PARTS;
/** What the choices' input screens validated, by choice. */
export type OtherParts = { [K in OtherPartId]?: v.InferOutput<(typeof OTHER_PARTS)[K]> };
