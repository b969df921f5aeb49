#!/usr/bin/env bash
# Run every test layer (lint, native, wasm-in-browser, e2e), keep going after a
# failure, print each layer's summary and a combined closing line. Exit status
# is non-zero if any layer failed. Called by `make test` (tools already ensured).
#
# A layer is a make target; the lint layer counts no tests but fails the run like any other.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LOGDIR="$ROOT/target/test-logs"
mkdir -p "$LOGDIR"

MAKE_CMD="${MAKE:-make}"

declare -A status=()
# Parallel arrays: layer name, make target, title.
layers=(lint native wasm e2e)
targets=(lint test-native test-wasm test-e2e)
titles=(
  "lint: cargo fmt --check, cargo clippy -D warnings (native and wasm32), version pins"
  "native: cargo test"
  "wasm: cargo test --target wasm32-unknown-unknown (headless Chromium)"
  "e2e: Playwright (Chromium) and the Firefox ESR and WebKit smoke tests against the release build"
)

# Sum "test result: ... N passed; M failed; K ignored" lines (cargo / wasm-bindgen-test).
cargo_counts() {
  awk '
    /test result:/ {
      for (i = 1; i <= NF; i++) {
        v = $(i - 1) + 0
        if ($i ~ /^passed/) p += v
        if ($i ~ /^failed/) f += v
        if ($i ~ /^ignored/) s += v
      }
      n++
    }
    END { printf "%d %d %d %d\n", p, f, s, n }
  ' "$1"
}

# Our Playwright summary reporter prints "e2e: N passed, M failed, K skipped"; the Firefox and WebKit
# smoke test (node --test, spec reporter) closes with "ℹ pass N", "ℹ fail N", "ℹ cancelled N",
# "ℹ skipped N", "ℹ todo N" lines (or "# pass N" … with the TAP reporter); cancelled counts as
# failed. Both are added up.
e2e_counts() {
  local line p=0 f=0 s=0 n=0
  line="$(grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1 || true)"
  if [ -n "$line" ]; then
    read -r p f s < <(echo "$line" | awk '{gsub(",", ""); print $2, $4, $6}')
    n=1
  fi
  read -r np nf ns nn < <(awk '
    /^(ℹ|#) (pass|fail|cancelled|skipped|todo) [0-9]+$/ {
      if ($2 == "pass") p += $3; else if ($2 == "fail" || $2 == "cancelled") f += $3; else s += $3
      n = 1
    }
    END { printf "%d %d %d %d\n", p, f, s, n }
  ' "$1")
  echo "$((p + np)) $((f + nf)) $((s + ns)) $((n + nn))"
}

# The names of a layer's failed tests (and of Playwright's tests that passed only on a retry),
# at most ten, so that the summary at the end of a long log says which they were: cargo's
# "test NAME ... FAILED", our Playwright reporter's "  failed: " and "  passed on a retry: "
# lines, node's spec reporter's "✖ NAME (…ms)".
failed_names() {
  {
    sed -n -E 's/^test (.+) \.\.\. FAILED$/\1/p' "$1"
    sed -n -E 's/^  (failed|passed on a retry): (.+)$/\1: \2/p' "$1"
    sed -n -E 's/^ *✖ (.+) \([0-9.]+ms\)$/\1/p' "$1"
  } | awk '!seen[$0]++' | head -n 10
}

total_p=0 total_f=0 total_s=0
summaries=()
for i in "${!layers[@]}"; do
  layer="${layers[$i]}"
  log="$LOGDIR/$layer.log"
  echo
  echo "==================== [$((i + 1))/${#layers[@]}] ${titles[$i]} ===================="
  set +e
  "$MAKE_CMD" --no-print-directory "${targets[$i]}" 2>&1 | tee "$log"
  rc="${PIPESTATUS[0]}"
  set -e
  status[$layer]="$rc"
  case "$layer" in
    lint) p=0 f=0 s=0 n=0 ;;
    e2e)  read -r p f s n < <(e2e_counts "$log") ;;
    *)    read -r p f s n < <(cargo_counts "$log") ;;
  esac
  total_p=$((total_p + p)); total_f=$((total_f + f)); total_s=$((total_s + s))
  if [ "$rc" -eq 0 ]; then verdict="ok"; else verdict="FAILED (exit $rc)"; fi
  if [ "$layer" = lint ]; then
    if [ "$rc" -eq 0 ]; then
      summaries+=("$(printf '%-7s %s' "$layer" "$verdict")")
    else
      summaries+=("$(printf '%-7s %s: see %s' "$layer" "$verdict" "${log#"$ROOT"/}")")
    fi
  elif [ "$n" -eq 0 ] && [ "$rc" -ne 0 ]; then
    summaries+=("$(printf '%-7s %s: did not get to run tests (see %s)' "$layer" "$verdict" "${log#"$ROOT"/}")")
  else
    summaries+=("$(printf '%-7s %s: %d passed, %d failed, %d skipped/ignored' "$layer" "$verdict" "$p" "$f" "$s")")
  fi
  while IFS= read -r name; do
    [ -n "$name" ] && summaries+=("        $name")
  done < <(failed_names "$log")
done

echo
echo "==================== summary ===================="
for line in "${summaries[@]}"; do echo "$line"; done
echo "total: $total_p passed, $total_f failed, $total_s skipped"

for layer in "${layers[@]}"; do
  [ "${status[$layer]}" -eq 0 ] || exit 1
done
