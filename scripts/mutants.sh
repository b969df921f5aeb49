#!/usr/bin/env bash
# Mutation testing of src/model with cargo-mutants, in groups (`make mutants`).
#
# A mutant costs one build (the library, the binaries and the `it` test binary: about 4 s, 7 s
# with two jobs at once) and one test run.
# The whole native suite takes 10 s or more, and src/model holds about 2,500 mutants, so a run
# against the whole suite takes most of a day on 2 cores. Each group below therefore runs only
# the tests that exercise its files (pass 1). A mutant those tests miss may still be caught by
# another module's tests, so every group's missed mutants are then tested again against the
# whole suite (pass 2, cargo-mutants' --iterate, which skips the mutants already caught).
# What pass 2 still misses is a real gap: a missing assertion, or dead code.
#
# Usage: scripts/mutants.sh [GROUP...]   (in the order given; default: every group, names below)
# Environment: MUTANTS_DIR (default target/mutants-results), MUTANTS_TIMEOUT (seconds per run of
# the whole suite in pass 2, default 60: it takes 10-15 s, and a mutant that loops can fill
# memory; pass 1 allows 20 s),
# MUTANTS_JOBS (default 2), MUTANTS_ARGS (more cargo-mutants options).
# Results: $MUTANTS_DIR/GROUP/mutants.out/{missed,caught,timeout,unviable}.txt and
# $MUTANTS_DIR/GROUP/hung.txt (every run's timeouts); the missed
# mutants of every group are printed at the end, and the script fails if there are any. A
# mutant that makes the tests hang until the timeout (an endless loop) counts as noticed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Not target/mutants: that is where cargo puts what the `mutants` profile builds, and a result
# folder named after a group (validate) would stand where cargo writes the binary of that name.
mutants_dir=$(realpath -m "${MUTANTS_DIR:-target/mutants-results}")
timeout=${MUTANTS_TIMEOUT:-60}
# Pass 1 runs a group's own tests, a few seconds: a mutant still running after this long hangs.
group_timeout=20
jobs=${MUTANTS_JOBS:-2}
read -r -a extra_args <<<"${MUTANTS_ARGS:-}"

# GROUP @ files (globs, as cargo-mutants' --file takes them) @ test name filters (pass 1).
# Pass 1 also skips the slowest property tests (seconds each in an unoptimised build); pass 2
# runs them for the mutants pass 1 missed. (Files are chosen with --file: cargo-mutants 27's
# --re lets its "delete field" mutants through whatever the regex.)
groups=(
  "validate @ src/model/validate/** src/model/checking.rs src/model/strings/** @ validation:: validation_zh:: editor_checks:: schema:: bundled_data:: tidy:: site:: chinese:: --skip validation::properties:: --skip validation::worker_messages::a_checked --skip validation::worker_messages::pieces --skip validation::worker_messages::every_piece"
  "suggest @ src/model/suggest/** @ suggest:: editor_suggestions:: editor:: --skip suggest::corpus::phrase_soup --skip suggest::corpus::any_text"
  "editor @ src/model/editor/** @ editor:: editor_checks:: editor_page_model:: editor_suggestions::"
  "text @ src/model/text.rs @ text:: query:: source:: overview:: bundled_data:: view_reference::indexed_view_matches_the_reference_on_the_bundled suggest::cli export::"
  "chart @ src/model/chart/** src/model/colour.rs @ chart:: chart_image:: tidy:: chinese:: format::"
  "reader @ src/model/dataset.rs src/model/dataset_index.rs src/model/query.rs src/model/view.rs src/model/state.rs src/model/url.rs src/model/embed.rs src/model/site.rs src/model/language.rs src/model/format.rs src/model/timeline.rs src/model/overview.rs src/model/presenter.rs src/model/slides.rs src/model/source.rs src/model/export.rs src/model/handout.rs @ query:: state:: url:: embed:: site:: format:: timeline:: overview:: presenter:: slides:: source:: export:: handout:: chinese:: view_reference::indexed_view_matches_the_reference_on_the_bundled"
)

