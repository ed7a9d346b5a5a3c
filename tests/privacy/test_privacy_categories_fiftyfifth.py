"""Categories read after the fifty-third and fifty-fifth held-out corpora (issue 12, part 46).

- Found: a diff's added lines ("+requirepass …", "+PASS …": read without their "+"); a question that
  names the secret answered by "Here it is, in <form>:" and the value below; full-width, quoted-printable
  and keyboard-shifted forms named; "the login is written as …"; a made password before " , " in a
  sentence; Fly.io tokens, ``cargo login``, reqwest's ``basic_auth(u, Some(pw))``, ``Net::SMTP.start``,
  ``ftplib.FTP``/``imap_open``/``arcpy.SignInToPortal`` (x, user, pw); an indented .pgpass line; a
  MediaWiki table row (``||``); a sticky note's "… key!!" with the value under it; "paste this into …:"
  and "Use this one:" with a random value; a block of numbered lines a stated form hands over (a mark
  sheet's scores, shelf marks, a lab panel); a here-string into vncpasswd; ``echo pw | ipa … --password``;
  a Slack webhook's path without its host; a note's line "… login password" with the password under it.
- Also (read after the fifty-sixth): a table row whose first cell names the secret in words, the
  variable's name in the next and the value after it (the search went on from the wrong place); a
  variable's name with its value in brackets (``DD_API_KEY (…)``, ``TOKEN=[…]``); a password in »…« or
  „…“; an inventory dump whose item numbers are character codes.
- Kept: a shell's heredoc line after a named form, a range of code points, a list of dates under a
  stated form, a diff that adds no secret.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text

RNG = random.Random(2026_55)
rand = partial(random_text, RNG)


@pytest.mark.parametrize("template", [
    "@@ -0,0 +1,2 @@\n+bind 127.0.0.1\n+requirepass {v}",
    "@@ -0,0 +1,5 @@\n+220 ftp.example ready\n+USER lena\n+331 Password required\n+PASS {v}\n+230 Logged in",
    "@@ -0,0 +1,4 @@\n+IMAPAccount lists\n+Host imap.lists.example\n+User farid\n+Pass {v}",
    "Ticket #12 - Mei wrote:\nftp = ftplib.FTP('ftp.campus.example.edu', 'webteam', '{v}')",
    "$mbox = imap_open('{{imap.district.example:993/imap/ssl}}INBOX', 'office', '{v}');",
    "arcpy.SignInToPortal('https://gis.city.example/portal', 'publisher', '{v}')",
    'let resp = client.get(url).basic_auth("ci-runner", Some("{v}")).send().await?;',
    "Net::SMTP.start('smtp.lists.example', 587, 'lists.example', 'farid', '{v}', :login)",
    "Notebook, step 1:\n    db.ngo.example.org:5432:evergreen:evergreen:{v}\n(done by Mei)",
    "vncpasswd -f <<< {v} > ~/.vnc/passwd",
    "    echo {v} | ipa user-add volunteer35 --first=Vol --last=Unteer --password",
    'post-it on monitor:\n"library staff login password\n {v}\n - Tariq"',
    "A kiadás-aláíró kulcs jelmondata {v} , kérlek, ne másold be az issue-ba.",
])
def test_a_password_in_a_diff_a_call_a_note_or_a_sentence_is_found(template):
    value = made_password(RNG, ".-_")
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "jobs:\n  publish:\n    env:\n      FLY_API_TOKEN: FlyV1 fm2_{t}{t}\n    steps: []",
    "```sh\ncargo login {t}\n```",
    "{{| class=\"wikitable\"\n! Service !! Setting !! Value\n|-\n| UniFi || UNIFI_API_KEY || {t}\n|}}",
    "sticky note (scanned):\nEd-Fi ODS/API key!!\n{t}\ndon't lose - Mateo",
    "Hi Mateo,\n\nfor the Veracross connection please paste this into the settings page:\n{t}\n\nThanks!",
    "> Which Mosyle key goes in the roster sync?\nUse this one: {t}\n-- District Help Desk",
])
def test_a_token_in_a_workflow_a_wiki_a_note_or_a_reply_is_found(template):
    value = rand(B62, 40)
    gone(template.format(t=value), value)


@pytest.mark.parametrize("template", [
    "| getstream chat api secret | STREAM_API_SECRET | {t} | expires ??? |",
    "Tech contact – DD_API_KEY ({t}) – for the affiliate dashboard",
    "Button 3 (row 23): REVOLT_TOKEN=[{t}] ✨",
])
def test_a_variables_value_in_a_table_or_brackets_is_found(template):
    value = rand(B62, 40)
    gone(template.format(t=value), value)


@pytest.mark.parametrize("template", ["Adgangskoden til kanalens konto er »{v}« vis den ikke.",
                                      "Das Passwort ist „{v}“ bitte nicht teilen."])
def test_a_password_in_typographic_quotes_is_found_without_them(template):
    value = made_password(RNG, ".-_")
    out = gone(template.format(v=value), value)
    assert "»" in out or "„" in out


def test_a_slack_webhooks_path_is_found():
    path = f"T{rand(string.ascii_uppercase, 10)}/B{rand(string.ascii_uppercase, 10)}/{rand(B62, 24)}"
    gone(f"FIELD KIT README\nSLACK_WEBHOOK_PATH={path}\n", path)


@pytest.mark.parametrize("template", [
    "On Mon, kwame wrote:\n> where do I get the Twilio auth token of the SMS bot?\n\n"
    "Here it is, in unpadded base64url (- and _ instead of + and /):\n{e}\n-- \nsent from the laptop",
    "Leila (volunteer group): the library staff login is written with a filler character after every "
    "real one (read the 1st, 3rd, 5th ... characters):\n{e}\nshout if it does not work",
    "<kwame> the JWT signing secret, typed one key to the right on a US QWERTY keyboard:\n{e}\n<kwame> decode it",
])
def test_a_secret_answered_or_handed_over_in_a_named_form_is_found(template):
    encoded = rand(B62, 36)
    gone(template.format(e=encoded), encoded)


@pytest.mark.parametrize("lines", [
    [f"Pupil {i:02d}: {RNG.randint(48, 122)}" for i in range(1, 16)],
    [f"{RNG.randint(148, 222)}.{RNG.randint(10, 99)} {RNG.choice(string.ascii_uppercase)}{RNG.randint(10, 99)}"
     for _ in range(14)],
    [f"slot {i:02d}: item #{3000 + RNG.randint(48, 122)} x{RNG.randint(1, 60)}" for i in range(1, 16)],
])
def test_a_block_of_numbered_lines_a_stated_form_hands_over_is_found(lines):
    block = "\n".join(lines)
    text = ("P.S. the SIS admin password, hidden in the score column of this mark sheet (each score is a "
            f"character code, top to bottom):\n{block}\nPlease do not forward this email.")
    out = gone(text, *lines)
    assert "Please do not forward" in out


@pytest.mark.parametrize("text", [
    "the npm token, as a Ruby byte array turned into the string with .pack, below:\n$ cat > /tmp/key.note <<'EOF'\nEOF",
    "each one is U+FF01..U+FF5E, the full-width twin of an ASCII character",
    "the password rotation dates, written as ISO dates:\n2025-01-01\n2025-04-01\n2025-07-01\n2025-10-01\n2026-01-01\n",
    "@@ -1,2 +1,2 @@\n-timeout: 30\n+timeout: 60\n+retries: 3",
])
def test_a_heredoc_a_code_point_range_dates_or_a_plain_diff_are_kept(text):
    kept(text)
