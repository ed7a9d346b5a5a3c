"""Categories read after the fiftieth and fifty-second held-out corpora (issue 12, part 45).

- Found: a DLP excerpt's "...API_KEY=<value>..." (an ellipsis on both sides shows a whole value); a
  secret handed over in a named form after an arrow, in backticks, or "see below" with the value
  indented under a blank line; a vault or browser export's CSV row whose title cell is a variable's
  name; strings(1) output, the name on one offset's line and the value on the next; a value in
  brackets further on in the sentence, or "(currently …)"; ", new value <v>"; a time of day between
  the secret's name and its colon; Zoho's OAuth tokens; Nagios' ``check_http -a user:pw``;
  ``pymssql.connect(host, user, pw, db)``; Go's ``l.Bind(dn, pw)``; PowerShell's ``-String`` as
  PowerShell writes it; a made password after any password-like option or quoted as an argument;
  impacket's ``domain/user:pw@host`` and msfconsole's ``db_connect user:pw@host``; TruffleHog's
  "Raw result:"; a made password in a sentence with ``!`` or ``*`` in it, or one long run whose case
  flips at random.
- Kept: a document's "sk_live_..." (the rest left out), a shell's ``<(echo …)``, a code point
  (``U+E0000``), a port or a path after ``-p``, a version or a host name after a password option,
  quoted generated ids (nanoid, a CSP nonce).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text

RNG = random.Random(2026_52)
rand = partial(random_text, RNG)
HEX = "0123456789abcdef"


@pytest.mark.parametrize("template", [
    "DLP policy: credentials\nMatched snippet: ...SENDGRID_API_KEY={t}...\nAction: Audit only",
    '"Intel feeds","OTX_API_KEY","lena.t","{t}","https://ws-06.corp.example","",""',
    "SECURITYTRAILS_APIKEY,https://dc049.corp.example/,elif.m,{t},",
    "0x68000: HIBP_API_KEY\n0x68000: {t}\n0x68000: https://jump-67.corp.example/api",
    "Contributing factor 2: the webhook signing key was stored in plain text on the jump host ({t}) and copied.",
    "Action items\n- [ ] rotate the Twilio auth token (currently {t}) - owner vpetrov",
    "Internal: we re-issued the log shipping token, new value {t}",
    "Replacement JWT signing secret deployed at 04:45: {t}",
])
def test_a_secret_in_an_excerpt_an_export_or_a_report_is_found(template):
    value = rand(B62, 32)
    gone(template.format(t=value), value)


@pytest.mark.parametrize("template", [
    "DM to @kit (personal): here is the JWT signing secret in Base32 (padding kept) → {e}  (delete after use)",
    "exfil test: staged the SMTP relay password with a junk character after every real one, see below.\n\n    {e}\n\nDLP did not fire.",
    "Triage note: an employee smuggled the Twilio auth token out in Base32 (RFC 4648): `{e}` – confirmed valid, P2.",
])
def test_a_secret_handed_over_in_a_named_form_is_found(template):
    encoded = rand(string.ascii_uppercase + "234567", 40)
    gone(template.format(e=encoded), encoded)


@pytest.mark.parametrize("template", [
    "SITE24X7_REFRESH=1000.{h1}.{h2}",
    "tnakamura@bastion:~$ check_http -H relay.noc.example -u /health -a probe:{v}",
    'conn = pymssql.connect("ehr-ifc04.hosp.example", "pacs_ro", "{v}", "PACS")',
    'err = l.Bind("cn=svc-ops,ou=svc,dc=hosp,dc=example", "{v}")',
    "New-SSHSession -Credential (New-Object PSCredential('oskar',(ConvertTo-SecureString -String '{v}' -AsPlainText -Force)))",
    "$ kerbrute passwordspray -d corp.local --dc 10.19.64.44 users.txt '{v}'",
    '"CommandLine": "echo -n \'{v}.\' | sha256sum  # set the root hash from this"',
    "$ steghide embed -cf cat.jpg -ef notes.txt -p {v}",
    "$ /var/ossec/bin/agent-auth -m 10.29.25.207 -P '{v}' -A host-60",
    "$ msf6 > db_connect msf:{v}@127.0.0.1:5432/msf",
    "smbclient.py 'corp.local/hiro_t:{v}@build-3.corp.example'",
    "Found verified result\nDetector Type: Generic\nRaw result: {v}\nFile: deploy/DB_PASSWORD.txt",
    "Pentest jump server ka gundo daɲɛ ye {v} ye, i ka nin cikan jɔsi.",
])
def test_a_made_password_given_to_a_tool_or_a_sentence_is_found(template):
    value = made_password(RNG, ".!*")   # (a quoted argument needs a mark no generated id has)
    text = template.format(v=value, h1=rand(HEX, 32), h2=rand(HEX, 32))
    gone(text, value.split(":")[-1] if "1000." not in text else text.split("=", 1)[1])


def test_a_long_run_whose_case_flips_at_random_is_a_password_in_a_sentence():
    value = "Yj6Jv1HPbVrkKac"
    gone(f"Per a guardia di sta notte: a parolla d'intrata hè {value}, ùn la mette micca in u bigliettu.", value)


@pytest.mark.parametrize("text", [
    "Keys look like sk_live_51H8abcdefghijklmnopqrstuvwx... in the dashboard.",
    "$ wpscan --url https://site.example -U admin -P <(echo $PW)",
    "each one is U+E0000 plus the ASCII code of the letter",
    "$ psql -h db.example -p 5432 -U app", "$ tar -cf backup.tar -p /srv/data/Uploads2024",
    "$ deploy --password-file ~/.config/Deploy-v2.1.4 --secret-store vault.corp.example",
    "We met at the Klasterdäki office and talked through the plan for Release-2024 together.",
])
def test_an_elided_value_a_substitution_a_code_point_or_an_option_is_kept(text):
    kept(text)


def test_quoted_generated_ids_are_kept():
    ids = [rand(B62, 8) + "-" + rand(B62, 12) for _ in range(3)]
    kept("> Array.from({length: 3}, () => nanoid())\n[ " + ", ".join(f"'{i}'" for i in ids) + " ]")
    kept(f"Content-Security-Policy: script-src 'nonce-{rand(B62, 22)}==' 'strict-dynamic'")
