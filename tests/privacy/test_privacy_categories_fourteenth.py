"""Categories read after the fourteenth held-out corpus (issue 12, part 14).

- Formats: Helicone, GitLab feature-flag client, Rootly, FireHydrant, Modrinth, Covalent, Tesla
  Fleet, Amazon Login with Amazon (client secret and refresh token), GrowthBook, eBay cert ids,
  Blockfrost project ids, Stellar secret seeds (their StrKey checksum checked), Roblox's
  .ROBLOSECURITY cookie.
- A site's own login cookie named as a key in any syntax (``{'sessionid': '…'}``, ``sp_dc = "…"``,
  ``LI_AT=…``, a YAML ``SESSDATA:``).
- Any vendor's token made the way GitHub's are (a short prefix, 30 base62 characters, their CRC32
  in six more): the checksum tells it, whatever the prefix.
- Syntaxes: a subscript before the ``=`` (MUMPS ``^CFG("api_key")=``), a parameter's
  ``defaultValue`` (ARM), WiX's ``<Property Id=… Value=…/>``, XWiki's ``|NAME|{{{v}}}``, a TOML table
  named for the secret with its ``default =`` (starship), an array's ``[]`` (C's
  ``char kToken[] = "…"``), a name for a file's text (``token_txt``), a declaration's initial value
  after its type and modifiers (Progress ABL ``AS CHARACTER NO-UNDO INITIAL "…"``), a SQL
  ``SET ns:name=value``; FreeBSD's ``pw usermod … -h 0`` reading the password piped to it.
- More encodings that only hide: a byte array's hex (``xxd -i``) or numbers (Java's signed bytes),
  Morse, regional-indicator letters, uuencode, bzip2 in base64, Adobe's ASCII85.
- Not secrets: published examples (the Telegram Bot API docs' token, RFC 8037's Ed25519 JWK, the
  Docker mysql image's root password, the MongoDB docs' percent-encoded password — and a decoded
  view's piece of one), ciphertext a password manager or browser keeps (Bitwarden's EncString,
  Firefox's logins.json), an access key's ID beside a masked secret, a header or variable name
  where a value was expected, a date after a password's word.

Every value is made up here (random, in the format's shape); no corpus is read by the tests."""
from __future__ import annotations

import base64
import binascii
import bz2
import random
import string
import zlib

import pytest

from actors.privacy.engine import strkey
from privacy_support import decoding_peak_bytes, gone, kept

RNG = random.Random(1414_14)
B62 = string.ascii_letters + string.digits
URL = B62 + "_-"
HEX = "0123456789abcdef"
LOW = string.ascii_lowercase + string.digits


def rand(n: int, alphabet: str = B62) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def stellar_seed(payload: bytes | None = None, *, good: bool = True) -> str:
    body = bytes([18 << 3]) + (payload or RNG.randbytes(32))
    crc = binascii.crc_hqx(body, 0) ^ (0 if good else 1)
    return base64.b32encode(body + crc.to_bytes(2, "little")).decode()


@pytest.mark.parametrize("value, template", [
    ("sk-helicone-" + "-".join(rand(7, LOW) for _ in range(4)), "define(`HELICONE_KEY', `{v}')dnl"),
    ("glffct-" + rand(20, URL), "nssm set agent AppEnvironmentExtra UNLEASH_INSTANCE_ID={v}"),
    ("rootly_" + rand(64, HEX), "Property 'app.rootly' resolved from [application.yml] value '{v}'"),
    ("fhb-" + rand(32, HEX), "Parameters:\n  Hydrant:\n    Type: String\n    Default: {v}\n"),
    ("mrp_" + rand(60), "* Publishing: {v}"),
    ("cqt_" + rand(30, LOW), "got the goldrush one: {v}"),
    ("ta-secret." + rand(16), "fleet.client = {v}"),
    ("amzn1.oa2-cs.v1." + rand(64, HEX), "lwa = '{v}'"),
    ("Atzr|IwEB" + rand(120, URL), '{{"refresh": "{v}"}}'),
    ("secret_admin_" + rand(40), "  default: {v}"),
    ("PRD-" + rand(12, HEX) + "-" + "-".join(rand(4, HEX) for _ in range(4)), "cert {v} in the log"),
    ("mainnet" + rand(32), 'PROJECT = "{v}"'),
    (stellar_seed(), "Secret seed: {v}"),
    ("_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you.|_" + rand(200, "0123456789ABCDEF"),
     '{{"cookie":"{v}"}}'),
])
def test_formats_told_by_their_shape(value, template):
    gone(template.format(v=value), value)


def test_a_stellar_seed_is_told_by_its_checksum():
    assert strkey.stellar_seed(stellar_seed())
    assert not strkey.stellar_seed(stellar_seed(good=False))
    kept(f"ids: {stellar_seed(good=False)}")


@pytest.mark.parametrize("template", [
    "{{'csrftoken': 'x', 'ds_user_id': '9352429480', 'sessionid': '{v}'}}",
    '[spotify]\nsp_dc = "{v}"\nbitrate = 320',
    "LI_AT={v}\n",
    "cookie:\n  SESSDATA: {v}\n",
    '[{{"name":"i_like_gitea","value":"{v}"}}]',
])
def test_a_login_cookie_named_as_a_key(template):
    value = rand(10, string.digits) + "%3A" + rand(40, URL)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    ' SET ^CFG("vendor_api_key")="{v}"\n QUIT',
    'DEFINE VARIABLE cVendorAuthKey AS CHARACTER NO-UNDO INITIAL "{v}".',
    "SET hivevar:vendor_api_key={v};",
    '{{"parameters": {{"vendorSecret": {{ "type": "string", "defaultValue": "{v}" }}}}}}',
    '<Property Id="VENDOR_PRIVATE_KEY" Value="{v}" />',
    "<content>|=Name|=Value\n|VENDOR_SERVER_TOKEN|{{{{{{{v}}}}}}}</content>",
    '[env_var.VENDOR_ACCESS_TOKEN]\nformat = "[$env_value]($style) "\ndefault = "{v}"\n',
])
def test_syntaxes(template):
    value = rand(8, HEX) + "-" + rand(4, HEX) + "-4" + rand(3, HEX) + "-a" + rand(3, HEX) + "-" + rand(12, HEX) + ":fx"
    gone(template.format(v=value), value)