# Reads one entry of `groups` into `name`, `files` (its --file options) and `filters`.
read_group() {
  local globs glob
  name=${1%% @ *}
  globs=${1#* @ }
  filters=${globs#* @ }
  globs=${globs%% @ *}
  files=()
  set -f
  for glob in $globs; do files+=(--file "$glob"); done
  set +f
}

# The groups to run, in the order asked: a run that cannot finish in one sitting does the
# groups named first. An unknown name stops the run before anything is built.
chosen=()
[ $# -gt 0 ] || chosen=("${groups[@]}")
for wanted in "$@"; do
  found=0
  for entry in "${groups[@]}"; do
    read_group "$entry"
    if [ "$name" = "$wanted" ]; then chosen+=("$entry"); found=1; fi
  done
  if [ "$found" = 0 ]; then echo "scripts/mutants.sh: no group named $wanted" >&2; exit 2; fi
done

mutant_files() { cargo mutants --list "$@" | cut -d: -f1 | sort -u; }

# Every file with mutants must belong to a group: a file added to src/model later would
# otherwise go untested without anyone noticing.
claimed=$(for entry in "${groups[@]}"; do
  read_group "$entry"
  mutant_files "${files[@]}"
done | sort -u)
unclaimed=$(comm -23 <(mutant_files) <(echo "$claimed"))
if [ -n "$unclaimed" ]; then
  echo "scripts/mutants.sh: these files have mutants but belong to no group:" >&2
  echo "$unclaimed" >&2
  exit 2
fi

# cargo-mutants exits 2 when a mutant was missed and 3 when one timed out: both are results.
# Anything else (the unmutated tree failing its tests, a bad option) stops the run, since its
# lists would be incomplete.
run_mutants() {
  local code=0
  cargo mutants "$@" || code=$?
  case $code in
    0 | 2 | 3) ;;
    *) echo "scripts/mutants.sh: cargo mutants failed (exit $code)" >&2; exit "$code" ;;
  esac
}

# A mutant that made the tests hang was noticed, and is not worth another wait for its timeout:
# every group keeps the names of its hung mutants in hung.txt (cargo-mutants' timeout.txt holds
# only the last run's), and later runs leave them out (--iterate alone would retry them). A
# mutant's name carries its line and column, so one whose code has changed since is tried again.
remember_hung() {
  cat "$out/mutants.out/timeout.txt" "$out/hung.txt" 2>/dev/null | sort -u >"$out/hung.new"
  mv "$out/hung.new" "$out/hung.txt"
}
skip_hung() {
  hung=()
  while IFS= read -r mutant; do
    hung+=(--exclude-re "^$(printf '%s' "$mutant" | sed 's/[][\\.^$*+?(){}|]/\\&/g')\$")
  done <"$out/hung.txt"
}

for entry in "${chosen[@]}"; do
  read_group "$entry"
  out="$mutants_dir/$name"
  # --test it for the builds as well as the test runs: cargo-mutants' own build step would
  # otherwise also build the library and each binary as test harnesses with no tests in them.
  common=(--profile mutants --cargo-arg=--test=it --output "$out" --jobs "$jobs" "${files[@]}" "${extra_args[@]}")
  echo "==> $name: pass 1, its own tests ($filters)"
  read -r -a filter_words <<<"$filters"
  mkdir -p "$out"
  touch "$out/hung.txt"
  skip_hung
  # --iterate skips the mutants an earlier run of this group caught, so an interrupted run
  # resumes, and a run after new tests retries only what was missed (remove $out to start over).
  # An interrupted run leaves its lists of caught mutants but no outcomes.json.
  iterate=()
  [ -d "$out/mutants.out" ] && iterate=(--iterate)
  run_mutants "${common[@]}" --timeout "$group_timeout" "${iterate[@]}" "${hung[@]}" -- -- "${filter_words[@]}"
  remember_hung
  if [ -s "$out/mutants.out/missed.txt" ]; then
    echo "==> $name: pass 2, the missed mutants against the whole native suite"
    skip_hung
    run_mutants "${common[@]}" --timeout "$timeout" --iterate "${hung[@]}"
    remember_hung
  fi
done

echo "==> missed mutants:"
missed=0
for entry in "${groups[@]}"; do
  read_group "$entry"
  file="$mutants_dir/$name/mutants.out/missed.txt"
  if [ -s "$file" ]; then
    sed "s/^/[$name] /" "$file"
    missed=1
  fi
done
[ "$missed" = 1 ] || echo "(none)"
exit "$missed"
