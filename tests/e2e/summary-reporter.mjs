// Prints one closing line "e2e: N passed, M failed, K skipped" (read by scripts/test-all.sh),
// followed by the title of every test that failed, and of every test that passed only on a
// retry ("flaky"), so that the end of a long CI log says which tests they were.
export default class SummaryReporter {
  constructor() {
    this.passed = 0;
    this.skipped = 0;
    this.failedTitles = [];
    this.flakyTitles = [];
  }

  printsToStdio() {
    return true;
  }

  onTestEnd(test, result) {
    // Count the final attempt only (retries re-report the same test).
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    const title = `${test.location.file.split('/').pop()}:${test.location.line} › ${test.title}`;
    if (result.status === 'passed') {
      this.passed++;
      if (result.retry > 0) this.flakyTitles.push(title);
    } else if (result.status === 'skipped') {
      this.skipped++;
    } else {
      this.failedTitles.push(`${title} (${result.status})`);
    }
  }

  onEnd(result) {
    let failed = this.failedTitles.length;
    if (result.status === 'failed' && this.passed + failed === 0) {
      // e.g. the web server did not start: make sure it does not look like success.
      failed = 1;
    }
    const flaky = this.flakyTitles.length ? ` (${this.flakyTitles.length} passed only on a retry)` : '';
    console.log(`e2e: ${this.passed} passed, ${failed} failed, ${this.skipped} skipped${flaky}`);
    for (const title of this.failedTitles) console.log(`  failed: ${title}`);
    for (const title of this.flakyTitles) console.log(`  passed on a retry: ${title}`);
  }
}
