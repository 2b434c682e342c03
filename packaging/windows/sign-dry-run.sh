#!/usr/bin/env bash
# Dry run of Authenticode signing with a throwaway self-signed certificate:
# proves the signing step works on the MSI (and the .exe, when given) without
# the school's or the project's real certificate. Release signing uses the
# real certificate (see IT-DEPLOYMENT.md); nothing signed here is trusted.
#   packaging/windows/sign-dry-run.sh FILE...
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: sign-dry-run.sh FILE..." >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
openssl req -x509 -newkey rsa:3072 -nodes -days 2 -subj "/CN=Learning Journal DRY RUN (untrusted)" \
  -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=digitalSignature" \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
for file in "$@"; do
  signed="$WORK/signed-$(basename "$file")"
  osslsigncode sign -certs "$WORK/cert.pem" -key "$WORK/key.pem" -h sha256 \
    -n "Learning Journal" -i "https://learningjournal.example.org/" \
    -in "$file" -out "$signed" >/dev/null
  osslsigncode verify -CAfile "$WORK/cert.pem" -in "$signed" >"$WORK/verify.txt" 2>&1 || {
    cat "$WORK/verify.txt" >&2; echo "sign-dry-run: the signature on $file does not verify." >&2; exit 1; }
  grep -q "Signature verification: ok" "$WORK/verify.txt" || {
    cat "$WORK/verify.txt" >&2; echo "sign-dry-run: no good signature on $file." >&2; exit 1; }
  echo "sign-dry-run: $(basename "$file") signs and verifies with a throwaway certificate (not kept)."
done
