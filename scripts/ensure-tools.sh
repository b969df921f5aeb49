#!/usr/bin/env bash
# Install whatever the build and the tests need and is missing. Idempotent and
# quick (a few seconds) when everything is already present.
#
# usage: scripts/ensure-tools.sh [GROUP...]
#   all     (default) everything `make test` needs: lint + native + wasm + e2e
#   lint    rustfmt and clippy components, wasm32 target, node (scripts/check-pins.mjs)
#   build   wasm32 target, trunk, wasm-bindgen-cli, npm packages (wasm-opt)
#   serve   same as build
#   native  nothing beyond cargo itself
#   wasm    wasm32 target, wasm-bindgen-cli (test runner), chromium + chromedriver
#   e2e     build + npm packages (Playwright) + chromium + firefox-esr and geckodriver
#           (the Firefox smoke test in tests/firefox/) + webkit2gtk-driver and xvfb (the
#           WebKit smoke test in tests/webkit/)
#   bench   build + npm packages + chromium + Lighthouse (npm devDependency, checked by version)
#   mutants cargo-mutants (`make mutants`; not in `all`)
#
# Versions: cargo-installed tools from scripts/versions.env, npm tools from package.json,
# wasm-bindgen-cli from Cargo.lock, the toolchain from rust-toolchain.toml.
# Nothing here downloads from anywhere but the package registries
# (crates.io, npm, Debian).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# TRUNK_VERSION, GECKODRIVER_VERSION, CARGO_MUTANTS_VERSION.
# shellcheck source=versions.env
source "$ROOT/scripts/versions.env"
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

ensure_rust_components() {
  ensure_cargo
  if command -v rustup >/dev/null 2>&1; then
    local installed component missing=()
    installed="$(rustup component list --installed 2>/dev/null)"
    for component in rustfmt clippy; do
      grep -q "^$component" <<<"$installed" || missing+=("$component")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
      log "installing rust components: ${missing[*]}"
      run rustup component add "${missing[@]}"
    fi
  else
    cargo fmt --version >/dev/null 2>&1 || die "rustfmt missing (cargo fmt) and rustup not available"
    cargo clippy --version >/dev/null 2>&1 || die "clippy missing (cargo clippy) and rustup not available"
  fi
}

# The version of crate NAME that `cargo install` put in $CARGO_BIN ("NAME vX.Y.Z:" in
# `cargo install --list`, its binaries indented below), or nothing if it is not installed or
# one of its binaries is gone.
cargo_installed_version() {
  cargo install --list 2>/dev/null | awk -v name="$1" -v bin="$CARGO_BIN" '
    /^[^ \t]/ {
      current = ($1 == name)
      if (current) { version = $2; sub(/^v/, "", version); sub(/:$/, "", version) }
      next
    }
    current { binaries[++count] = $1 }
    END {
      if (version == "") exit
      for (i = 1; i <= count; i++) if (system("test -x \"" bin "/" binaries[i] "\"") != 0) exit
      print version
    }
  '
}

# ensure_cargo_tool NAME VERSION [--locked]: `cargo install NAME --version VERSION` unless that
# exact version is installed. --locked builds with the crate's own Cargo.lock.
ensure_cargo_tool() {
  local name="$1" want="$2" have
  shift 2
  ensure_cargo
  have="$(cargo_installed_version "$name")"
  if [ "$have" != "$want" ]; then
    log "installing $name $want (found: ${have:-none}); cargo compiles it, this takes minutes"
    run cargo install "$name" --version "$want" "$@" --force
  fi
}

# trunk >= 0.22 needs a newer rustc than we have; --locked keeps its deps buildable.
ensure_trunk() { ensure_cargo_tool trunk "$TRUNK_VERSION" --locked; }

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

# wasm-bindgen and wasm-bindgen-test-runner, at the Cargo.lock version (the CLI must match the
# library exactly). Deliberately without --locked: its own lock file pins deps our rustc may
# not build.
ensure_wasm_bindgen() {
  ensure_cargo
  local want
  want="$(wasm_bindgen_lock_version)"
  [ -n "$want" ] || die "could not find the wasm-bindgen version in Cargo.lock"
  ensure_cargo_tool wasm-bindgen-cli "$want"
}

ensure_node() {
  command -v node >/dev/null 2>&1 || die "node not found (Node.js >= 20 is required)"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js >= 20 required (found $(node --version))"
}

# The exact version package.json pins for an npm devDependency.
npm_pin() {
  node -p "require('./package.json').devDependencies['$1'] ?? ''"
}

ensure_npm() {
  ensure_node
  command -v npm >/dev/null 2>&1 || die "npm not found"
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
ensure_lighthouse() {
  ensure_node
  local want have=""
  want="$(npm_pin lighthouse)"
  [ -n "$want" ] || die "package.json has no lighthouse devDependency"
  if [ -f node_modules/lighthouse/package.json ]; then
    have="$(node -p 'require("./node_modules/lighthouse/package.json").version')"
  fi
  if [ "$have" != "$want" ]; then
    log "installing npm packages for lighthouse $want (found: ${have:-none}) (npm ci)"
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
  # Chinese glyphs for the Chinese interface's screenshots and printed PDFs (without them
  # Chromium draws boxes, and a PDF's text has no characters to read back).
  # Captured, not piped into `grep -q`: grep quitting early would fail fc-list under pipefail.
  [[ "$(fc-list 2>/dev/null)" == *"Noto Sans CJK"* ]] || missing+=(fonts-noto-cjk)
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

ensure_geckodriver() { ensure_cargo_tool geckodriver "$GECKODRIVER_VERSION" --locked; }

# WebKit (the engine of Safari) for tests/webkit/: WebKitGTK's MiniBrowser, driven through
# WebKitWebDriver, on a virtual display from xvfb-run.
ensure_webkit() {
  local missing=()
  command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    apt_install "${missing[@]}"
  fi
}

ensure_cargo_mutants() { ensure_cargo_tool cargo-mutants "$CARGO_MUTANTS_VERSION" --locked; }

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
    all)          step rust_components; step wasm_target; step node; step trunk; step wasm_bindgen
                  step npm; step chromium; step firefox; step geckodriver; step webkit ;;
    lint)         step rust_components; step wasm_target; step node ;;
    build)        step wasm_target; step trunk; step wasm_bindgen; step npm; step chromium ;;
    serve)        step wasm_target; step trunk; step wasm_bindgen; step npm ;;
    native)       step cargo ;;
    wasm)         step wasm_target; step wasm_bindgen; step chromium ;;
    e2e)          step wasm_target; step trunk; step wasm_bindgen; step npm; step chromium; step firefox; step geckodriver
                  step webkit ;;
    bench)        step wasm_target; step trunk; step wasm_bindgen; step npm; step chromium; step lighthouse ;;
    mutants)      step cargo_mutants ;;
    *) die "unknown group '$group' (expected: all lint build serve native wasm e2e bench mutants)" ;;
  esac
done
