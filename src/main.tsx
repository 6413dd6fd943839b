import { render } from 'solid-js/web';
import { startInBackground } from './app/background';
import { Boot } from './app/Boot';
import { registerServiceWorker } from './pwa/register';
import './ui/styles.css';

render(() => <Boot />, document.getElementById('app')!);
startInBackground();
registerServiceWorker();
