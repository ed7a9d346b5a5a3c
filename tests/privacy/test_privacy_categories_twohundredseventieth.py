"""Categories read from the two-hundred-and-sixty-ninth corpus (poultry farms, hatcheries and egg-packing stations;
issue 12, part 123; read after the two-hundred-and-seventy-first, the seventieth held out).

- A secret's variable in a box-drawn table (``railway variables``: NAME │ value).
- A UI test's typing: Nightwatch's ``updateValue``, Karate's ``* value(…)``, Xamarin.UITest's ``app.EnterText``, a Gauge
  step's ``* Enter "…" into``, enigo's ``key_sequence``.
- A code named as an activation code: a short prefix and one long group (``IOV-3M9FMMKGW1Q4WGP28W``).
- A SOCKS5 sub-negotiation's escaped bytes under a line that names it; open-uri's ``http_basic_authentication``,
  Symfony HttpClient's ``auth_basic``, AutoIt's ``RunAs(user, domain, pw, …)``.
- Kept: a bird movement licence's reference (``Licence ref: ML/2026/0930191``).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_269)
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"


def _password() -> str:
    return RNG.choice(("Brooder", "pullet", "Leghorn")) + RNG.choice("._-@") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2) + \
        random_text(RNG, "123456789", 2)


@pytest.mark.parametrize("name", ["SAGE_ACCOUNTING_CLIENT_SECRET", "MESSAGEBIRD_LIVE_ACCESS_KEY", "ROLLBAR_PROJECT_ACCESS_TOKEN"])
def test_a_secret_in_a_box_drawn_table_is_found(name):
    value = random_text(RNG, ALNUM, 28)
    width = len(name) + 2
    found(f"$ railway variables\n {'RAILWAY_ENVIRONMENT':<{width - 2}} │ production\n {name} │ {value}\n"
          f"{'─' * width}┼{'─' * 30}\n", value)


@pytest.mark.parametrize("template", [
    "browser\n  .url('https://shop.example/admin')\n  .updateValue('#f1', 'siobhan')\n  .updateValue('#f2', '{v}')\n"
    "  .click('#go');\n",
    "* value('#f1', 'harriet')\n* value('#f2', '{v}')\n* click('#go')\n",
    'app.EnterText(c => c.Marked("f1"), "callum");\napp.EnterText(c => c.Marked("f2"), "{v}");\n',
    '* Enter "priya" into field "f1"\n* Enter "{v}" into field "f2"\n* Press "Go"\n',
    'enigo.key_sequence("{v}");\nenigo.key_click(Key::Return);\n',
    'csv = URI.open("https://flock.example/lanes.csv", http_basic_authentication: ["fenella", "{v}"]).read\n',
    "$client = HttpClient::create(['auth_basic' => ['agnieszka', '{v}']]);\n",
    'RunAs("grader", @ComputerName, "{v}", 0, "C:\\\\Grader\\\\LaneSetup.exe")\n',
])
def test_a_password_in_these_is_found(template):
    value = _password()
    found(template.format(v=value), value)


def test_a_prefixed_activation_code_is_found():
    value = "IOV-" + random_text(RNG, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 18)
    found('"textContent": "belt 2 sensor replaced\\ninovo activation code ' + value + '\\nask Kofi about the fuse",\n',
          value)


def test_socks5_bytes_under_a_line_that_names_it_are_found():
    value = _password()
    found(f"SOCKS5 RFC 1929 subnegotiation, client -> 10.69.1.12:1080\n  \\x01\\x05shop1\\x{len(value):02x}{value}\n"
          "  <- \\x01\\x00\n", value)


@pytest.mark.parametrize("text", [
    "General licence for the movement of day-old chicks\nLicence ref: ML/2026/0930191\nFrom CPH 95/800/5178\n",
    "* Enter \"the admin page\" into the browser\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
