"""Categories read after the hundred-and-tenth and hundred-and-eleventh corpora (airline and airport
operations software developers; social apps, online-community and trust-and-safety developers) (issue 12,
part 64).

- Found: a value's code points worked out as sums and products (55+21+8, 2*3^2, addends a+b), as
  signed differences from the one before (68 +37 -2 …) or as running totals the text names; ICAO's
  radiotelephony spelling (CAPS before a capital, Tree, Fife, Niner, Decimal); a password by its place —
  vsftpd's virtual users list for db_load (user line, then password line), Kubernetes' static password
  and token files (the first column), an RSpec failure printing the credential it got, Mastodon.py's
  log_in(user, pw), zipfile's extractall(path, members, pwd), Go's sasl.NewPlainClient(identity, user,
  pw), PyKeePass(path, pw), Wireshark's decoded PostgreSQL password message, an SSIS package's secret
  parameter; the word for password in Scottish Gaelic without its accent ("Is e X facal-faire"), Somali
  (erayga sirta) and Kinyarwanda (ijambobanga).
- Kept: PubNub's publish key (every client holds it; the secret is sec-c-); a row of plain numbers;
  sums whose values print nothing.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import WORDS, gone, kept, random_text, word_password

RNG = random.Random(2026_110)


def placed_password(rng: random.Random) -> str:
    """A word, a dot, digits, a letter, digits (``copper.5120k884``): only the place says what it is."""
    return rng.choice(WORDS) + "." + random_text(rng, string.digits, 4) + random_text(rng, string.ascii_lowercase, 1) + \
        random_text(rng, string.digits, 3)


def _addends(c: str) -> str:
    a = RNG.randrange(1, ord(c))
    return f"{a}+{ord(c) - a}"


def _factors(n: int) -> str:
    out, p = [], 2
    while n > 1:
        k = 0
        while n % p == 0:
            n, k = n // p, k + 1
        if k:
            out.append(f"{p}^{k}" if k > 1 else str(p))
        p += 1
    return "*".join(out)


def _deltas(s: str) -> str:
    codes = [ord(c) for c in s]
    return " ".join([str(codes[0])] + [f"{b - a:+d}" for a, b in zip(codes, codes[1:])])


def _totals(s: str) -> str:
    total, out = 0, []
    for c in s:
        total += ord(c)
        out.append(str(total))
    return " ".join(out)


@pytest.mark.parametrize("intro, encode", [
    ("here it is, each code point as two addends (add them):", lambda s: " ".join(map(_addends, s))),
    ("as agreed, each code point as its prime factorisation (^ is a power):", lambda s: " ".join(_factors(ord(c)) for c in s)),
    ("the value: the first code point, then signed differences:", _deltas),
    ("recorded as running totals of its code points:", _totals),
])
def test_code_points_worked_out_are_found(intro, encode):
    pw = word_password(RNG)
    run = encode(pw)
    gone(f"(so the scraper misses it) {intro}\n{run}\n(decode it yourself)\n", run)


def test_icao_spelling_is_found():
    text = ("the crew portal password, spelt: CAPS Tango Alfa Romeo Mike Alfa Charlie Decimal Tree Fife Niner "
            "Kilo Echo Yankee\n")
    gone(text, "CAPS Tango Alfa Romeo Mike Alfa Charlie Decimal Tree Fife Niner Kilo Echo Yankee")


@pytest.mark.parametrize("template", [
    "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\nmod_ops\n{pw}\n",
    "# logins.txt for db_load (user line, then its line)\nefbupload\n{pw}\n",
    '# --basic-auth-file=/etc/kubernetes/users.csv\n{pw},ops-admin,1001,"system:masters"\n',
    "# --token-auth-file=/etc/kubernetes/tokens.csv\n{pw},deployer,1002\n",
    '  1) Client syncs\n     Failure/Error: expect(client.api_token).to eq(nil)\n       got: "{pw}"\n',
    'api = Mastodon(api_base_url="https://social.example.net")\napi.log_in("mod@example.net", "{pw}")\n',
    'zf.extractall("evidence/", None, b"{pw}")\n',
    'auth := sasl.NewPlainClient("", "relaybot", "{pw}")\n',
    "kp = PyKeePass('/srv/ops/vault.kdbx', '{pw}')\n",
    "Frame 41: PostgreSQL\n    Type: Password message ('p')\n    Length: 20\n    Value: {pw}\n",
    '<DTS:PackageParameter DTS:ObjectName="GATEWAY_API_SECRET" DTS:DataType="18">\n'
    '  <DTS:Property DTS:Name="ParameterValue">{pw}</DTS:Property>\n</DTS:PackageParameter>\n',
])
def test_a_password_given_by_its_place_is_found(template):
    pw = placed_password(RNG)
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("text, value", [
    ("[08:31] <@ops> Is e Harbor_7kq2x41 facal-faire pannal nam modaratairean.\n", "Harbor_7kq2x41"),
    ("Erayga sirta ah ee guddiga waa Quartz-pbmkq42 — fadlan cidna ha la wadaagin.\n", "Quartz-pbmkq42"),
    ("Muraho, ijambobanga rya seriveri ni meadow-fiq42 , ntukarihe undi muntu.\n", "meadow-fiq42"),
])
def test_the_word_for_password_in_three_more_languages(text, value):
    gone(text, value)


@pytest.mark.parametrize("text", [
    "const pn = new PubNub({ publishKey: 'pub-c-" + "-".join(random_text(RNG, "0123456789abcdef", n) for n in (8, 4, 4, 4, 12))
    + "', userId: 'mod-42' });\n",
    "latencies (ms): 12 15 18 22 31 40 45 50 61 64 70\n",
    "capacity plan: 1000+200 2000+350 1500*2 900+10 800+80 700*3 600+60 500+50\n",
])
def test_a_publish_key_or_plain_numbers_are_kept(text):
    kept(text)
