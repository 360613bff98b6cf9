import { readFile } from 'node:fs/promises';

/**
 * Reads vitest's JSON report and prints one closing line, `N passed, N failed[, N skipped]`, the line CI reads.
 * Exits non-zero when anything failed or nothing passed, so that a run which never reached vitest (or whose
 * test files all failed to load) cannot look green.
 *
 * Usage: tsx scripts/test-summary.ts [test-results/vitest.json]
 */
interface AssertionResult {
  status: string;
}

interface FileResult {
  name: string;
  status: string;
  message: string;
  assertionResults: AssertionResult[];
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: FileResult[];
}

interface Summary {
  passed: number;
  failed: number;
  skipped: number;
}

/** Files that failed without a failing test: an import error or a failing hook, which report no test at all. */
function brokenFiles(report: VitestReport): FileResult[] {
  return report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
}

function summarize(report: VitestReport): Summary {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles(report).length,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function summaryLine({ passed, failed, skipped }: Summary): string {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

async function readReport(path: string): Promise<VitestReport | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as VitestReport;
  } catch {
    return null;
  }
}

async function main(path: string): Promise<void> {
  const report = await readReport(path);
  if (report === null) {
    console.log(`No vitest report at ${path}: the run stopped before vitest (typecheck, lint or build failed?).`);
  } else {
    for (const file of brokenFiles(report)) {
      console.log(`Failed without a failing test (a hook failed or the file did not load): ${file.name}`);
      if (file.message) console.log(file.message);
    }
  }
  const summary = report === null ? { passed: 0, failed: 0, skipped: 0 } : summarize(report);
  console.log(summaryLine(summary));
  if (summary.failed > 0 || summary.passed === 0) process.exitCode = 1;
}

await main(process.argv[2] ?? 'test-results/vitest.json');
