import '../screens/exercises/exercises.css';
import type { ParentProps } from 'solid-js';
import { ScreenOutlet } from './ScreenOutlet';
import { UtilityBar } from './UtilityBar';

/** 演習's pages: outside the NSS tabs and its login, like the trainer's side, with the simulator's bar. */
export function ExerciseLayout(props: ParentProps) {
  return (
    <div class="exercise-shell">
      <UtilityBar />
      <header class="exercise-bar">
        <p class="exercise-bar-title">NSS 研修用シミュレーター：演習</p>
        <a href="/" class="exercise-back">
          NSS画面へ戻る
        </a>
      </header>
      <main id="main" class="exercise-main">
        <ScreenOutlet>{props.children}</ScreenOutlet>
      </main>
    </div>
  );
}
