/**
 * Prints a plain `N passed, N failed` line when the run ends, for CI. A test
 * file that failed to load (or a browser error outside any test) counts as
 * one failed test, so a broken file can never pass silently.
 */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    for (const t of suite.tests) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        const broken = !session.passed && (session.errors?.length ?? 0) > 0;
        if (broken || !session.testResults) failed++;
      }
    },
    async stop() {
      process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
    },
  };
}
