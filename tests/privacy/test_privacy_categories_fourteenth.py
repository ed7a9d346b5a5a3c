"""Categories read after the fourteenth held-out corpus (issue 12, part 14).

- Formats: Helicone, GitLab feature-flag client, Rootly, FireHydrant, Modrinth, Covalent, Tesla
  Fleet, Amazon Login with Amazon (client secret and refresh token), GrowthBook, eBay cert ids,
  Blockfrost project ids, Stellar secret seeds (their StrKey checksum checked), Roblox's
  .ROBLOSECURITY cookie.
- A site's own login cookie named as a key in any syntax (``{'sessionid': '…'}``, ``sp_dc = "…"``,
  ``LI_AT=…``, a YAML ``SESSDATA:``).
- Syntaxes: a subscript before the ``=`` (MUMPS ``^CFG("api_key")=``), a declaration's initial
  value after its type and modifiers (Progress ABL ``AS CHARACTER NO-UNDO INITIAL "…"``), a SQL
  ``SET ns:name=value``; FreeBSD's ``pw usermod … -h 0`` reading the password piped to it.
- Not secrets: published examples (the Telegram Bot API docs' token, RFC 8037's Ed25519 JWK, the
  Docker mysql image's root password, the MongoDB docs' percent-encoded password — and a decoded
  view's piece of one), ciphertext a password manager or browser keeps (Bitwarden's EncString,
  Firefox's logins.json), an access key's ID beside a masked secret, a header or variable name
  where a value was expected, a date after a password's word.

Every value is made up here (random, in the format's shape); no corpus is read by the tests."""
from __future__ import annotations

import base64
import binascii
import random
import string

import pytest

from actors.privacy.engine import strkey
from privacy_support import gone, kept

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
