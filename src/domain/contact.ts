/** 申込担当者: the person NACCS Center contacts about one application. */
export interface Contact {
  lastName: string;
  firstName: string;
  lastNameKana: string;
  firstNameKana: string;
  department: string;
  title: string;
  phone: string;
  fax: string;
  email: string;
}

export function contactFullName(c: Pick<Contact, 'lastName' | 'firstName'>): string {
  return `${c.lastName} ${c.firstName}`;
}
