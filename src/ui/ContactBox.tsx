// 「お問い合わせ先はこちら」: the login page and every completion page list the NACCS
// Center's help lines. These numbers are invented for training and reach nobody.
import './contact-box.css';
import { createUniqueId, For } from 'solid-js';

const DESKS = [
  { desk: 'ヘルプデスク', tel: '0120-000-100', hours: '24時間' },
  { desk: '地域サービス課', tel: '0120-000-101', hours: '平日 9:00~17:00' },
  { desk: '東海事務所', tel: '0120-000-102', hours: '平日 9:00~17:00' },
  { desk: '西日本事務所', tel: '0120-000-103', hours: '平日 9:00~17:00' },
];

export function ContactBox() {
  const titleId = `contact-box-title-${createUniqueId()}`;
  return (
    <section class="contact-box" aria-labelledby={titleId}>
      <h2 id={titleId}>お問い合わせ先はこちら</h2>
      <p class="contact-box-org">NACCSセンター（模擬）</p>
      <table class="contact-box-table">
        <tbody>
          <For each={DESKS}>
            {(d) => (
              <tr>
                <th scope="row">{d.desk}</th>
                <td>TEL: {d.tel}</td>
                <td>【受付時間】{d.hours}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <p class="contact-box-note">研修用の架空の番号です。実際のお問い合わせには使えません。</p>
    </section>
  );
}
