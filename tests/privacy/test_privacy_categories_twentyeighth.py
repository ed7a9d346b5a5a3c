"""Categories read after the twenty-eighth held-out corpus (issue 12, part 28).

- Hidden: bytes as three-digit decimal codes run together (``088113066…``); a token with its letters'
  case swapped, or every byte bit-inverted, where the text says so; PowerShell's ``-join [char[]](…)``;
  base64 "then written backwards".
- Found: a value below its name in a Markdown code block, or after a naming sentence that ends with a
  full stop; a Markdown table row whose cell names the secret and the next cell holds it; a
  debugger's print (``(dlv) print cfg.JwtSecret`` then the value), jshell's ``$1 ==> "v"``; nginx's
  ``fastcgi_param NAME v``; Faraday's ``{ 'Authorization' => 'AccessKey v' }``; ``security import
  -P``, ``mcrcon -p``, ``caddy hash-password --plaintext``, ``slappasswd -s``, ``transmission-remote
  -n``, ``deluge-console connect``; Ruby's ``basic_auth``, Go's ``SetBasicAuth``, OkHttp's
  ``Credentials.basic``; a password given to a hashing call (``Hash::make``) or echoed into a password
  file; a password for a network before a comma; Sorbian, Faroese and romanised Korean words for
  password; "vid" is no "id"; an SVN auth cache inside a JSON string.
- Kept: a test-only fixture (``cucumber-test-only-15``), GraphQL's ``password: String!``, RFC 2617's
  digest example; below a line naming a key: "Not a secret" blocks, a CSV header, a MIME boundary, a
  URL, a shell prompt.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import random
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_28)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "as three-digit decimal byte codes run together:\n" + "".join(f"{b:03d}" for b in t.encode()) + "\n",
    lambda t: "the token, with upper and lower case swapped:\n" + t.swapcase() + "\n",
    lambda t: "with every byte bit-inverted (NOT), shown as hex:\n" + bytes(255 - b for b in t.encode()).hex() + "\n",
    lambda t: "$k = -join [char[]](" + ",".join(str(b) for b in t.encode()) + ")\n",
], ids=["decimal-triplets", "case-swapped", "bit-not-hex", "powershell-char-join"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "Lab notebook: for the staging rig I keep the API token, enciphered with the primer COBALT.\n\n{v}\n\nRemember.\n",
    "Lab notebook: the JWT signing secret, as you asked:\n```\n{v}\n```\nRemember to rotate it.\n",
    "| item | value |\n|---|---|\n| Twilio auth token (written backwards) | {v} |\n",
    "(dlv) print cfg.JwtSecret\n\"{v}\"\n(dlv) continue\n",
    "location ~ \\.php$ {{\n    fastcgi_param JWT_SECRET {v};\n}}\n",
    "conn = Faraday.new(url: 'https://api.example', headers: {{ 'Authorization' => 'AccessKey {v}' }})\n",
])
def test_a_key_in_these_forms_is_found(template):
    value = rand(B62, 40)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'jshell> System.getenv("DB_PASSWORD")\n$1 ==> "{v}"\n',
    "Lab notebook: I keep the prod DB password here:\n```\n{v}\n```\n",
    "| item | value |\n|---|---|\n| wifi password | `{v}` |\n",
    "$ security import dev-cert.p12 -k ~/Library/Keychains/login.keychain-db -P {v}\n",
    '$ mcrcon -H nas.home.example -p {v} "whitelist add steve"\n',
    "$ caddy hash-password --plaintext {v}\n",
    "$ slappasswd -s {v}\n",
    "$ transmission-remote 10.20.3.14:9091 -n ops:{v} -l\n",
    '$ deluge-console "connect bastion.example:58846 mrossi {v}; info"\n',
    "req.basic_auth 'etl', '{v}'\n",
    'req.SetBasicAuth("appuser", "{v}")\n',
    'val credential = Credentials.basic("svc_app", "{v}")\n',
    ">>> Hash::make('{v}')\n",
    "$ echo '{v}' > ~/.vault_pass.txt\n",
    '"Ing password ning wifi {v}, e me ibie king aliwa."\n',
    "Witaj, hesło za NAS je {v}, njedaj jo nikomu.\n",
    "Hey, loyniorðið til routaran er {v}, gev tað ikki víðari.\n",
    "ya imeil biminbeonho {v} iya, amuhantedo allyeojujima.\n",
    "Pryvit, parol vid bazy danykh {v}, nikomu ne kazhy.\n",
])
def test_a_password_by_its_place_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    'Scenario: login works\n  Given I sign in as "qa-user" with password "cucumber-test-only-15"\n',
    "input LoginInput {\n  email: String!\n  password: String!\n  newPassword: String!\n}\n",
    'RFC 2617 digest example (user Mufasa, password Circle Of Life): response="6629fae49393a05397450978507c4ef1"\n',
    "| item | value |\n|---|---|\n| token count | 1200 |\n",
    "Not a secret, just for context:\n\n```\nasset,device,imei\nPH-102,Pixel 8,638597624103454\n```\n",
    "Not a secret, just for context:\n\n```\n--b1_c9e29983f42b\nContent-Type: application/pdf\n```\n",
    "the image token is below:\nhttps://res.cloudinary.com/acme/image/upload/c_fill,w_320/v1650552364/products/seuogncys94x.jpg\n",
    "Action items: rotate the leaked CI token, move deploy keys to OIDC.\nivo@ci-runner-9.northwind.dev:~$ \n",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)


def test_an_svn_auth_cache_in_a_json_string_is_read():
    """hypothesis found it: the cache's K/V lines start inside a JSON string, not at a line's start
    (its password full-width, as \\uff.. escapes); missed on a7a1de8 too."""
    value = made_password(RNG)
    wide = "".join(f"\\u{ord(c) + 0xFEE0:04x}" if "!" <= c <= "~" else c for c in value)
    out = gone('{"cmd": "K 8\\npassword\\nV 12\\n' + wide + '\\nK 15\\nsvn:realmstring\\nV 9\\n<https://x>\\nEND"}\n')
    assert wide not in out
