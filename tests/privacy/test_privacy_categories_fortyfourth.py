"""Categories read after the forty-fourth held-out corpus (issue 12, part 42).

- Found: a stated form after a blank line, or with a closing remark in brackets after it, and named by
  more words for codes (numbers, bytes, notes, timecodes, swatches, XOR …); a hosting UI's variable copied
  out (its name, a line about it, the value); a variable's name and value side by side in a chat, or
  assigned inside backticks with a ``#`` in the value; Nextcloud's occ, synouser --add, mega-login,
  redis-cli's AUTH, MPD_HOST's password@host, Wowza's publish.password, PHP's ftp_login; an Irish
  sentence without the article before the word.
- Kept: a licence's number, and a bcrypt string where a password is named (a users export's hash).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, random_text

RNG = random.Random(2026_44)
rand = partial(random_text, RNG)
HEX = "0123456789abcdef"


@pytest.mark.parametrize("make, template", [
    (lambda: " ".join(f"{RNG.randint(1, 9)}+{RNG.randint(10, 15)}" for _ in range(14)),
     "P.S. the SMTP password, as 35 mm feet+frames counts, one per character (total frames = code):\n\n    {v}\n\nthanks!"),
    (lambda: " ".join(rand(HEX, 8) for _ in range(8)),
     "the Twilio auth token, XOR-ed byte by byte with 0x44 and then written in hex groups:\n\n    {v}\n\nthanks!"),
    (lambda: rand(B62, 10) + "-" + rand(string.digits, 2),
     "the CMS database password, written backwards and then ROT13-ed (case kept): {v} (thanks!)"),
])
def test_a_stated_form_in_more_layouts_is_found(make, template):
    value = make()
    gone(template.format(v=value), *value.split())


@pytest.mark.parametrize("template", [
    "Site configuration › Environment variables\nKey: WISTIA_API_TOKEN\nValues: Same value for all deploy contexts\n{t}\nScopes: Builds",
    "[10:43] Maren: wait which key did you use\n[10:44] Keiko: JWT_SECRET {t}\n[10:44] Maren: ok",
    "- [ ] pre-save page bot: `DB_PASSWORD={p}`\n- [ ] pitch to editorial",
    "edit-bay ~ % php occ config:system:set mail_smtppassword --value={p}",
    'maren ~ % synouser --add intern2 {p} "Summer intern" 0 intern2@media.example 0',
    "edit-bay ~ % mega-login footage@shop.example {p}", "127.0.0.1:6379> AUTH cacheuser {p}\nOK",
    "maren ~ % MPD_HOST='{p}@jukebox.local' mpc play", "# Publish.password – username password\nencoder01 {p}\n",
    "$conn = ftp_connect('ftp.media.example');\nftp_login($conn, 'webmaster', '{p}');",
    "Is é {p} pasfhocal chuntas Instagram na gníomhaireachta, ná roinn é.",
])
def test_a_named_value_a_ui_a_chat_or_a_tool_gives_is_found(template):
    t, p = rand(B62, 32), rand(string.ascii_letters, 6) + rand(string.digits, 2) + rand(string.ascii_letters, 7)
    if "`" in template:
        p = p[:3] + "#" + p[3:]      # (a "#" in the value: no comment inside backticks)
    text = template.format(t=t, p=p)
    gone(text, *(v for v in (t, p) if v in text))


@pytest.mark.parametrize("text", [
    "Standard licence receipt\nImage ID: 800920083\nLicence no.: SSTK-E037YJ-6090",
    '{"users": [{"email": "editor@agency.example", "password": "$2a$10$' + rand(B62, 53) + '"}]}',
])
def test_a_licence_number_and_a_stored_hash_are_kept(text):
    kept(text)
