"""Categories read after the hundred-and-thirty-fifth and hundred-and-thirty-sixth corpora (parking operators
and toll roads; forestry, sawmills and timber supply) (issue 12, part 72).

- Found: a camel-case name ending in a weak secret word (occupancyFeedBearer, ResvWebhookSigning,
  CitationExportHmac) when its value is long and random; Niagara's <p n="N" v="v"/>; a note's "rotated NAME;
  temporary value v"; a code name and its value after a space in a sentence ("need rsu_snmpv3_auth v for …");
  passwords by their place in calls (pysnmp's CommunityData, crypto.createCipher, OpenSSL::PKey::RSA.new,
  tiberius's AuthMethod::sql_server, pyads's add_route_to_plc), in modem AT commands (+CSTT, +UPSD, +QICSGP),
  in a tracker's SMS, kerbrute's spray, memcached's SASL data, openRTSP -u, yes | head | smbpasswd, ocpasswd
  from echo, a password file cat with a comment after it; a made password joined by "+"; the words for
  password in Tok Pisin, Friulian and Kalaallisut; Z85 of twelve bytes below its name, character codes in
  Roman numerals, bytes in MAC-address-like groups after a stated form.
- Kept: the same camel names where real code uses them (a class's base RedirectAwareAuth, an import line
  read as a CSV header, Node's createHmac in a Markdown link), a header comment that says the token is
  public, a snake name before a type in SQL.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text, shared_engine

RNG = random.Random(2026_135)


def made_password(joiner: str = "_") -> str:
    """A word, a joiner, then letters and digits mixed (``willow+qwn9vx26``)."""
    return RNG.choice(WORDS) + joiner + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 3) + "9" + \
        random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2) + random_text(RNG, "0123456789", 2)


@pytest.mark.parametrize("template", [
    '{{\n  "camera": {{"model": "lpr-cam-2",\n    "occupancyFeedBearer": "{v}"}}\n}}\n',
    'package config\n\nvar (\n\tZone = 1\n\tResvWebhookSigning = "{v}"\n)\n',
    '<appSettings>\n  <add key="CitationExportHmac" value="{v}" />\n</appSettings>\n',
    "VAR_GLOBAL CONSTANT\n    occupancyFeedBearer : STRING(64) := '{v}';\nEND_VAR\n",
    '<p n="GarageFans3" t="b:Folder">\n  <p n="occupancyFeedBearer" t="b:String" v="{v}"/>\n</p>\n',
    "Incident #54 note: rotated citation_export_hmac; temporary value {v} until the vault sync finishes.\n",
    "[07:14] Jussi: gateway lost its config, I typed yard_inventory_bearer {v} back in, works now\n",
])
def test_a_random_value_under_a_weak_name_is_found(template):
    value = random_text(RNG, B62, 40)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    '<p n="Gate" t="b:Folder">\n  <p n="gateCtrlAdminPw" t="b:String" v="{pw}"/>\n</p>\n',
    "Incident #44 note: rotated citation_db_password; temporary value {pw} until the vault sync finishes.\n",
    "2026-03-08 07:12, Tech Ravi: zone meters need rsu_snmpv3_auth {pw} for the new uplink\n",
    'auth = CommunityData("{pw}", mpModel=1)\n',
    "const c = crypto.createCipher('aes-256-cbc', '{pw}');\n",
    "key = OpenSSL::PKey::RSA.new(File.read('gate.key'), '{pw}')\n",
    'config.authentication(AuthMethod::sql_server("scale_ro", "{pw}"));\n',
    'pyads.add_route_to_plc("192.168.10.5.1.1", "mes-host", "192.168.10.40", "Administrator", "{pw}")\n',
    'AT+CSTT="meters.apn","rsuadmin","{pw}"\r\nOK\r\n',
    'AT+UPSD=0,1,"toll.apn"\r\nAT+UPSD=0,2,"lotops"\r\nAT+UPSD=0,3,"{pw}"\r\n',
    'AT+QICSGP=1,1,"toll.apn","lotops","{pw}",1\r\n',
    "SMS to +358401234567:  fmbadmin {pw} getgps\n",
    "kerbrute passwordspray -d lots.example users.txt {pw}\n",
    "set auth x 0 0 24\r\ngatekeeper {pw}\r\nSTORED\r\n",
    "openRTSP -u svc_lpr {pw} -d 10 rtsp://192.0.2.41/axis-media/media.amp\n",
    "yes '{pw}' | head -n 2 | smbpasswd -s -a scanuser\n",
    "(echo '{pw}'; echo \"$SAME\") | ocpasswd -c /etc/ocserv/passwd rsuadmin\n",
    "$ cat /etc/openvpn/key.pass   # used by --askpass\n{pw}\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = made_password()
    gone(template.format(pw=pw), pw)


def spoken_password() -> str:
    """A capitalized word, a dash and a tail of digits and letters that could be hex (``Cashlane-58dc782``): without the
    word for password before it, a sentence's made password that ends so reads as a word and a commit."""
    return RNG.choice(WORDS).capitalize() + "-" + random_text(RNG, "0123456789", 2) + random_text(RNG, "abcdef", 2) + \
        random_text(RNG, "0123456789", 3)


