// What a 変更申込 applied for, as its 申込書 prints it: the blocks of its confirmation.
import * as v from 'valibot';
import type { Application } from '../../domain/application';
import { contractChangePayloadSchema } from '../../domain/contract-change/payload';
import { blocksOf, contractChangeSections } from './sections';

export default function contractChangeApplied(application: Application) {
  const p = v.parse(contractChangePayloadSchema, application.payload);
  return contractChangeSections({
    contact: application.contact,
    items: p.items,
    other: p.other,
    startDate: application.desiredDate,
    codes: p.codes ?? [],
    terminals: p.terminals,
    plan: p.plan,
    blocks: blocksOf(p),
    options: p.options,
    others: p,
    lines: p.lines,
    generalTerminals: p.generalTerminals,
    mailboxes: p.mailboxes,
    note: application.note,
    officeCode: application.officeCode,
  });
}
