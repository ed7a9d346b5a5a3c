"""Categories read after the hundred-and-sixteenth and hundred-and-seventeenth corpora (car dealerships,
rental fleets and micromobility; visual effects, animation and render farms) (issue 12, part 66).

- Found: a key named for its HMAC (SCOOTER_UNLOCK_HMAC, unlock_hmac); a secret's zod default
  (z.string().default('…')); Unreal's pin (PinName="N",DefaultValue="v"); a password by its place —
  Firebird's -pas, hdparm's --security-unlock, iwconfig's key s:, ldapvi -w, printf '%s\\n%s\\n' pw "$c" |
  smbpasswd, MinIO's Minio(endpoint, access key, secret key), Tcl's ::ftp::Open host user pw, Asterisk's
  register => user:pw@host, s3fs's passwd file, a PostgreSQL cleartext password message, an LDAP bind
  request's simple credentials, a script that types a user, a Tab and a password (AppleScript, x3270,
  AutoHotkey); after a word for password, a word, a joiner, letters and digits (hubcap_bwo12); a value
  "below" written in a form the text names, and pieces all of one short length (letter pairs).
- Kept: a payload's computed MAC (X-Shopify-Hmac-Sha256, "hmac": …); a host's name after the word
  (web.host01); prose of two-letter words.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text

RNG = random.Random(2026_116)
HEX = "0123456789abcdef"


def rng_word() -> str:
    """A word as people start a password with (``gearbox``): what follows it is only a few letters and digits."""
    return RNG.choice(WORDS)


@pytest.mark.parametrize("template", [
    "SCOOTER_UNLOCK_HMAC={v}\n",
    "fleet:\n  scooter_unlock_hmac: {v}\n  region: us-east\n",
    "[scooter]\nunlock_hmac = {v}\n",
])
def test_a_key_named_for_its_hmac_is_found(template):
    value = random_text(RNG, HEX, 64)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "X-Shopify-Hmac-Sha256: " + random_text(RNG, B62, 43) + "=\n",
    '{"shop": "demo.example.com", "hmac_sha256": "' + random_text(RNG, HEX, 64) + '"}\n',
])
def test_a_computed_mac_is_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    "export const env = z.object({{\n  SOCOTRA_PASSWORD: z.string().default('{pw}'),\n}}).parse(process.env);\n",
    '   CustomProperties Pin (PinName="PLATE_SHARE_PASS",DefaultValue="{pw}")\n',
    "$ gbak -b -user SYSDBA -pas {pw} 10.12.0.9:/data/parts.fdb parts.fbk\n",
    "# hdparm --user-master u --security-unlock {pw} /dev/sdb\n",
    "# iwconfig wlan0 essid LegacyLot key s:{pw}\n",
    "$ ldapvi -h ldap://dc1 -D cn=admin,dc=fleet,dc=example -w {pw} --discover\n",
    "# printf '%s\\n%s\\n' '{pw}' \"$confirm\" | smbpasswd -s -a farmadmin\n",
    'mc = Minio("stor14.example.com:9000", "975H6731BGZBNAKG7TBJ", "{pw}", secure=True)\n',
    "set h [::ftp::Open stor16.example.net edit_bay {pw} -mode passive]\n",
    "; sip.conf\nregister => 4155550142:{pw}@sip.example.net/4155550142\n",
    "FE -> Startup user=lookdev_jo database=farm\nBE <- AuthenticationCleartextPassword\nFE -> 'p' len=19 \"{pw}\\0\"\n",
    'LDAPMessage bindRequest(1) version=3 name="uid=pipe_bot,ou=farm,dc=example" simple="{pw}"\n',
    'tell application "System Events"\n  keystroke "dailies"\n  keystroke tab\n  keystroke "{pw}"\n  keystroke return\nend tell\n',
    "Connect(tpf.example.net)\nWait(InputField)\nString(RESAGT07)\nTab()\nString({pw})\nEnter()\n",
    "Send, ops_admin\nSend, {{Tab}}\nSend, {pw}\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = rng_word() + "_" + random_text(RNG, string.ascii_lowercase, 3) + random_text(RNG, string.digits, 3)
    gone(template.format(pw=pw), pw)


def test_an_s3fs_passwd_file_is_found():
    secret = random_text(RNG, B62 + "+/", 40)
    gone("# /etc/passwd-s3fs\n" + random_text(RNG, string.ascii_uppercase + string.digits, 20) + ":" + secret + "\n", secret)


@pytest.mark.parametrize("text, value", [
    ("Привіт, пароль до дилерського порталу hubcap_bwo12 – будь ласка, нікому його не пересилай.\n", "hubcap_bwo12"),
    ("Demat, ger-tremen porched ar gwerzher a zo sunroof_wvd31 – na gas anezhañ da zen mar plij.\n", "sunroof_wvd31"),
    ("ສະບາຍດີ ລະຫັດຜ່ານຂອງຕົວຈັດການເຣັນເດີຟາມແມ່ນ crowd.yqy31 ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ\n", "crowd.yqy31"),
])
def test_a_word_a_joiner_and_a_code_after_the_word_for_password(text, value):
    gone(text, value)


def test_a_hosts_name_after_the_word_for_password_is_not_the_password():
    text = "the password for web.host01 is still the old one, ask Kim\n"
    kept(text)


@pytest.mark.parametrize("form, encode", [
    ("two letters per character, a=0 … z=25, pairs space-separated",
     lambda s: " ".join(string.ascii_lowercase[ord(c) // 26] + string.ascii_lowercase[ord(c) % 26] for c in s)),
    ("the cube of each character's code point, space-separated", lambda s: " ".join(str(ord(c) ** 3) for c in s)),
    ("#RRGGBB colour swatches packing three bytes each, space-separated",
     lambda s: " ".join("#" + s.encode()[i:i + 3].hex().upper().ljust(6, "0") for i in range(0, len(s), 3))),
])
def test_a_value_below_written_in_a_named_form_is_found(form, encode):
    run = encode(random_text(RNG, B62, 24))
    gone(f"Wiki box 'temporary access' -- the value below is written as {form}:\n{run}\nLast edited by the team.\n", run)


def test_two_letter_words_are_prose():
    kept("the value below is written as we agreed: if it is in or on us we go by it\n")