def test_a_password_piped_to_freebsd_pw():
    value = "Gecko" + rand(6, string.ascii_lowercase) + "88!"
    gone(f"#!/bin/sh\necho '{value}' | pw usermod root -h 0\n", value)


@pytest.mark.parametrize("text", [
    "The token looks something like 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
    '{"kty":"OKP","crv":"Ed25519",\n "d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",\n "x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}',
    "$ docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:tag",
    "mongodb://myDBReader:D1fficultP%40ssw0rd@mongodb0.example.com:27017/?authSource=admin",
])
def test_published_examples(text):
    kept(text)


def test_ciphertext_a_password_manager_or_browser_keeps():
    b64 = lambda n: base64.b64encode(RNG.randbytes(n)).decode()   # noqa: E731
    kept('{"login": {"username": "2.%s|%s|%s", "password": "2.%s|%s|%s"}}'
         % (b64(16), b64(32), b64(32), b64(16), b64(48), b64(32)))
    nss = "MEIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA" + base64.b64encode(RNG.randbytes(30)).decode()
    kept('{"hostname": "https://example.com", "encryptedPassword": "%s"}' % nss)


@pytest.mark.parametrize("text", [
    "Access key ID: " + rand(20, string.ascii_uppercase + string.digits) + "\nSecret access key: ****************\n",
    "API Connector > Shared headers\nKey: X-VendorflowApiKey\nValue: {{token}}\n",
    '{"content": "wifi ko password ho", "originalarrivaltime": "2025-05-26 15:35"}',
])
def test_not_secrets(text):
    kept(text)


def checksummed(prefix: str, *, good: bool = True) -> str:
    body = rand(30)
    n, check = zlib.crc32(body.encode()) ^ (0 if good else 1), ""
    while n:
        n, r = divmod(n, 62)
        check = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[r] + check   # GitHub's order
    return prefix + body + check.rjust(6, "0")


def test_a_token_told_by_its_checksum_whatever_its_prefix():
    value = checksummed("nbp_")
    gone(f"new one: {value}", value)
    kept(f"new one: {checksummed('nbp_', good=False)}")


@pytest.mark.parametrize("template", ['static const char kToken[] = "{v}";', "token_txt = {v}\n"])
def test_an_array_or_a_file_named_for_a_secret(template):
    value = "key_" + rand(27)
    gone(template.format(v=value), value)


_MORSE = dict(zip("abcdefghijklmnopqrstuvwxyz0123456789_-", (
    ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. "
    "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. ..--.- -....-").split()))


def _regional(v: str) -> str:
    return "".join(chr(0x1F1E6 + ord(c) - 97) if c.isalpha() else c + "\ufe0f\u20e3" if c.isdigit() else c for c in v)


def _uu(v: str) -> str:
    return "begin 644 token.txt\n" + binascii.b2a_uu(v.encode()).decode() + "`\nend\n"


LOWER_TOKEN = "sk-helicone-" + "-".join(rand(7, LOW) for _ in range(4))


@pytest.mark.parametrize("template, encode", [
    ("$ xxd -i token.txt\nunsigned char token_txt[] = {{\n  {v}\n}};", lambda v: ", ".join(f"0x{b:02x}" for b in v.encode())),
    ("String K = new String(new byte[]{{{v}}}, UTF_8);", lambda v: ", ".join(str(b if b < 128 else b - 256) for b in v.encode())),
    ("de OH2XYZ: key follows in cw\n{v}\n73", lambda v: " ".join(_MORSE[c] for c in v)),
    ("key is {v} lol", _regional),
    ("uudecode -o /dev/stdout <<'EOF'\n{v}EOF", _uu),
    ("TOKEN=$(echo {v} | base64 -d | bunzip2)", lambda v: base64.b64encode(bz2.compress(v.encode())).decode()),
    ("/apikey {v} cvx exec def", lambda v: base64.a85encode(v.encode(), adobe=True).decode()),
])
def test_more_encodings_that_only_hide(template, encode):
    hidden = encode(LOWER_TOKEN)
    gone(template.format(v=hidden), hidden)


def test_a_key_of_many_lines_in_a_byte_array():
    """Found by hypothesis: the PEM's line breaks had made the decoded bytes "not printable"."""
    key = ("-----BEGIN OpenVPN Static key V1-----\n"
           + "\n".join(rand(32, "0123456789abcdef") for _ in range(16)) + "\n-----END OpenVPN Static key V1-----")
    hidden = "{ " + ", ".join(f"0x{b:02x}" for b in key.encode()) + " }"
    gone(f"<tls-crypt>\n{hidden}\n</tls-crypt>", hidden)


def test_a_bzip2_bomb_is_read_only_as_far_as_a_run_goes():
    """A few KB of bzip2 that expand to 20 MB: the decoder reads at most one run's worth of it."""
    bomb = base64.b64encode(bz2.compress(b"A" * 20_000_000)).decode()
    assert decoding_peak_bytes("bzip2_base64", bomb) < 4_000_000
