import { Title } from './Title';

/** A menu target that is not built yet says so plainly, with no fake content. */
export function NotReady(props: { title: string }) {
  return (
    <section class="not-ready">
      <Title text={props.title} />
      <h1 class="page-title">{props.title}</h1>
      <p role="status">準備中：この画面は研修シミュレーターでまだ提供していません。</p>
    </section>
  );
}

/** A route component for a screen that is not built yet. */
export function notReady(title: string) {
  return () => <NotReady title={title} />;
}
