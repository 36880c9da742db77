#!/usr/bin/env bash
# Makes sure the real servers the integration tests start are installed: Dovecot with its IMAP
# and LMTP parts, the PostgreSQL server binaries (initdb, pg_ctl, createdb), and Debian's Chromium
# for the headless rendering check of the HTML mail (test/integration/digest-render.test.ts), and
# systemd's `systemd-analyze` to verify the example service unit (test/integration/service-unit.test.ts). The
# tests start private instances themselves (test/harness/); nothing here starts a system service.
#
# As root on Debian/Ubuntu the missing packages are installed with apt-get. Anywhere else this
# fails with the exact packages to install: integration tests are never skipped silently.
# Idempotent, and only a few file checks when everything is there.
set -euo pipefail

DOVECOT_PACKAGES=(dovecot-imapd dovecot-lmtpd)
POSTGRES_PACKAGES=(postgresql)
CHROMIUM_PACKAGES=(chromium)
SYSTEMD_PACKAGES=(systemd)

have_dovecot() {
  command -v dovecot >/dev/null 2>&1 || [[ -x /usr/sbin/dovecot || -x /usr/local/sbin/dovecot ]] || return 1
  # The master alone is not enough: imap and lmtp come from separate packages.
  local dir
  for dir in /usr/lib/dovecot /usr/libexec/dovecot /usr/local/libexec/dovecot; do
    [[ -x $dir/imap && -x $dir/lmtp ]] && return 0
  done
  return 1
}

have_postgres() {
  local dir
  if command -v initdb >/dev/null 2>&1; then
    dir=$(dirname "$(readlink -f "$(command -v initdb)")")
    [[ -x $dir/pg_ctl && -x $dir/createdb && -x $dir/postgres ]] && return 0
  fi
  # Debian keeps the server binaries out of PATH.
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/createdb && -x $dir/postgres ]] && return 0
  done
  return 1
}

have_chromium() {
  # The rendering test uses CHROMIUM_PATH when set, else Debian's /usr/bin/chromium.
  [[ -n ${CHROMIUM_PATH:-} && -x ${CHROMIUM_PATH} ]] || [[ -x /usr/bin/chromium ]]
}

have_systemd_analyze() {
  command -v systemd-analyze >/dev/null 2>&1
}

missing=()
have_dovecot || missing+=("${DOVECOT_PACKAGES[@]}")
have_postgres || missing+=("${POSTGRES_PACKAGES[@]}")
have_chromium || missing+=("${CHROMIUM_PACKAGES[@]}")
have_systemd_analyze || missing+=("${SYSTEMD_PACKAGES[@]}")
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "test servers: dovecot (imap, lmtp), postgresql, chromium and systemd-analyze are installed"
  exit 0
fi

install_command="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1 || [[ ! -f /etc/debian_version ]]; then
  {
    echo "test servers missing: ${missing[*]}"
    echo "The integration tests start private Dovecot and PostgreSQL instances and render mail in headless Chromium."
    echo "On Debian/Ubuntu run:  sudo apt-get update && sudo $install_command"
    echo "Elsewhere install Dovecot 2.3 (imap + lmtp), the PostgreSQL server (initdb, pg_ctl, createdb), Chromium (set CHROMIUM_PATH) and systemd (systemd-analyze)."
  } >&2
  exit 1
fi

echo "test servers: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# The package lists may already be fresh enough; update only when the install fails without it.
if ! $install_command; then
  apt-get update
  $install_command
fi
have_dovecot || { echo "dovecot imap/lmtp still missing after install" >&2; exit 1; }
have_postgres || { echo "postgresql server binaries still missing after install" >&2; exit 1; }
have_chromium || { echo "chromium still missing after install" >&2; exit 1; }
have_systemd_analyze || { echo "systemd-analyze still missing after install" >&2; exit 1; }
echo "test servers: installed ${missing[*]}"
