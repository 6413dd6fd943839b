import type { Contact } from '../domain/contact';
import { contactFullName } from '../domain/contact';

/** The 申込担当者情報 block of every confirmation screen and filed view. */
export function contactRows(c: Contact) {
  return [
    { label: '氏名', value: contactFullName(c) },
    { label: '氏名(フリガナ)', value: `${c.lastNameKana} ${c.firstNameKana}` },
    { label: '所属部署名', value: c.department },
    { label: '役職名', value: c.title },
    { label: '電話番号', value: c.phone },
    { label: 'FAX番号', value: c.fax },
    { label: 'E-mailアドレス', value: c.email },
  ];
}
