// What a filed デジタル証明書の再発行申込 said, for 申込内容確認's detail screen, and
// its 申込結果 once the review has ended.
import { Show } from 'solid-js';
import type { KindViewProps } from '../../center/kind-definition';
import { certReissuePayloadSchema } from '../../domain/cert-reissue/payload';
import { Sections } from '../../ui/form/Sections';
import { FiledPayload } from '../../wizard/FiledPayload';
import { ResultBlock } from '../applications/ResultBlock';
import { certReissueSections } from './sections';

export default function FiledView(props: KindViewProps) {
  return (
    <FiledPayload schema={certReissuePayloadSchema} payload={props.application.payload}>
      {(p) => (
        <>
          <Sections sections={certReissueSections({ contact: props.application.contact, selection: p() })} />
          <Show when={props.application.confirmedDate}>
            <ResultBlock application={props.application} counts={{ terminals: [0, 1, 0] }} />
          </Show>
        </>
      )}
    </FiledPayload>
  );
}
