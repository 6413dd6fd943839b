// What a filed 通関士IDの追加申込 said, for 申込内容確認's detail screen, and its
// 申込結果 with the confirmed 利用開始日 (seed 004 「申込結果にある利用開始日を確認します」).
import { Show } from 'solid-js';
import { brokerIdPayloadSchema } from '../../domain/broker-id/payload';
import { totalBrokerIds } from '../../domain/broker-id/rules';
import { Sections } from '../../ui/form/Sections';
import type { KindViewProps } from '../../center/kind-definition';
import { ResultBlock } from '../applications/ResultBlock';
import { FiledPayload } from '../../wizard/FiledPayload';
import { brokerIdSections } from './sections';

export default function FiledView(props: KindViewProps) {
  return (
    <FiledPayload schema={brokerIdPayloadSchema} payload={props.application.payload}>
      {(p) => (
        <>
          <Sections
            sections={brokerIdSections({
              contact: props.application.contact,
              rows: p().rows,
              startDate: props.application.desiredDate,
            })}
          />
          <Show when={props.application.confirmedDate}>
            <ResultBlock application={props.application} counts={{ idNos: [totalBrokerIds(p().rows), 0, 0] }} />
          </Show>
        </>
      )}
    </FiledPayload>
  );
}
