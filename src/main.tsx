import { render } from 'solid-js/web';
import { startInBackground } from './app/background';
import { Boot } from './app/Boot';
import { registerServiceWorker } from './pwa/register';
import { watchActiveRun } from './store/active-run';
import './ui/styles.css';

render(() => <Boot />, document.getElementById('app')!);
// another tab started or ended an exercise: this one follows it into the other database
watchActiveRun(() => location.reload());
startInBackground();
registerServiceWorker();
