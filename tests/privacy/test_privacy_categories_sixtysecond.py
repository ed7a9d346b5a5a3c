"""Categories read after the sixty-second and sixty-fourth corpora (issue 12, part 49).

- Found: a secret a text says it wrote as character codes in a language's own form (Fortran's
  ``CHAR(n)//CHAR(n)``, LaTeX's ``\\symbol{n}``, R's ``intToUtf8(c(…L))``, Mathematica's
  ``FromCharacterCode[{…}]``) — "I wrote the credential as …" names the rewriting before the noun;
  UTF-16LE code units in hex; a MediaWiki table whose header names a key column; a call that
  authenticates or connects given a user and a password; RabbitMQ's user commands; a prose name
  then its value ("pushed with OPENML_APIKEY …"); "changed to" in Chinese, Javanese and Sundanese; a
  value with its variable's name in the comment after it; strongSwan's ipsec.secrets;
  restic's ``--password-command "echo …"``; printf's format and its arguments piped into smbpasswd;
  Plex claim tokens.
- Kept: a port after a host, Pi-hole's WEBPASSWORD hash (its double SHA-256), a wiki table whose
  columns name nothing secret, "valid til Friday"; what a payment or analytics page ships to every
  browser (Checkout.com's pk_sbox_ key, Square's application id, Segment's write key).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import B62, gone, kept, random_text, word_password

RNG = random.Random(2026_62)


def password() -> str:
    return word_password(RNG, capitalized=False)


def codes(value: str, fmt: str, sep: str) -> str:
    return sep.join(fmt.format(ord(c)) for c in value)


@pytest.mark.parametrize("intro, form", [
    ("I wrote the credential as a Fortran CHAR() concatenation (// between characters):", lambda v: codes(v, "CHAR({})", "//")),
    ("I wrote the credential as LaTeX \\symbol{} macros (decimal code per character):", lambda v: codes(v, "\\symbol{{{}}}", "")),
    ("I wrote the credential as an R intToUtf8() of an integer vector:", lambda v: "intToUtf8(c(" + codes(v, "{}L", ", ") + "))"),
    ("I wrote the credential as a Mathematica FromCharacterCode[] expression:",
     lambda v: "FromCharacterCode[{" + codes(v, "{}", ", ") + "}]"),
    ("The database password, as MATLAB char() over character codes:", lambda v: "char([" + codes(v, "{}", " ") + "])"),
])
def test_character_codes_in_a_language_s_own_form_are_found(intro, form):
    run = form(password())
    out = gone(f"Comment on ELN entry 4512: {intro}\n{run}\nDelete this comment once the job has run.", run)
    assert "Delete this comment" in out


def test_utf16le_code_units_of_a_token_are_found():
    token = "hf_" + random_text(RNG, string.ascii_letters, 34)
    run = " ".join(f"{ord(c):02x}00" for c in token)
    gone(f"pnair wrote the service value on the board as UTF-16LE code units in hex:\n{run}\nAction: vault it.", run)


@pytest.mark.parametrize("template", [
    '{{| class="wikitable"\n! Service !! Key\n|-\n| login1.hpc.example || {v}\n|-\n| backup window || Sun 02:00\n|}}\n',
    '{{| class="wikitable"\n! Host !! User !! Password\n|-\n| omero.example || admin || {v}\n|}}\n',
    'ELN entry 5304676: data pushed with OPENML_APIKEY {v}, checksum file attached.',
])
def test_a_wiki_table_column_or_a_prose_name_gives_a_random_value(template):
    value = random_text(RNG, B62, 40)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'res <- httr::GET(url, httr::authenticate("gwatanabe", "{v}"))',
    "conn = database('limsdb', 'sahmadi', '{v}');",
    'conn = DBInterface.connect(MySQL.Connection, "lims.example", "jsantos", "{v}"; db="assays")',
    'conn = BlitzGateway("tokafor", "{v}", host="omero.example", port=4064)',
    "[c@login1 ~]$ rabbitmqctl authenticate_user cmurphy {v}",
    "[01/03/2025, 21:00:14] Ana: 我把NAS管理员密码改成了 {v} ，别贴到论坛上。",
    "Aku wis ngganti sandhi admin NAS dadi {v}, aja dipasang ing forum.",
    "Abdi parantos ngagentos kecap akses admin NAS janten {v}, ulah dipasang di forum.",
    "        widget:\n          type: generic\n          key: {v}  # SMTP_PASSWORD\n",
    'backup : EAP "{v}"\n',
    'restic -r sftp:pi@nas.example:/srv/restic --password-command "echo {v}" snapshots',
    'printf \'{v}\\n%s\\n\' "$again" | smbpasswd -s -a svc-restic',
])
def test_a_password_given_to_a_call_a_console_a_sentence_or_a_file_is_found(template):
    value = password()
    gone(template.format(v=value), value)


def test_a_plex_claim_token_is_found():
    value = "claim-" + random_text(RNG, B62, 20)
    gone(f'services:\n  plex:\n    environment:\n      PLEX_CLAIM: "{value}"\n', value)


@pytest.mark.parametrize("text", [
    'conn = psycopg2.connect("db.example.net", "5432")',
    "PIHOLE_DNS_1=1.1.1.1\nWEBPASSWORD=25a097bb5fe0766fb34b961fcf89c629a1057915b43c28eb13718a27dec7e4fa\n",
    '{| class="wikitable"\n! Name !! Notes\n|-\n| a || dp15yGawgtxR5RYckbLVqDSViqxAya8jb2VB996IOWFrxCvz\n|}\n',
    "the password is valid til Friday",
    "see claim-status-pending-review-now for the form",
    'CKO_API_KEY="pk_sbox_' + random_text(RNG, string.ascii_lowercase + string.digits, 26) + '"',
    'SQUARE_TOKEN=sq0idp-' + random_text(RNG, B62, 22),
    '<script>analytics.load(SEGMENT_WRITE_KEY || "' + random_text(RNG, B62, 32) + '");</script>',
])
def test_ports_hashes_plain_tables_and_words_are_kept(text):
    kept(text)
