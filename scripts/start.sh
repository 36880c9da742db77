#!/usr/bin/env bash
# `npm start`: sets up on a fresh clone (dependencies, build) and runs the daemon. With no
# IMAP_URL/SMTP_URL it runs on the embedded default: ./var/mail (Maildir) in, ./var/outbox out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/ensure-deps.sh
if [[ ! -f dist/src/cli/main.js || -n $(find src migrations -newer dist/src/cli/main.js -name '*.ts' -print -quit) ]]; then
  npm run build >/dev/null
fi
# The launcher's interpreter line gives node the flags that keep the daemon small.
exec bin/ccpa-mailbot.js start "$@"
