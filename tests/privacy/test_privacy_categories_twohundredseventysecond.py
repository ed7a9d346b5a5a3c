"""Categories left from the two-hundred-and-sixty-ninth and seventy-first corpora's misses (issue 12, part 125), read
again before the two-hundred-and-seventy-second to -fourth.

- A Rockwell L5X STRING tag whose CDATA is on the line after its ``<Data Format="String">``.
- A made password piped into a digest (``echo -n 'pw' | sha256sum``, ``openssl dgst``).
- Airtest's ``text("…")`` after it touched a field; an Alfred snippet's export; a test's ``input.value = '…'``.
- pexpect's answer to an engineer's or installer's code prompt.
- A chat that asks for a login, the answer ``user / pw`` (Signal Desktop's copy, the sender's name again).
- A WordPress-style key of 64 printable characters unquoted to the line's end (a device console's ``set …_AUTH_KEY=``).
- A verb-final sentence's value before its copula, with the script's own stops after it (Persian's "؛", Urdu's "۔") and
  more languages' copulas (Urdu's ہے, Odia's ଅଟେ, Marathi's आहे).
- Kept: a phrase hashed, a search box's value, a chat's "next week / tomorrow".

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_272)


def _password() -> str:
    return RNG.choice(("Oolong", "tisane", "Assam")) + RNG.choice("._-~") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2) + \
        random_text(RNG, "123456789", 2)


def test_an_l5x_string_tags_value_on_its_own_line_is_found():
    value = _password()
    found('<Tag Name="KettleGatewayPassword" TagType="Base" DataType="STRING" Constant="false">\n<Description>\n'
          '<![CDATA[Set on commissioning]]>\n</Description>\n<Data Format="String" Length="14">\n'
          f"<![CDATA['{value}']]>\n</Data>\n</Tag>\n", value)


@pytest.mark.parametrize("template", [
    "$ echo -n '{v}' | sha256sum\n",
    "printf %s \"{v}\" | openssl dgst -sha256\n",
    "from airtest.core.api import *\ntouch(Template(r\"tpl_pw.png\", record_pos=(0.01, 0.12)))\ntext(\"{v}\")\n",
    '{{"alfredsnippet": {{"snippet": "{v}", "uid": "4D5E0C1A-7B8F-4A2C-9E3D-1F6B7A8C9D0E", "name": "till"}}}}\n',
    "const input = fixture.nativeElement.querySelector('#f2');\ninput.value = '{v}';\n"
    "input.dispatchEvent(new Event('input'));\n",
    'child = pexpect.spawn("nc 10.71.1.11 2323")\nchild.expect("Engineer code:")\nchild.sendline("{v}")\n',
    "Ines, [27/06/2026 11:18]\nInes: the blending room PC wants the login again\n\nDev, [27/06/2026 11:20]\n"
    "Dev: BR7361  /  {v}\n",
    "[10:01] Ann: can you send me the tea-room till login?\n[10:02] Bo: manager.2 / {v}\n",
])
def test_a_password_in_these_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "مریم، رمز کامپیوتر اتاق درجه‌بندی {v} است؛ لطفاً به کسی نگو.\n",
    "ڈیٹا بیس کا پاس ورڈ ابھی {v} ہے۔\n",
    "ଗ୍ରେଡିଂ ରୁମ୍ କମ୍ପ୍ୟୁଟରର ପାସୱାର୍ଡ {v} ଅଟେ।\n",
    "ग्रेडिंग रूमच्या संगणकाचा पासवर्ड {v} आहे.\n",
])
def test_a_password_before_its_copula_is_found(template):
    value = RNG.choice(("brooder", "kettle", "sencha")) + "." + random_text(RNG, "123456789", 4)
    found(template.format(v=value), value)


def test_an_unquoted_64_character_auth_key_is_found():
    value = "".join(RNG.choice(string.ascii_letters + string.digits + "!#$%&()*+,-./:;<=>?@[]^_`{|}~") for _ in range(64))
    found(f"> ver\nTS-220 tasting scale fw 3.1.6\n> set SHOP_AUTH_KEY={value}\nOK\n> save\n", value)


@pytest.mark.parametrize("text", [
    "echo -n 'hello world' | sha256sum\n",
    "echo -n release-2.4.1 | md5sum\n",
    "searchInput.value = 'Keemun-2024B';\n",
    "input.value = '2026-11-03';\n",
    "touch(Template(r\"tpl_search.png\"))\ntext(\"teapots\")\n",
    "[10:01] Ann: can you send me the portal login?\n[10:02] Bo: next week / tomorrow\n",
    "AUTH_KEY=put your unique phrase here\n",
    "رمز سرور db01.local را عوض کردم\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
