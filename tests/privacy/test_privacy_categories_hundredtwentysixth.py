"""Categories read after the hundred-and-twenty-sixth and hundred-and-twenty-seventh corpora (museums,
galleries and auction houses; fashion, apparel and textile manufacturing) (issue 12, part 69).

- Found: a value written as numbers each beside one label ("cat. 552; cat. 601", "Lot 168, Lot 159",
  "16.50 yd, 26.25 yd", "10.8 oz / 9.7 oz"); a secret named by the bare word "auth", or by
  a name wrapped in underscores (__CA_DB_PASSWORD__); a secret in FileMaker's Set Variable, SIMPL+'s
  #DEFAULT_VALUE and a PDF form's /T … /V; a password by its place — Solr's -Dbasicauth=user:pw, an echo
  into remmina --encrypt-password, AccuRev's login user pw, steghide's -p, Robot Framework's Input
  Password, a decoded PostgreSQL PasswordMessage and LDAP simple bind, "the … login for X is user / pw";
  a value a note hands over ("uses this value now, …: <v>", "use this for the sandbox → <v> (…)", "…,
  key below" then the value).
- Kept: the bare words with no secret after them.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, gone, kept, random_text, word_password

RNG = random.Random(2026_126)


@pytest.mark.parametrize("intro, encode", [
    ('written as catalogue raisonné numbers "cat. N", where N minus 500 is the code point, separated by "; "',
     lambda s: "; ".join(f"cat. {ord(c) + 500}" for c in s)),
    ('written as auction lot numbers "Lot N", where N is three times the code point, comma-separated',
     lambda s: ", ".join(f"Lot {3 * ord(c)}" for c in s)),
    ("written as fabric bolt lengths in yards, where the length times 4 is the code point",
     lambda s: ", ".join(f"{ord(c) / 4:.2f} yd" for c in s)),
    ("written as fabric weights in oz/yd2, where the weight times 10 is the code point",
     lambda s: " / ".join(f"{ord(c) / 10:.1f} oz" for c in s)),
])
def test_numbers_each_beside_one_label_are_found(intro, encode):
    run = encode(random_text(RNG, B62, 24))
    gone(f"Posted in #plm-admins: so nobody can grep it, here is the admin password {intro}:\n{run}\nDecode it yourself.\n", run)


@pytest.mark.parametrize("template", [
    "define('__CA_DB_PASSWORD__', '{v}');\ndefine('__CA_DB_USER__', 'ca_app');\n",
    "const creds = {{ base: 'appLoans', auth: '{v}' }};\n",
    'Set Variable [ $secret ; Value: "{v}" ]\nInsert from URL [ $result ; "https://loans.example.org/api" ]\n',
    'STRING_PARAMETER Auth[64];\n#DEFAULT_VALUE Auth "{v}"\n',
    "<< /T (portal_pass) /V ({v}) >>\n",
])
def test_a_secret_named_in_a_tool_s_own_syntax_is_found(template):
    value = random_text(RNG, B62, 36)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'SOLR_AUTH_TYPE=basic SOLR_AUTHENTICATION_OPTS="-Dbasicauth=registrar:{pw}" bin/solr status\n',
    "echo {pw} | remmina --encrypt-password\n",
    "accurev login kbanerjee {pw}\n",
    "steghide embed -cf swatch_card.jpg -ef colorways.txt -p {pw}\n",
    "Login To Supplier Portal\n    Input Text    id=username    factory_ops\n    Input Password    id=pw    {pw}\n",
    "AuthenticationCleartextPassword\nPasswordMessage 'p' len=17 {pw}\n",
    'LDAPMessage bindRequest(1) version=3 name="cn=rfid_gw,dc=atelier" authentication simple: {pw}\n',
    "Hi Sam,\nthe crate tracking portal login for the Vermeer loan is loans-courier / {pw}\nCheers, Registrar\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = word_password(RNG, capitalized=False)
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("template", [
    "Comment by plm_sync: the uploader on cutroom-01 uses this value now, rotated yesterday: {v}\n",
    "[14:02] mira: use this for the catalogue sandbox → {v} (rotating tonight)\n",
    "[Sourcing Team] asorensen: factory portal login for the Ningbo mill, user asorensen, key below\n{v}\n(do not forward)\n",
])
def test_a_value_a_note_hands_over_is_found(template):
    value = random_text(RNG, B62, 40)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "auth: true\nsigning: enabled\n",
    "const opts = { auth: 'basic', signing: 'sha256' };\n",
    "STRING_PARAMETER Auth[64];\n#DEFAULT_VALUE Auth \"\"\n",
    "Lot 12, Lot 14, Lot 15, Lot 18, Lot 21, Lot 22 sold; cat. 4 and cat. 7 withdrawn\n",
])
def test_bare_words_and_lot_lists_without_a_secret_are_kept(text):
    kept(text)
