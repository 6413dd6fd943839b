// Registers every application kind with the center. Each kind's module calls
// registerKind() when imported; add one import line per kind below.
import './broker-id';
import './system-setting';

export {};
