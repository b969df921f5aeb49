#!/usr/bin/env bash
# Install whatever the build and the tests need and is missing. Idempotent and
# quick (a few seconds) when everything is already present.
#
# usage: scripts/ensure-tools.sh [GROUP...]
#   all    (default) everything below
#   build  wasm32 target, trunk, wasm-bindgen-cli, npm packages (wasm-opt)
#   serve  same as build
#   native nothing beyond cargo itself
#   wasm   wasm32 target, wasm-bindgen-cli (test runner), chromium + chromedriver
#   e2e    build + npm packages (Playwright) + chromium + firefox-esr and geckodriver
#          (the Firefox smoke test in tests/firefox/)
#   bench  build + npm packages + chromium + Lighthouse (npm devDependency, checked by version)
#
# Nothing here downloads from anywhere but the package registries
# (crates.io, npm, Debian).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
# geckodriver (crates.io) for the Firefox smoke test; 0.37.1 builds with rustc 1.95 (--locked).
GECKODRIVER_VERSION="0.37.1"
WASM_TARGET="wasm32-unknown-unknown"

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) export PATH="$CARGO_BIN:$PATH" ;; esac

log() { printf '[ensure-tools] %s\n' "$*" >&2; }
die() { printf '[ensure-tools] ERROR: %s\n' "$*" >&2; exit 1; }
# ENSURE_TOOLS_DRY_RUN=1 prints the install commands instead of running them.
run() {
  if [ -n "${ENSURE_TOOLS_DRY_RUN:-}" ]; then log "(dry run) would run: $*"; else "$@"; fi
}

# --- individual tools --------------------------------------------------------

ensure_cargo() {
  command -v cargo >/dev/null 2>&1 || die "cargo not found (install Rust via rustup first)"
}

ensure_wasm_target() {
  ensure_cargo
  if command -v rustup >/dev/null 2>&1; then
    if ! rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
      log "installing rust target $WASM_TARGET"
      run rustup target add "$WASM_TARGET"
    fi
  else
    local sysroot
    sysroot="$(rustc --print sysroot)"
    [ -d "$sysroot/lib/rustlib/$WASM_TARGET" ] \
      || die "rust target $WASM_TARGET missing and rustup not available"
  fi
}

ensure_trunk() {
  ensure_cargo
  local have=""
  if command -v trunk >/dev/null 2>&1; then
    have="$(trunk --version 2>/dev/null | awk '{print $2}')"
  fi
  if [ "$have" != "$TRUNK_VERSION" ]; then
    log "installing trunk $TRUNK_VERSION (found: ${have:-none}); this compiles for ~10 minutes"
    # trunk >= 0.22 needs a newer rustc than we have; --locked keeps its deps buildable.
    run cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi
}

# The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
wasm_bindgen_lock_version() {
  if [ ! -f Cargo.lock ]; then
    log "Cargo.lock missing; generating it"
    cargo generate-lockfile >&2
  fi
  awk '
    /^\[\[package\]\]/ { name = "" }
    /^name = / { gsub(/"/, "", $3); name = $3 }
    /^version = / && name == "wasm-bindgen" { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.lock
}

ensure_wasm_bindgen() {
  ensure_cargo
  local want have="" runner_have=""
  want="$(wasm_bindgen_lock_version)"
  [ -n "$want" ] || die "could not find the wasm-bindgen version in Cargo.lock"
  if command -v wasm-bindgen >/dev/null 2>&1; then
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
  fi
  if command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    runner_have="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')"
  fi
  if [ "$have" != "$want" ] || [ "$runner_have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (found: wasm-bindgen ${have:-none}, test runner ${runner_have:-none})"
    # Deliberately without --locked: its own lock file pins deps our rustc may not build.
    run cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_npm() {
  command -v node >/dev/null 2>&1 || die "node not found (Node.js >= 20 is required)"
  command -v npm >/dev/null 2>&1 || die "npm not found"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js >= 20 required (found $(node --version))"
  # npm writes node_modules/.package-lock.json on every install: use it as the stamp.
  local stamp="node_modules/.package-lock.json"
  if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] \
     || [ package.json -nt "$stamp" ] || [ ! -x node_modules/.bin/wasm-opt ] \
     || [ ! -x node_modules/.bin/playwright ]; then
    log "installing npm packages (npm ci)"
    run env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
    run touch "$stamp"
  fi
}

# Lighthouse for `make bench`, pinned in package.json (Lighthouse 13 needs Node 22).
LIGHTHOUSE_VERSION="12.2.3"
ensure_lighthouse() {
  local have=""
  if [ -f node_modules/lighthouse/package.json ]; then
    have="$(node -p 'require("./node_modules/lighthouse/package.json").version')"
  fi
  if [ "$have" != "$LIGHTHOUSE_VERSION" ]; then
    log "installing npm packages for lighthouse $LIGHTHOUSE_VERSION (found: ${have:-none}) (npm ci)"
    run env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
}

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if ! run $sudo apt-get install -y --no-install-recommends "$@"; then
    log "apt-get install failed; running apt-get update and retrying"
    run $sudo apt-get update
    run $sudo apt-get install -y --no-install-recommends "$@"
  fi
}

ensure_chromium() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    apt_install "${missing[@]}"
  fi
}

# Firefox ESR from Debian, driven through geckodriver by tests/firefox/.
ensure_firefox() {
  if [ ! -x /usr/bin/firefox-esr ]; then
    log "installing Debian package: firefox-esr"
    apt_install firefox-esr
  fi
}

ensure_geckodriver() {
  ensure_cargo
  local have=""
  if command -v geckodriver >/dev/null 2>&1; then
    have="$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }')"
  fi
  if [ "$have" != "$GECKODRIVER_VERSION" ]; then
    log "installing geckodriver $GECKODRIVER_VERSION (found: ${have:-none}); this compiles for a few minutes"
    run cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  fi
}

# --- groups ------------------------------------------------------------------

declare -A done_steps=()
step() {
  local s="$1"
  [ -n "${done_steps[$s]:-}" ] && return 0
  done_steps[$s]=1
  "ensure_$s"
}

[ "$#" -gt 0 ] || set -- all
for group in "$@"; do
  case "$group" in
    all)          step wasm_target; step trunk; step wasm_bindgen; step npm; step chromium; step firefox; step geckodriver ;;
    build|serve)  step wasm_target; step trunk; step wasm_bindgen; step npm ;;
    native)       step cargo ;;
    wasm)         step wasm_target; step wasm_bindgen; step chromium ;;
    e2e)          step wasm_target; step trunk; step wasm_bindgen; step npm; step chromium; step firefox; step geckodriver ;;
    bench)        step wasm_target; step trunk; step wasm_bindgen; step npm; step chromium; step lighthouse ;;
    *) die "unknown group '$group' (expected: all build serve native wasm e2e bench)" ;;
  esac
done
