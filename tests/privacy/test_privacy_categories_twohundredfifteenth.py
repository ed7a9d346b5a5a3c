"""Categories read after the two-hundred-and-fifteenth and two-hundred-and-sixteenth corpora (upholstery, furniture
restoration and antique dealers; model railways, hobby shops and radio-control clubs) (issue 12, part 99).

- Found: a JWT library's HMAC key (jose's ``new TextEncoder().encode('k')``, jjwt's ``Keys.hmacShaKeyFor``,
  golang-jwt's ``SignedString([]byte("k"))``); a SecureString filled from a literal; PHP's ``openssl_encrypt`` key;
  poplib's ``apop``; Taiko's ``write("…", into(…))``, the keyboard module's ``write`` and pynput's ``type``; a
  scripted telnet session in ``printf '%s\\r\\n'`` lines; MicroPython's ``webrepl_cli.py -p``; a shell variable set
  on the line and piped to ``smbpasswd``.
- Kept: a map's browser key under a comment two lines above; a NATS public nkey (its CRC-16 checked; the seed is
  the secret); a map tile URL's key; a secret manager's name for a secret (``--secret=timing-api-key``); printf's
  format before the variables it prints.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import binascii
import random

import pytest

from privacy_support import flagged, found, kept, owner_password

RNG = random.Random(2026_215)


@pytest.mark.parametrize("template", [
    "const key = new TextEncoder().encode('{v}');\nconst jwt = await new SignJWT({{ sub: 'x' }}).sign(key);\n",
    'SecretKey key = Keys.hmacShaKeyFor("{v}".getBytes(StandardCharsets.UTF_8));\n',
    'signed, err := token.SignedString([]byte("{v}"))\n',
    'var ss = new SecureString();\nforeach (var ch in "{v}") ss.AppendChar(ch);\n',
    "<?php\n$enc = openssl_encrypt($report, 'aes-256-cbc', '{v}', 0, $iv);\n",
    'box = poplib.POP3("nas.oldoak.example")\nbox.apop("tom.r", "{v}")\n',
    'await write("{v}", into(textBox({{ id: "f2" }})))\n',
    'keyboard.wait("f9")\nkeyboard.write("{v}")\nkeyboard.send("enter")\n',
    'kb = Controller()\ntime.sleep(2)\nkb.type("{v}")\n',
    "$ (printf '%s\\r\\n' workshop; sleep 1; printf '%s\\r\\n' '{v}'; sleep 1; printf 'show stats\\r\\n') | telnet 10.0.0.9 23\n",
    "$ python3 webrepl_cli.py -p {v} turnout.py 10.0.4.40:/turnout\n",
    "$ p='{v}'; printf '%s\\n%s\\n' \"$p\" \"$p\" | sudo smbpasswd -s -a layout\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def _nkey(prefix: int) -> str:
    raw = bytes([prefix]) + RNG.randbytes(32)
    return base64.b32encode(raw + binascii.crc_hqx(raw, 0).to_bytes(2, "little")).decode()


def test_a_nats_public_nkey_is_kept_and_its_seed_found():
    user, account = _nkey(20 << 3), _nkey(0)                  # U…, A…: what every server's config lists
    kept(f"accounts {{\n  SHOP {{\n    users = [\n      {{ nkey: {user} }}\n    ]\n  }}\n}}\n# account: {account}\n")
    raw = bytes([18 << 3 | (20 << 3) >> 5, ((20 << 3) & 31) << 3]) + RNG.randbytes(32)
    seed = base64.b32encode(raw + binascii.crc_hqx(raw, 0).to_bytes(2, "little")).decode().rstrip("=")   # SU…
    assert seed.startswith("SU")
    found(f"NATS_NKEY_SEED={seed}\n", seed)



def test_printf_s_format_before_its_variables_is_kept():
    text = "$ p='Turntable.uqago47'; printf '%s\\n%s\\n' \"$p\" \"$p\" | sudo smbpasswd -s -a layout\n"
    assert flagged(text, "Turntable.uqago47") and not flagged(text, "%s\\n%s\\n")


@pytest.mark.parametrize("text", [
    '// showroom map (browser key, HTTP-referrer restricted)\nexport const maps = {\n'
    '  key: "AIzaFvOWrDSyAgDXjjqoLQ30FelAlgGpZwTcqC3",\n  algoliaAppId: "DQAARM9XKP",\n};\n',
    'const tiles = "https://api.maptiler.com/maps/streets/{z}/{x}/{y}.png?key=NnVEP5qn4hHC30BGz1TP";\n',
    'export TRANSPONDER_API_KEY="$(gcloud secrets versions access latest --secret=transponder-api-key)"\n',
    "const bytes = new TextEncoder().encode('hello world');\n",
    'await write("Hello there", into(textBox("Name")))\n',
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
