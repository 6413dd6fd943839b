// What a filed NACCS利用申込 said, for 申込内容確認's detail.
import type { KindViewProps } from '../../center/kind-definition';
import { newUsagePayloadSchema } from '../../domain/new-usage/payload';
import { Sections } from '../../ui/form/Sections';
import { FiledPayload } from '../../wizard/FiledPayload';
import { newUsageSections } from './sections';

export default function FiledView(props: KindViewProps) {
  return (
    <FiledPayload payload={props.application.payload} schema={newUsagePayloadSchema}>
      {(payload) => <Sections sections={newUsageSections(payload(), props.application.contact, props.application.desiredDate)} />}
    </FiledPayload>
  );
}
