// Prints one closing line "e2e: N passed, M failed, K skipped" (read by scripts/test-all.sh).
export default class SummaryReporter {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.skipped = 0;
  }

  printsToStdio() {
    return true;
  }

  onTestEnd(test, result) {
    // Count the final attempt only (retries re-report the same test).
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }

  onEnd(result) {
    if (result.status === 'failed' && this.passed + this.failed === 0) {
      // e.g. the web server did not start: make sure it does not look like success.
      this.failed = Math.max(this.failed, 1);
    }
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }
}
