// 「お問い合わせ先はこちら」 as the seeds show it on the login page (seed 000) and on the
// completion screens (seed 002): the NACCS Center's desks and their hours. The numbers are invented for training
// and reach nobody.
import { For } from 'solid-js';

export const CONTACT_DESKS = [
  { desk: 'ヘルプデスク', tel: '0120-000-100', hours: '24時間' },
  { desk: '地域サービス課', tel: '0120-000-101', hours: '平日 9:00~17:00' },
  { desk: '東海事務所', tel: '0120-000-102', hours: '平日 9:00~17:00' },
  { desk: '西日本事務所', tel: '0120-000-103', hours: '平日 9:00~17:00' },
  { desk: '九州事務所', tel: '0120-000-104', hours: '平日 9:00~17:00' },
] as const;

/**
 * The desks and hours; `desks` narrows them (the login page of seed 000 lists the four
 * 平日 9:00~17:00 desks only).
 */
export function ContactDesks(props: { desks?: readonly (typeof CONTACT_DESKS)[number][] }) {
  return (
    <section class="contact-desks" aria-labelledby="contact-desks-title">
      <h2 id="contact-desks-title">お問い合わせ先はこちら</h2>
      <p class="contact-desks-org">NACCSセンター（模擬）</p>
      <table class="contact-desks-table">
        <tbody>
          <For each={props.desks ?? CONTACT_DESKS}>
            {(d) => (
              <tr>
                <th scope="row">{d.desk}</th>
                <td>{d.tel}</td>
                <td>【受付時間】{d.hours}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <p class="contact-desks-note">研修用の架空の番号です。実際のお問い合わせには使えません。</p>
    </section>
  );
}
