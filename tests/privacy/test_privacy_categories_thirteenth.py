"""Categories read after the thirteenth held-out corpus (issue 12, part 13).

- A password by its shape in any language, now also with only an operator for a symbol
  (``Magma+Kelp38``, ``Comet1992=``) where the word cannot read as code, and a generated passphrase
  with one word in capitals (``papaya-INDIGO-garnet183``).
- A random value right after the bare word "key" or "token" ("new token …", "failed with key '…'").
- More encodings that only hide: characters read out one at a time ("small s, digit five"), octal
  bytes as ``od -b`` prints them, UTF-16 code units, every byte quoted-printable, punycode labels,
  Greek and Cyrillic letters that look Latin inside a token, base64 of base64, base85 of zlib, a
  URL path segment that is base64.
- Formats: GitLab SCIM, Defined Networking, ConfigCat SDK, DVC Studio, Lob- and IEX-style hex keys,
  ASP.NET Core's protected auth cookie, Drupal's SSESS cookie, Tezos and Cardano signing keys, a
  PKCS#12 keystore in base64, SSH Communications' key file, WIF keys of other coins, an Azure DevOps
  PAT as a bearer token.
- Syntaxes: ``/PASSWORD:`` flags, ``etcdctl get``/``GET`` of a secret-named key and the value it
  prints, ``name$ =`` and ``name* =``, PL/SQL's ``CONSTANT … :=``; a secret's name and, on its
  line, a quoted random value in whatever syntax (Forth, APDL, a Vite define, a Consul KV export).
- Not secrets: RFC 6749's Basic header example, NIST's AES example key, an antiforgery token, a
  Bazel action cache key, a minisign public key after the word "key".

Every value is made up here (random, in the format's shape); no corpus is read by the tests."""
from __future__ import annotations

import base64
import codecs
import hashlib
import random
import string
import zlib

import pytest

from privacy_support import gone, kept

RNG = random.Random(1313_13)
B62 = string.ascii_letters + string.digits
URL = B62 + "_-"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def rand(n: int, alphabet: str = B62) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


TOKEN = "hbp_" + rand(36)              # a prefix no rule knows: found as a value only
PW = "Qz" + rand(6, string.ascii_lowercase) + "+Vk" + rand(2, string.digits)


@pytest.mark.parametrize("sentence, value", [
    ("Ko te kupuhipa WiFi o te whare ko {v}", PW),
    ("[21:14] me: Modpas WiFi lakay la se {v}, pa bay pèsonn li.", "Cinder" + rand(4, string.digits) + "^"),
    ("Ger-tremen ar WiFi er gêr eo {v}", "Comet" + rand(4, string.digits) + "="),
    ("Server 10.20.3.14, ulanyjy ops, parol {v}", "aspen-COSMO-birch" + rand(3, string.digits)),
    ("jib wifi bimilbeonho {v} ya", "nimbus-JUNIPER-valley" + rand(3, string.digits)),
])
def test_a_password_by_its_shape_with_an_operator_or_as_a_passphrase(sentence, value):
    gone(sentence.format(v=value), value)


@pytest.mark.parametrize("template", [
    "backup: new token {v} for the nightly job", 'panic: authentication failed for Acme key "{v}": 401',
    "PHP Fatal error:  Uncaught Exception: API call failed with key '{v}' in /var/www/lib/Client.php",
    "; upload results with WeatherAPI.com key {v}\nintegrator = md",
])
def test_a_random_value_after_the_bare_word_key_or_token(template):
    value = rand(28) + "7"
    gone(template.format(v=value), value)


def _spell(v: str) -> str:
    names = {"_": "underscore", "-": "dash"}
    digits = "zero one two three four five six seven eight nine".split()
    return ", ".join(f"digit {digits[int(c)]}" if c.isdigit() else names.get(c) or
                     (f"capital {c.lower()}" if c.isupper() else f"small {c}") for c in v)


@pytest.mark.parametrize("template, encode", [
    ("Caller: Sure: {v}.", _spell),
    ("$ od -An -b token.bin\n {v}\n", lambda v: " ".join(f"{b:03o}" for b in v.encode())),
    ("// password as UTF-16 code units\n// {v}\n", lambda v: " ".join(f"{ord(c):04x}" for c in v)),
    ("NOTE;ENCODING=QUOTED-PRINTABLE:{v}\n", lambda v: "".join(f"={b:02X}" for b in v.encode())),
    ("[14:40] eleni: εδώ το κλειδί: {v}", lambda v: v.translate(str.maketrans("AEIKMNOTXY", "ΑΕΙΚΜΝΟΤΧΥ"))),
    ('x = FromBase64String(GetString(FromBase64String("{v}")))',
     lambda v: base64.b64encode(base64.b64encode(v.encode())).decode()),
    ('TOKEN = zlib.decompress(base64.b85decode("{v}")).decode()',
     lambda v: base64.b85encode(zlib.compress(v.encode())).decode()),
])
def test_more_encodings_that_only_hide(template, encode):
    hidden = encode(TOKEN)
    gone(template.format(v=hidden), hidden)


def test_a_url_path_segment_in_base64_is_read_alone():
    hidden = base64.urlsafe_b64encode(("r8_" + rand(37)).encode()).decode().rstrip("=")   # a Replicate token
    gone(f"WEBHOOK=https://relay.example.net/in/{hidden}/v1", hidden)


