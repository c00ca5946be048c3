// `npm run guides:lint`: every guide compiles, guides/guide.schema.json is fresh, and each guide's
// French follows the FALC rules, explains its glossary words and is in canonical form. Errors as
// `file:line:col — what — expected [rule]`; warnings are listed and do not fail.
import { join } from 'node:path';
import { formatLintIssue, lintProject } from '../src/guide/lint';

const result = await lintProject(join(import.meta.dirname, '..'));
const errors = result.issues.filter((issue) => issue.severity === 'error');
const warnings = result.issues.filter((issue) => issue.severity === 'warning');
for (const issue of errors) console.error(formatLintIssue(issue));
for (const issue of warnings) console.warn(formatLintIssue(issue));
console.log(
  `guides:lint: ${result.files.length} files, ${result.guides} guides compiled (${result.steps} steps), ` +
    `${errors.length} error(s), ${warnings.length} warning(s); translated steps: ` +
    Object.entries(result.translated)
      .map(([language, { done, of }]) => `${language} ${done}/${of}`)
      .join(', '),
);
process.exit(errors.length ? 1 : 0);
