#!/usr/bin/env bash
# The site's Trunk build: the explorer (index.html) and the briefing editor (edit.html) side by
# side in one folder. Every build of the site goes through here (make build, make package,
# make test-e2e, make bench-builds; make serve for the editor).
#
#   scripts/build-site.sh [--debug] DIST          both pages into DIST
#   scripts/build-site.sh [--debug] --editor DIR  the editor page alone into DIR
#
# Release builds unless --debug. Trunk builds one HTML page per run and empties its --dist each
# run, so the pages are built one after the other:
#   1. edit.html into a folder of its own (a temporary one, removed afterwards), named
#      edit.html there (--html-output); its own bundle, briefing-editor-HASH.js and _bg.wasm, so
#      readers of index.html never download it. The post-build hook places no data for it and
#      gives it its Content-Security-Policy (release);
#   2. index.html into DIST, with BRIEFING_EDITOR_DIST naming the editor's folder: the post-build
#      hook (scripts/post-build.mjs, scripts/merge-build.mjs) copies the editor's files into
#      Trunk's staging folder beside the explorer's, so DIST has both pages the moment Trunk moves
#      it into place. File names carry content hashes, so the two builds' files do not clash
#      (the shared stylesheets and icon are the same bytes); a clash fails the build;
#   3. the record of the dataset files the validator finds valid, in index.html
#      (scripts/record-checked.mjs), and for release builds the first view
#      (scripts/first-view.mjs).
# When BRIEFING_EDITOR_DIST is already set (an editor built earlier with --editor, as
# make bench-builds does for its four builds), step 1 is skipped and that build is used.
# BRIEFING_DATA (the dataset; see scripts/place-data.mjs) passes through to the explorer's build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

usage() {
  echo "usage: scripts/build-site.sh [--debug] DIST | [--debug] --editor DIR" >&2
  exit 2
}

release=(--release)
editor_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --debug) release=(); shift ;;
    --editor) editor_only=1; shift ;;
    -h|--help) usage ;;
    -*) echo "build-site: unknown option $1" >&2; usage ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || usage
out="$1"
profile="${release[*]:+release}"
profile="${profile:-debug}"

build_editor() {
  # The page first: --release and --offline take an optional value, and would read it as theirs.
  echo "==> trunk build edit.html ${release[*]} --offline --html-output edit.html --dist $1 (the editor page, $profile)"
  mkdir -p "$1"
  trunk build edit.html "${release[@]}" --offline --html-output edit.html --dist "$1"
}

if [ "$editor_only" -eq 1 ]; then
  build_editor "$out"
  exit 0
fi

if [ -n "${BRIEFING_EDITOR_DIST:-}" ]; then
  editor="$(cd "$BRIEFING_EDITOR_DIST" && pwd)"
  echo "==> the editor page from $editor (built earlier)"
else
  mkdir -p "$ROOT/target"
  editor="$(mktemp -d "$ROOT/target/editor-build.XXXXXX")"
  trap 'rm -rf "$editor"' EXIT
  build_editor "$editor"
fi
if [ ! -f "$editor/edit.html" ]; then
  echo "build-site: no edit.html in $editor" >&2
  exit 1
fi

echo "==> trunk build ${release[*]} --offline --dist $out (the explorer, $profile; dataset: ${BRIEFING_DATA:-data/briefings.json}; the editor's files added)"
mkdir -p "$(dirname "$out")"
BRIEFING_EDITOR_DIST="$editor" trunk build "${release[@]}" --offline --dist "$out"
# The dataset files this build checked whole and found valid, by size and SHA-256, in
# index.html: a page showing one of those very files skips the rest of its check after the
# first paint (scripts/record-checked.mjs). Before the first view, which renders the app as
# readers get it.
echo "==> node scripts/record-checked.mjs --dist $out"
node scripts/record-checked.mjs --dist "$out"
if [ "$profile" = release ]; then
  # The first view: the explorer's default view, rendered by this build in headless Chromium and
  # kept in index.html for the page to show before the app has started (scripts/first-view.mjs).
  echo "==> node scripts/first-view.mjs --dist $out"
  node scripts/first-view.mjs --dist "$out"
fi
