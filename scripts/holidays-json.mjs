// Writes src/domain/holidays.json: the date → name table of @holiday-jp/holiday_jp,
// which the business calendar reads (domain/calendar.ts). The package's own table is
// a 231 kB object literal with five fields a day; this keeps the one field the app
// uses, as JSON, which the browser parses far faster than it evaluates a literal
// (issue 15: the app's first tasks after the first screen). Run it after updating
// the package; test/unit/calendar.test.ts fails while the two differ.
// Usage: node scripts/holidays-json.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const holidays = require('@holiday-jp/holiday_jp/lib/holidays.js');
const table = Object.fromEntries(Object.entries(holidays).map(([date, h]) => [date, h.name]));
writeFileSync(new URL('../src/domain/holidays.json', import.meta.url), `${JSON.stringify(table, null, 0)}\n`);
console.log(`src/domain/holidays.json: ${Object.keys(table).length} holidays`);
