// What a 通関士IDの追加申込 applied for: the blocks of its confirmation screen.
import * as v from 'valibot';
import type { Application } from '../../domain/application';
import { brokerIdPayloadSchema } from '../../domain/broker-id/payload';
import { brokerIdSections } from './sections';

export default function brokerIdApplied(application: Application) {
  const payload = v.parse(brokerIdPayloadSchema, application.payload);
  return brokerIdSections({ contact: application.contact, rows: payload.rows, startDate: application.desiredDate });
}