def test_a_punycode_label_that_carries_a_password():
    label = "xn--" + codecs.encode("Nebula*Zephyrö82", "punycode").decode()
    gone(f"{label}.cfg.example.net. 300 IN TXT \"v=1\"", label)


@pytest.mark.parametrize("value, template", [
    ("glsoat-" + rand(20, URL), "GitLab SCIM → {v}"),
    ("dnkey-" + rand(26, string.ascii_uppercase + string.digits) + "-" + rand(52, string.ascii_uppercase + string.digits),
     'const dn = "{v}"'),
    ("configcat-sdk-1/" + rand(22, URL) + "/" + rand(22, URL), "c_sdk CONSTANT VARCHAR2(200) := '{v}';"),
    ("isat_" + rand(47), "cmdline: uploader.exe /key:{v} /silent"),
    ("live_" + rand(35, HEX), "/control/setenv LOB_API_KEY {v}"),
    ("sk_" + rand(32, HEX), "IEX Cloud: {v}"),
    ("CfDJ8" + rand(150, URL), "{{'name': '.AspNetCore.Cookies', 'value': '{v}'}}"),
    (rand(43, URL), '{{"name": "SSESS' + rand(32, HEX) + '", "value": "{v}"}}'),
    ("edsk" + rand(50, B58), '[ {{ "name": "baker", "value": "unencrypted:{v}" }} ]'),
    ("5820" + rand(64, HEX), '{{\n  "type": "PaymentSigningKeyShelley_ed25519",\n  "cborHex": "{v}"\n}}'),
    ("MIIKWgIBAzCC" + rand(300, B62 + "+/"), "<uploadedKeystoreBytes>{v}</uploadedKeystoreBytes>"),
    ("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"k\"\n" + rand(70, B62 + "+/") +
     "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----", "$ cat ~/.ssh2/id_rsa_2048_a\n{v}\n"),
    (b58check(b"\xb0" + RNG.randbytes(32) + b"\x01"), "PRIVATE (WIF)\n{v}\n"),       # Litecoin
    (b58check(b"\x9e" + RNG.randbytes(32) + b"\x01"), "dumpprivkey D70o3\n\n{v}\n"),  # Dogecoin
    (rand(52, "abcdefghijklmnopqrstuvwxyz234567"), 'curl -H "Authorization: Bearer {v}" https://dev.azure.com/x'),
])
def test_thirteenth_formats(value, template):
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "vpncmd 127.0.0.1:5555 /SERVER /PASSWORD:{v} /CMD HubList",
    "$ etcdctl get /config/worker/vendor_api_token --print-value-only\n{v}\n",
    'redis> GET cfg:api_token\n"{v}"\n',
    'string vendor_key_secret$ = "{v}";', 'const vendorApiKey* = "{v}"',
    "  c_vendor_api_key CONSTANT VARCHAR2(200) := '{v}';",
    # a secret's name, then on its line a quoted value, in a syntax no rule knows
    ': dataverse_api_token  ( -- addr u )  s" {v}" ;', "*SET,CDSAPI_KEY,'{v}'",
    "define: {{ __PAGERDUTY_TOKEN__: JSON.stringify('{v}') }},",
    '[{{"key":"config/worker/mixpanel_sa_secret","flags":0,"value":"{v}"}}]',
])
def test_thirteenth_syntaxes(template):
    value = rand(22) + "9"
    gone(template.format(v=value), value)


def test_a_query_with_dates_is_not_quoted_printable():
    """Found by hypothesis: ``sv=2022…&se=2030…`` read as two encoded spaces made the cleaned view
    decode ``=BE`` in a SAS signature (hidden by a zero-width space) into a character."""
    sig = "BE" + rand(38) + "%3D"
    text = f"https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&se=2030-01-01T00:00:00Z&sig={sig[:20]}\u200b{sig[20:]}"
    gone(text, sig[20:])


@pytest.mark.parametrize("text", [
    "Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\n(example client credentials from RFC 6749)",
    "AES-128 key 2b7e151628aed2a6abf7158809cf4f3c, plaintext 6bc1bee22e409f96e93d7e117393172a",
    '<input type="hidden" name="__RequestVerificationToken" value="CfDJ8' + rand(90, URL) + '" />',
    "INFO: From Action cache key " + rand(64, HEX) + "/154",
    "Verify releases with minisign public key `RW" + rand(54, B62 + "+/") + "`.",
    'assert b64encode(b"hello world") == b"aGVsbG8gd29ybGQ="', "x Int64+int64 y", "name = 'Python+UL4'",
    "[Ji00*Ji00, Ji10*Ji10]", "(companyid=3184&formtypeID=7)", "algorithms such as 'ecdsa-with-SHA256' work",
    "let(:api_key) {{ 'test-api-key-123' }}".replace("{{", "{").replace("}}", "}"),
    "{ _id: ObjectId('ddc7310b9f748b0c7bd67486'), apiKeyId: '7aadb2e4-e0f5-4dc4-8684-f91b06b27d1a' }",
])
def test_thirteenth_lookalikes_not_flagged(text):
    kept(text)
