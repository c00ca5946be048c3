import { labelFindings, prepareAffixes, isAffixes } from '../../src/risk/names';
import { loadOfficialDomains } from '../../src/risk/build';
const l = loadOfficialDomains(process.cwd()); if (!l.ok) process.exit(1);
const a = prepareAffixes(l.data.affixes);
console.log(isAffixes('2025', a), l.data.services.find(s=>s.id==='cpf'));
console.log(labelFindings('cpf-2025', [{service:'cpf', raw:'cpf', folded:'cpf', class:'brand'}], a, 'subdomain'));