@pytest.mark.parametrize("template", [
    "Subject: gate controller\n\nPasiwot bilong geit bilong go ausait em {pw} – plis yu no ken salim i go long narapela.\n",
    "[06:46] Rosa: La peraule segrete dal portonat di jessude e je {pw} – no sta mandâle a nissun.\n",
    "[06:42] Ingrid: Anigorfiup matuersaasiata isissutaa {pw} – allanut nassiutiinnaqinagu.\n",
])
def test_a_password_told_in_tok_pisin_friulian_or_kalaallisut_is_found(template):
    pw = spoken_password()
    gone(template.format(pw=pw), pw)


def test_a_password_joined_by_a_plus_is_a_made_one():
    pw = made_password("+")
    gone(f'ks.load(new FileInputStream("yard-client.p12"), "{pw}".toCharArray());\n', pw)


Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"


def z85(raw: bytes) -> str:
    """ZeroMQ's RFC 32: each four bytes, big-endian, as five base-85 digits."""
    out = ""
    for i in range(0, len(raw), 4):
        n = int.from_bytes(raw[i:i + 4], "big")
        out += "".join(Z85[n // 85 ** k % 85] for k in range(4, -1, -1))
    return out


def test_a_short_z85_run_below_its_name_is_found():
    run = ""
    while run.count("]") <= run.count("[") and run.count(")") <= run.count("("):   # (a bracket closed, never opened: not
        run = z85(random_text(RNG, B62, 12).encode())                            # a stated form's value, an encoding's run)
    text = (f"Crew chat - riddle of the day, the kiln PC password written in Z85 (the ZeroMQ Base85 alphabet 0-9 a-z A-Z "
            f".-:+=^!/*?&<>()[]{{}}@%$#), five characters per four UTF-8 bytes:\n{run}\nfirst one to log in gets coffee\n")
    gone(text, run)


def roman(n: int) -> str:
    out = ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def test_character_codes_in_roman_numerals_are_found():
    run = "·".join(roman(ord(c)) for c in made_password())
    gone(f"Whiteboard: the kiln PC password is written as each code point in Roman numerals, separated by middle dots (·):\n{run}\n", run)


def test_bytes_in_mac_like_groups_are_found():
    raw = made_password().encode().hex().upper()
    pairs = [raw[i:i + 2] for i in range(0, len(raw), 2)]
    run = " ".join(":".join(pairs[i:i + 6]) for i in range(0, len(pairs), 6))
    gone(f"The exit-gate admin password, written as the UTF-8 bytes in hex, six per colon-joined group:\n{run}\n(wipe the board)\n", run)


@pytest.mark.parametrize("text", [
    "class IdentityAssertionOAuthProvider(RedirectAwareAuth):\n    pass\n",
    "from mcp.shared._httpx_utils import RedirectAwareAuth, redirect_note\nfrom mcp.shared.auth import JWT_BEARER_GRANT_TYPE\n",
    "[`crypto.createHmac()`]: crypto.md#cryptocreatehmacalgorithm-key-options\n",
    "mapboxgl.accessToken = 'pk.eyJ1IjoiZm9yZXN0In0.a5KIoZE8DvpICeJXKTWMu'; // public pk token, URL-restricted\nVille: yes, that's fine\n",
    "the api_key parameter is required; pass auth_token as the header\n",
    "CREATE TABLE users (id int, api_key varchar2 not null, auth_token text2024abc);\n",
    "set greeting 0 0 5\r\nhello\r\nSTORED\r\n",
])
def test_names_and_places_without_a_secret_are_kept(text):
    kept(text)


def test_a_weak_camel_name_with_a_short_made_value_is_not_taken():
    """Under a weak name the key family asks for 16 random characters: a made password there is left."""
    text = "package config\n\nvar (\n\tZone = 9\n\tRsuSnmpv3Auth = \"Permit_u3259\"\n)\n"
    assert [f for f in shared_engine().scan(text) if f.label == "secret"] == []
