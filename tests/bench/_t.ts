import { judgeSite, siteKey } from '../../src/risk';
import { loadOfficialDomains } from '../../src/risk/build';
const l = loadOfficialDomains(process.cwd()); if (!l.ok) { console.log(l.errors); process.exit(1); }
for (const u of process.argv.slice(2)) console.log(u, JSON.stringify(judgeSite(u.includes('://')?u:`https://${u}/`, l.data)), siteKey(u.includes('://')?u:`https://${u}/`, l.data));
