// 本社・事業所の変更's input screens (no seed screens; docs/contract-change.md):
// 企業・事業所情報 入力 (R2, R4), 契約者情報 入力, 本社情報 入力 (R4) and
// システム管理責任者 入力 — each a FieldItemStep.
import { Show } from 'solid-js';
import { linesLeftBehind, R2_TEXT } from '../../domain/contract-change/lines';
import { ADMIN_ITEM, COMPANY_ITEM, CONTRACTOR_ITEM, HEAD_OFFICE_ITEM, officesText, R4_TEXT } from '../../domain/contract-change/office';
import { failed } from '../../domain/validation/schema';
import { listSisterOffices } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { useWizard } from '../../wizard/context';
import { FieldItemStep } from './FieldItemStep';
import { ticked, type ContractChangeState, type StepId } from './state';

/** R4: the offices of the company, which a change of 企業情報 reaches. */
function CompanyOffices() {
  const { owner } = useWizard<ContractChangeState, StepId>();
  const offices = createLiveQuery(() => owner, listSisterOffices);
  return (
    <Show when={offices()?.length}>
      <p class="notes" id="r4-note">
        {R4_TEXT}
        <br />
        企業略称「{offices()![0].companyAbbr}」の事業所：{officesText(offices()!)}
      </p>
    </Show>
  );
}

export function CompanyStep() {
  return (
    <FieldItemStep
      step="company"
      item={COMPANY_ITEM}
      save={(s, v) => {
        // a new 所在地 asks 回線 入力 again (R2: the lines move with the office)
        if (s.office?.company?.address !== v.address || s.office?.company?.postalCode !== v.postalCode) delete s.lines;
        (s.office ??= {}).company = v;
      }}
      clear={(s) => void delete s.office?.company}
      // R2: an office that uses a line and moves ticks 一般NACCS回線 too; 回線 入力 (after this
      // screen) asks the new 回線設置場所 (docs/contract-change.md)
      recheck={(v, contract, state) =>
        !ticked(state, 'line') && linesLeftBehind(v, contract.office, contract.lines, undefined).length > 0 ? failed({ address: R2_TEXT }) : { ok: true, value: v }
      }
      notes={() => <CompanyOffices />}
    />
  );
}

export function ContractorStep() {
  return (
    <FieldItemStep
      step="contractor"
      item={CONTRACTOR_ITEM}
      save={(s, v) => void ((s.office ??= {}).contractor = v)}
      clear={(s) => void delete s.office?.contractor}
    />
  );
}

export function HeadOfficeStep() {
  return (
    <FieldItemStep
      step="headOffice"
      item={HEAD_OFFICE_ITEM}
      save={(s, v) => void ((s.office ??= {}).headOffice = v)}
      clear={(s) => void delete s.office?.headOffice}
      notes={() => <CompanyOffices />}
    />
  );
}

/** From the 利用開始日 NSS mails the new address (docs/contract-change.md). */
export const ADMIN_MAIL_NOTE = '利用開始日以降、NSSからのお知らせメールは、変更後のシステム管理責任者のE-mailアドレスに送信されます。';

export function AdminStep() {
  return (
    <FieldItemStep
      step="admin"
      item={ADMIN_ITEM}
      save={(s, v) => void ((s.office ??= {}).admin = v)}
      clear={(s) => void delete s.office?.admin}
      notes={() => <p class="notes">{ADMIN_MAIL_NOTE}</p>}
    />
  );
}
