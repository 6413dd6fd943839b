// The 申込担当者 block every application begins with (seed 000 ③, DOMAIN.md §3.6).
import './form.css';
import type { JSX } from 'solid-js';
import type { ContactField } from '../../domain/validation/contact';
import { TextInput } from './TextInput';

const HYPHEN_NOTE = '「-」(ハイフン)を入力せずに、数字のみ入力してください。';

/** A field's id, text, change handler and message, as the wizard kit binds them. */
export interface ContactFieldBinding {
  id: string;
  value: string;
  onValue: (text: string) => void;
  error?: string;
}

export function ContactFields(props: {
  field: (field: ContactField) => ContactFieldBinding;
  /** 「利用申込完了の通知先として登録します。」 as the seed says beside the address */
  mailNote?: string;
}) {
  const input = (
    field: ContactField,
    label: string,
    extra: Partial<Parameters<typeof TextInput>[0]> = {},
  ): JSX.Element => (
    <TextInput {...props.field(field)} label={label} {...extra} />
  );
  return (
    <div class="contact-fields">
      <fieldset class="field-row">
        <legend class="field-label">氏名</legend>
        {input('lastName', '氏名 姓', { hint: '全角', required: true, width: 's', autocomplete: 'family-name' })}
        {input('firstName', '氏名 名', { hint: '全角', required: true, width: 's', autocomplete: 'given-name' })}
        <span class="field-example">例) 通関 太郎</span>
      </fieldset>
      <fieldset class="field-row">
        <legend class="field-label">氏名(フリガナ)</legend>
        {input('lastNameKana', '氏名(フリガナ) 姓', { hint: '全角カナ', required: true, width: 's' })}
        {input('firstNameKana', '氏名(フリガナ) 名', { hint: '全角カナ', required: true, width: 's' })}
        <span class="field-example">例) ツウカン タロウ</span>
      </fieldset>
      {input('department', '所属部署名', { hint: '全角', example: '第一営業部営業第3課', required: true, width: 'l' })}
      {input('title', '役職名', { hint: '全角', example: '課長', required: true })}
      {input('phone', '電話番号', {
        hint: '半角数字',
        example: '0301234567',
        note: HYPHEN_NOTE,
        required: true,
        type: 'tel',
        inputMode: 'numeric',
        autocomplete: 'tel',
      })}
      {input('fax', 'FAX番号', { hint: '半角数字', example: '0398765432', note: HYPHEN_NOTE, type: 'tel', inputMode: 'numeric' })}
      <fieldset class="field-row">
        <legend class="field-label">
          E-mailアドレス <span class="field-hint">(半角英数字)</span>
        </legend>
        {input('email', 'E-mailアドレス 登録用', {
          example: 'tarou.tsukan@naccs.jp',
          required: true,
          type: 'email',
          inputMode: 'email',
          autocomplete: 'email',
          width: 'l',
          note: props.mailNote ?? '利用申込完了の通知先として登録します。',
        })}
        {input('emailConfirm', 'E-mailアドレス 確認用', {
          required: true,
          type: 'email',
          inputMode: 'email',
          width: 'l',
          note: '確認のため、同じE-mailアドレスを入力してください。',
        })}
      </fieldset>
    </div>
  );
}
