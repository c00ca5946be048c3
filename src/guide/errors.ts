// A located guide error: file, line, column, what is wrong, what was expected. The one format
// every guide problem is reported in, at build time and in tests.

export interface GuideError {
  file: string;
  line: number;
  col: number;
  what: string;
  expected: string;
}

export function formatGuideError(error: GuideError): string {
  return `${error.file}:${error.line}:${error.col} — ${error.what} — ${error.expected}`;
}
