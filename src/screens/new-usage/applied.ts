// What a NACCS利用申込 applied for, as its 利用申込書 and 利用承諾書 print it: the blocks of its confirmation.
import * as v from 'valibot';
import type { Application } from '../../domain/application';
import { newUsagePayloadSchema } from '../../domain/new-usage/payload';
import { newUsageSections } from './sections';

export default function newUsageApplied(application: Application) {
  const p = v.parse(newUsagePayloadSchema, application.payload);
  return newUsageSections(p, application.contact, application.desiredDate);
}
