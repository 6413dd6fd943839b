import { render } from 'solid-js/web';
import { App } from './app/App';
import './ui/styles.css';

render(() => <App />, document.getElementById('app')!);
