# Shared by scripts/test-windows, scripts/check-macos and scripts/dist: installs the cross-build
# tools they need (rustup targets, Debian packages, zig and cargo-zigbuild from PyPI). Source it.
# Where something cannot be installed: under CI=true that is a failure; elsewhere the caller may skip.

plat_say() { echo "$(basename "$0"): $*" >&2; }

# Adds rustup targets (a no-op when they are there).
rust_targets() {
  local missing
  missing=$(comm -23 <(printf '%s\n' "$@" | sort) <(rustup target list --installed | sort))
  [[ -z $missing ]] || rustup target add $missing >&2
}

# Installs the Debian packages not yet installed. Returns 1 (after saying why) when apt-get is
# unavailable and CI is not set; exits under CI=true, where a missing prerequisite is a failure.
apt_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if ! command -v apt-get >/dev/null || [[ $(id -u) -ne 0 ]]; then
    if [[ ${CI:-} == true ]]; then
      plat_say "FAILED: needs the Debian packages ${missing[*]} and cannot install them (no apt-get or not root)"
      exit 1
    fi
    plat_say "SKIPPED: needs the Debian packages ${missing[*]} (apt-get unavailable or not root)"
    return 1
  fi
  plat_say "installing ${missing[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# zig (PyPI `ziglang`) and cargo-zigbuild (PyPI `cargo-zigbuild`) in target/tools/zig, put first on
# PATH: `python3 -m ziglang` is how cargo-zigbuild finds zig there.
ZIG_VENV=target/tools/zig
zig_tools() {
  if [[ ! -x $ZIG_VENV/bin/cargo-zigbuild ]] || ! "$ZIG_VENV/bin/python3" -m ziglang version >/dev/null 2>&1; then
    apt_packages python3-venv || return 1
    plat_say "installing zig and cargo-zigbuild from PyPI into $ZIG_VENV"
    python3 -m venv "$ZIG_VENV" >&2
    "$ZIG_VENV/bin/pip" install -q 'ziglang==0.17.1' 'cargo-zigbuild==0.24.1' >&2
  fi
  PATH="$PWD/$ZIG_VENV/bin:$PATH"
  export PATH
}
