"""Categories read after the two-hundred-and-twenty-eighth and two-hundred-and-twenty-ninth corpora (piano tuners,
organ builders and instrument repairers; chimney sweeps, stove fitters and log-burner installers) (issue 12, part 104).

- Found: a stated form's secret named only as "the office PC code", "the code for the job", or a run a note asks to
  decode ("decode the line below – it is written as …"); a JWT's or a cookie's signing key (jose's
  ``sign(new TextEncoder().encode('k'))`` and a ``k`` so filled, java-jwt's ``Algorithm.HMAC256``, Rust's
  ``EncodingKey::from_secret`` and ``Hmac::<Sha256>::new_from_slice``, php-jwt's ``JWT::encode``, CryptoJS's
  HmacSHA256, cookie-session's ``keys``), PyNaCl's ``argon2id.kdf`` password; NodeMCU's ``mqtt.Client`` password; a
  newusers file; funzip's glued password; iMacros' CONTENT=; a JAX-WS login's arg1; a lockbox column; a commented
  ``secret_key_base``.
- Kept: a MARC record's indicators and subfield (``00$aOrgan``).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import flagged, found, kept, owner_password, pairs_swapped

RNG = random.Random(2026_228)


@pytest.mark.parametrize("opening", [
    "Guild teaser: the workshop office PC code is hidden here, written with each pair of characters swapped",
    "Van logbook: the code for the job is written with each pair of characters swapped",
    "Quiz card no. 4: decode the line below – it is written with each pair of characters swapped",
])
def test_a_code_or_a_run_to_decode_is_a_stated_forms_secret(opening):
    value = owner_password(RNG)
    run = pairs_swapped(value)
    assert flagged(f"{opening}:\n{run}\nFirst correct answer wins a brush.\n", run)


@pytest.mark.parametrize("template", [
    "jwt = await new SignJWT({{ sub: 'relay' }}).setProtectedHeader({{ alg: 'HS256' }}).sign(new TextEncoder().encode('{v}'))\n",
    "const k = new TextEncoder().encode('{v}');\n",
    'Algorithm alg = Algorithm.HMAC256("{v}");\n',
    'let token = encode(&Header::default(), &claims, &EncodingKey::from_secret(b"{v}"))?;\n',
    'let mut mac = Hmac::<Sha256>::new_from_slice(b"{v}").expect("any size");\n',
    "$jwt = JWT::encode(['sub' => 'till'], '{v}', 'HS256');\n",
    "const sig = CryptoJS.HmacSHA256(body, '{v}').toString(CryptoJS.enc.Hex)\n",
    "app.use(cookieSession({{\n  name: 'tuner',\n  keys: ['{v}'],\n  maxAge: 86400000\n}}))\n",
    'key = pwhash.argon2id.kdf(32, b"{v}", salt)\n',
    'm = mqtt.Client("player-" .. node.chipid(), 120, "relaybridge", "{v}")\n',
    "# /root/new-apprentices.txt (fed to newusers)\njo_walsh:{v}:1204:1204:Apprentice:/home/jo_walsh:/bin/bash\n",
    "$ funzip -{v} old-tunings.zip > tunings.csv\n",
    "TAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f1 CONTENT=jo_walsh\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT={v}\n",
    '<soapenv:Body><ns2:login xmlns:ns2="http://rota.example/"><arg0>tbrennan</arg0><arg1>{v}</arg1></ns2:login></soapenv:Body>\n',
])
def test_a_password_or_key_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_lockbox_column_and_a_commented_secret_key_base_are_found():
    found("date,sweep,van,area,lockbox\n2024-03-12,tbrennan,VN3,Hebden,creel-fzpyp82\n", "creel-fzpyp82")
    key = "".join(RNG.choice("0123456789abcdef") for _ in range(128))
    found(f"remote_clientid lounge-stove\n# secret_key_base {key}\nbridge_insecure false\n", key)


def test_a_marc_records_subfields_are_kept():
    kept("=001  905878779\n=028  32$aBA 8465$bBärenreiter\n=245  00$aOrgan works /$cJ.S. Bach.\n")
