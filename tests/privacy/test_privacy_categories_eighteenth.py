"""Categories read after the eighteenth held-out corpus (issue 12, part 18).

- Hidden: base64 under an alphabet the text gives, bytes shifted by a constant (found, not read),
  Cloudflare's e-mail protection, a Dvorak typist's keys on QWERTY, every other character, a one-time
  pad printed beside its ciphertext, swapped pairs, a rail fence of five rails, SMS's 7-bit characters
  packed in octets (with the PDU's length byte or without), an array of 32-bit words, one character a line.
- Found: a Terraform plan's env diff (``+ name = …`` / ``+ value = …``), an Android manifest's meta-data,
  a header as a name/value pair (ClickHouse, n8n), Subversion's credential cache, ``mysqlsh --uri
  user:pw@host``, EMQX's, netdom's, certutil's and samba-tool's passwords, an Agora app certificate, build
  and deploy hooks (Tines, Vercel, Netlify), a Roblox security cookie, Deno Deploy and PromptLayer keys.
- Not secrets: BIP-32's test vector, the Bitcoin wiki's WIF example, the Cosmos DB emulator's key,
  Symfony's default secret, the SQL Server image docs' password, an encrypted data bag's IV, an EAP
  method's name, a template's ``#variable#``.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import base64
import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, random_text, sample_tokens

RNG = random.Random(1818_18)
HEX = "0123456789abcdef"
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)
_STD = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"


def custom_base64(token: str) -> str:
    alphabet = "".join(RNG.sample(_STD, 64))
    body = base64.b64encode(token.encode()).decode()
    return f"base64 with custom alphabet {alphabet}\ndata: {body.translate(str.maketrans(_STD, alphabet))}\n"


def cfemail(token: str) -> str:
    key = RNG.randrange(1, 256)
    return ('<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="'
            + f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in token) + '">[email&#160;protected]</a>\n')


_QWERTY_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,./-=QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?_+"
_DVORAK_KEYS = "',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz[]\"<>PYFGCRL?+AOEUIDHTNS_:QJKXBMWVZ{}"


# 3GPP TS 23.038's default alphabet, by septet (0x1B, the escape, as a space: no token holds it)
_GSM = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")


def gsm7(text: str, length_byte: bool) -> str:
    """Septets packed into octets, low bits first."""
    value = sum(_GSM.index(c) << (7 * i) for i, c in enumerate(text))
    packed = value.to_bytes((7 * len(text) + 7) // 8, "little")
    return ((bytes([len(text)]) if length_byte else b"") + packed).hex().upper()


def pad_pair(token: str) -> str:
    pad = RNG.randbytes(len(token))
    cipher = bytes(a ^ b for a, b in zip(token.encode(), pad))
    return f"ciphertext: {cipher.hex()}\npad: {pad.hex()}\n(xor them to get the key)\n"


def rail_fence(text: str, rails: int) -> str:
    rows, row, step = [[] for _ in range(rails)], 0, 1
    for c in text:
        rows[row].append(c)
        step = 1 if row == 0 else -1 if row == rails - 1 else step
        row += step
    return "".join("".join(r) for r in rows)


def words32(token: str) -> str:
    data = token.encode() + b"\0" * (-len(token) % 4)
    words = [int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4)]
    return f"const w = new Uint32Array([{', '.join(map(str, words))}]); // little-endian words, trailing NULs\n"


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    custom_base64,
    cfemail,
    lambda t: "strings are stored +{} per byte (hex): {}\n".format(
        k := RNG.randrange(40, 200), "".join(f"{(ord(c) + k) % 256:02x}" for c in t)),
    lambda t: "sorry my layout was switched to qwerty while typing in dvorak, the key was: {}\n".format(
        t.translate(str.maketrans(_DVORAK_KEYS, _QWERTY_KEYS))),
    lambda t: "read every 2nd char starting from the first: {}\n".format(
        "".join(c + RNG.choice(B62) for c in t)),
    pad_pair,
    lambda t: "swap each pair of chars: {}\n".format(
        "".join(t[i + 1] + t[i] for i in range(0, len(t) - 1, 2)) + (t[-1] if len(t) % 2 else "")),
    lambda t: "read it zig-zag over 5 rails: {}\n".format(rail_fence(t, 5)),
    lambda t: "TP-UDL+UD (GSM 7-bit packed): {}\n".format(gsm7(t, True)),
    lambda t: "AT+CMGR=3\n+CMGR: 1,,40\nUD={}\nOK\n".format(gsm7(t, False)),
    words32,
    lambda t: "[10:02] sending the key one char per line\n" + "\n".join(t) + "\n[10:03] done\n",
], ids=["custom-base64", "cfemail", "byte-shift", "dvorak-on-qwerty", "every-other", "one-time-pad",
        "pair-swap", "rail-fence-5", "gsm7-pdu", "gsm7-modem", "uint32-words", "one-char-lines"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


def _secret(n: int = 16) -> str:
    return rand(string.ascii_letters, n - 5) + rand(string.digits, 4) + "."


@pytest.mark.parametrize("template", [
    '  + {{\n      + name  = "SMTP_PASSWORD"\n      + value = "{v}"\n    }},\n',
    '<meta-data\n    android:name="com.contoso.jwt_secret"\n    android:value="{v}" />\n',
    "<headers>\n  <header><name>Authorization</name><value>{v}</value></header>\n</headers>\n",
    '"data": {{\n  "name": "Authorization",\n  "value": "{v}"\n}}\n',
    "K 8\npassword\nV {n}\n{v}\nK 15\nsvn:realmstring\nV 30\n<https://svn.example:443> SVN\nEND\n",
    "$ mysqlsh --uri clusteradmin:{v}@mysql-a.internal:3306 -- cluster status\n",
    "$ ./bin/emqx ctl admins passwd admin {v}\nok\n",
    "netdom join %COMPUTERNAME% /domain:corp.example /userd:CORP\\joiner /passwordd:{v} /reboot:10\n",
    "certutil -f -p {v} -importPFX My C:\\certs\\wildcard.pfx\n",
    "samba-tool user create jdoe {v} --given-name=Jane --surname=Doe\n",
])
def test_credentials_by_their_place(template):
    value = _secret()
    gone(template.format(v=value, n=len(value)), value)


@pytest.mark.parametrize("text, value", [
    ("AGORA_APP_CERTIFICATE: {}\n", rand(HEX, 32)),
    ('tines-webhook-url = "https://acme.tines.com/webhook/' + rand(HEX, 32) + '/{}"\n', rand(HEX, 32)),
    ('VERCEL_DEPLOY_HOOK="https://api.vercel.com/v1/integrations/deploy/prj_' + rand(B62, 28) + '/{}"\n', rand(B62, 10)),
    ("build_hook: 'https://api.netlify.com/build_hooks/{}'\n", rand(HEX, 24)),
    ('(setq roblosecurity "{}")\n', "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-"
                                    "to-steal-your-ROBUX-and-items.|_" + rand(HEX.upper(), 300)),
    ("deno deploy token {}\n", "ddp_" + rand(B62, 36)),
    ("promptlayer: {}\n", "pl_" + rand(HEX, 32)),
    ('{{"github-oauth": {{"github.com": "{}"}}}}\n', "github_pat_" + rand(B62, 24) + "_" + rand(B62, 60)),
])
def test_vendor_formats_are_found(text, value):
    gone(text.format(value), value)


@pytest.mark.parametrize("text", [
    "BIP-32 Test vector 1, seed 000102030405060708090a0b0c0d0e0f\nChain m\n  ext prv: xprv9s21ZrQH143K3QTDL4LXw2F7HE"
    "K3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi\n",
    "Wallet import format, example key 0C28FCA386C7A227600B2FE50B7CAE11EC86D3BF1FBE471BE89827E19D72AA1D:\n"
    "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ\n",
    "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8"
    "mGGyPMbIZnqyMsEcaGQy67XIw/Jw==\n",
    "parameters:\n    secret: ThisTokenIsNotSoSecretChangeIt\n",
    'sqlcmd -S localhost -U sa -P "<YourStrong@Passw0rd>"\n',
    '"password": {\n  "encrypted_data": "' + base64.b64encode(RNG.randbytes(48)).decode() + '",\n  "iv": "'
    + base64.b64encode(RNG.randbytes(12)).decode() + '",\n  "cipher": "aes-256-gcm"\n}\n',
    "[wifi-security]\nkey-mgmt=wpa-eap\n[802-1x]\neap=peap;\nphase2-auth=mschapv2\n",
    '<cfhttpparam type="header" name="Authorization" value="Bearer #application.assemblyaiApiKey#">\n',
])
def test_published_values_and_names_are_kept(text):
    kept(text)
