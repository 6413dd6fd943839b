import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// findBy… and waitFor wait for what a user would see; on a machine shared with
// other builds a screen can take longer than the default second to appear.
configure({ asyncUtilTimeout: 5000 });
