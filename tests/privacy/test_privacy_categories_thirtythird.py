"""Categories read after the thirty-third held-out corpus (issue 12, part 33).

- Hidden, where the text names the base: each byte in base 3, 7 or 12 (dozenal's ↊ and ↋), in
  negabinary, in Fibonacci coding, in the factorial number system, as the n-th prime, in Mayan
  numerals; 16-bit words in decimal.
- Kept: the item name a password manager is asked for (``bw get password nas-7``); found: what it prints.
- Found: a name/value pair whose value is a ``default``/``default_value`` (AWX surveys, game-panel eggs)
  or a password manager's ``notes``; a spreadsheet's row (OpenDocument's content.xml, an HTML table);
  ``<setting id="…password">``; RouterOS's ``wpa2-pre-shared-key``; ``steamcmd +login``; ZNC's
  ``Method = plain``; BitlBee's ``identify``; ``sunshine --creds``; a TACACS+ server's key; Scots'
  "passwird", Amharic's "የይለፍ ቃሉ", Lingala's "liloba ya sekele".

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import random
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_33)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


def in_base(n: int, base: int, width: int, digits: str = "0123456789↊↋") -> str:
    out = ""
    for _ in range(width):
        n, r = divmod(n, base)
        out = digits[r] + out
    return out


def negabinary(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, -2)
        if r < 0:
            n, r = n + 1, r + 2
        out = str(r) + out
    return out or "0"


def fibonacci_code(n: int) -> str:
    fib = [1, 2]
    while fib[-1] <= n:
        fib.append(fib[-1] + fib[-2])
    bits = ["0"] * (len(fib) - 1)
    for i in range(len(fib) - 2, -1, -1):        # greedy, largest first (Zeckendorf)
        if fib[i] <= n:
            bits[i], n = "1", n - fib[i]
    return "".join(bits).rstrip("0") + "1"


def factoradic(n: int, places: int = 6) -> str:
    digits = []
    for radix in range(1, places + 1):
        n, r = divmod(n, radix)
        digits.append(str(r))
    return ":".join(reversed(digits))


def nth_prime(n: int) -> int:
    primes, k = [], 1
    while len(primes) < n:
        k += 1
        if all(k % p for p in primes if p * p <= k):
            primes.append(k)
    return primes[-1]


ENCODINGS = {
    "base 3, five digits per byte": lambda t: " ".join(in_base(b, 3, 5) for b in t.encode()),
    "base 7, three digits per byte": lambda t: " ".join(in_base(b, 7, 3) for b in t.encode()),
    "dozenal (base 12), two digits per byte": lambda t: " ".join(in_base(b, 12, 2) for b in t.encode()),
    "negabinary (base −2), one group per byte": lambda t: " ".join(negabinary(b) for b in t.encode()),
    "Fibonacci coding, one group per byte": lambda t: " ".join(fibonacci_code(b) for b in t.encode()),
    "the factorial number system, one group per byte": lambda t: " ".join(factoradic(b) for b in t.encode()),
    "primes: each byte n as the n-th prime": lambda t: " ".join(str(nth_prime(b)) for b in t.encode()),
    "Mayan numerals (base 20), two per byte": lambda t: " ".join(
        "".join(chr(0x1D2E0 + d) for d in divmod(b, 20)) for b in t.encode()),
    "16-bit big-endian words in decimal": lambda t: ", ".join(
        str(int.from_bytes((t.encode() + b"\0")[i:i + 2], "big")) for i in range(0, len(t), 2)),
}


@pytest.mark.parametrize("token", TOKENS[:2])
@pytest.mark.parametrize("name", list(ENCODINGS))
def test_a_token_in_a_named_base_is_found(token, name):
    text = f"Secure note (Homelab). the deploy token, stored in {name}:\n\n{ENCODINGS[name](token)}\n\n(auto-closes in 7 days)\n"
    assert gone(text) != text


def test_a_row_of_numbers_without_a_base_is_kept():
    """Numbers alone are read in no base: a row of prices or ports is no text."""
    kept("ports: " + " ".join(str(RNG.randrange(100, 700)) for _ in range(20)) + "\n")


@pytest.mark.parametrize("template", [
    '{{"spec": [{{"variable": "twilio_auth_token", "type": "text", "required": true, "default": "{v}"}}]}}',
    '{{"name": "Bot token", "env_variable": "DB_PASSWORD", "default_value": "{v}", "user_viewable": false}}',
    '{{\n  "items": [{{\n    "type": 2,\n    "name": "AWS_SECRET_ACCESS_KEY",\n    "notes": "{v}",\n    "folderId": null\n  }}]\n}}',
    '<table:table-row>\n  <table:table-cell office:value-type="string"><text:p>JWT_SECRET</text:p></table:table-cell>\n'
    '  <table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>\n</table:table-row>',
    '<settings>\n  <setting id="services.webserverpassword">{v}</setting>\n</settings>',
    '[admin@MikroTik] > /interface wireless security-profiles set [find default=yes] wpa2-pre-shared-key="{v}"',
    "$ ./steamcmd.sh +login dedicated_admin {v} +app_update 896660 +quit",
    "<User bouncer>\n  <Pass password>\n    Method = plain\n    Hash = {v}\n  </Pass>\n</User>",
    "<me> identify {v}\n<root> Password accepted, settings and accounts loaded",
    "$ sunshine --creds streamer {v}",
    "tacacs-server host 10.1.1.5 key {v}",
    "<b>Auntie Jo:</b> The passwird fir the Minecraft server is {v}, dinnae gie it oot.<br/>",
    "[Dédé] [10:56] የዋይፋይ የይለፍ ቃሉ {v} ነው።",
    '<sms body="Liloba ya sekele ya hub ya ndako ezali {v}." contact_name="Oma" />',
])
def test_a_secret_by_its_place_is_found(template):
    value = made_password(RNG) + rand(B62, 4)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    '$ export NAS_PASS="$(bw get password nas-7)"',
    "Cell B7 note:\n\"$ export NAS_PASS=\"\"$(bw get password nas-3)\"\"\"",
    "$ pass show mail/work-2024\n",
])
def test_a_password_managers_item_name_is_kept(text):
    """The name a password manager's command looks an item up by is no secret (its output below is)."""
    kept(text)


def test_the_secret_a_password_manager_prints_is_found():
    value = made_password(RNG) + rand(B62, 4)
    gone(f"$ bw get password nas-7\n{value}\n$ ", value)
