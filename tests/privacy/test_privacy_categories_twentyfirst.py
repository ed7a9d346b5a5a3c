"""Categories read after the twenty-first held-out corpus (issue 12, part 21).

- Hidden: each pair of characters swapped (said in other words), base58 in Flickr's alphabet, a mark
  after every character (``x*o*x*b``), the NATO alphabet with capitals written in capitals and
  ``underscore`` spelled, every key typed one to the left on QWERTY, repeating-key XOR under a key
  with symbols in it (``k3y!``).
- Found: ``tmux set-environment -g K v``, a vendor key given after spaces only (fish's ``set -gx``),
  ``envman add --key K --value v``, JMeter's ``Argument.name`` / ``Argument.value`` elements, Redis's
  ``SET ns:key v``, a note's line that is only the name with the value on the next, a
  ``surveymonkey`` token (a word ending in "key" before "token"), Unleash's ``*:*.<hex>`` tokens, an
  app certificate in ``appSettings``, a short key whose case changes at random (``DwHBmDOkVH``),
  passwords of letters and joiners (``qHCrkGDNly_V``), ``smb://DOMAIN\\;user:pw@``, Bundler's
  ``bundle config set HOST user:pw``, irssi's ``/connect host port pw``, a password of letters in
  both cases in a message (Russian, Croatian), "the code" in Danish, Latin, Serbian in Cyrillic,
  Turkish's "your password", Esperanto's "estas", Persian's "now".
- Kept: DocSearch's search-only key, reCAPTCHA's published test keys, a type's name after "password".

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, in_base, kept, random_text, sample_tokens, shared_engine

RNG = random.Random(2021_21)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)
FLICKR = "123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
NATO = dict(zip(string.ascii_lowercase, "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike "
                                        "november oscar papa quebec romeo sierra tango uniform victor whiskey xray "
                                        "yankee zulu".split()))
DIGITS = "zero one two three four five six seven eight nine".split()
# each key and the one left of it, unshifted and shifted
QWERTY_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
               "~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?")
LEFT_OF = {row[i]: row[i - 1] for row in QWERTY_ROWS for i in range(1, len(row))}


def nato(token: str) -> str:
    words = []
    for c in token:
        if c.isdigit():
            words.append(DIGITS[int(c)])
        elif c.isalpha():
            words.append(NATO[c.lower()].upper() if c.isupper() else NATO[c])
        else:
            words.append({"_": "underscore", "-": "dash"}[c])
    return " ".join(words)


def xor_hex(token: str, key: str) -> str:
    k = key.encode()
    return bytes(b ^ k[i % len(k)] for i, b in enumerate(token.encode())).hex()


def left_typed_token() -> str:
    """A Slack bot token with no key at a row's left edge (q, a, z have nothing left of them)."""
    return "xoxb-" + rand(string.digits, 12) + "-" + rand(string.digits, 13) + "-" + "".join(
        RNG.choice([c for c in B62 if c not in "qazQAZ"]) for _ in range(24))


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "# stored as each pair of characters swapped so grep won't catch it\n# "
              + "".join(t[i + 1] + t[i] if i + 1 < len(t) else t[i] for i in range(0, len(t), 2)) + "\n",
    lambda t: "the token in base58 (Flickr alphabet):\n" + in_base(t, FLICKR) + "\n",
    lambda t: "with a * after every character (drop the stars):\n" + "*".join(t) + "\n",
    lambda t: "NATO alphabet (UPPER word = capital letter):\n" + nato(t) + "\n",
    lambda t: "repeating-key XOR, hex (key: k3y!):\n" + xor_hex(t, "k3y!") + "\n",
], ids=["pairs-swapped", "base58-flickr", "stars-between", "nato-shouted", "xor-symbol-key"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


def test_a_token_typed_one_key_to_the_left_is_found():
    token = left_typed_token()
    text = "every key typed one to the left on QWERTY:\n" + "".join(LEFT_OF[c] for c in token) + "\n"
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "tmux set-environment -g DEPLOY_API_KEY {v}\n",
    "+ envman add --key SMTP_PASSWORD --value '{v}'\n",
    '<stringProp name="Argument.name">DB_PASSWORD</stringProp>\n  <stringProp name="Argument.value">{v}</stringProp>\n',
    "SET config:cloudflare_api_token {v}\n",
    "Work stuff\n\nstaging smtp_password\n{v}\n\n(don't share)\n",
    '(def surveymonkey-token "{v}")\n',
    '<appSettings>\n  <add key="AGORA_APP_CERTIFICATE" value="{v}" />\n</appSettings>\n',
    "bundle config set --global gems.corp.lan gemuser:{v}\n",
    "/connect -tls irc.corp.lan 6697 {v} jdoe\n",
    "gio mount smb://CORP\\;scanner:{v}@nas01.lan/scans\n",
    "dsadd user \"CN=Kiosk,DC=corp,DC=lan\" -samid kiosk07 -pwd {v} -disabled no\n",
])
def test_credentials_by_their_place(template):
    value = rand("0123456789abcdef", 32)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "helm repo add internal https://charts.corp.lan --username deploy --password {v}\n",
    "kubectl create secret docker-registry regcred --docker-username=puller --docker-password={v}\n",
    'proxy_set_header X-Naver-Client-Secret "{v}";\n',
    "Привет, пароль от сервера {v}, логин root, только никому.\n",
    "Bok, lozinka za router je {v}, korisnik admin.\n",
])
def test_a_password_of_letters_in_both_cases_is_found(template):
    # letters only, the case changing where no word's would; a joiner in it for the flags
    value = "".join(RNG.choice(pair) for pair in ("rR", "hH", "lL", "Vv", "yY", "gG", "Xx", "Cc", "Bb", "uU", "tT"))
    value = value[:2] + "Q" + value[2:5] + "w" + value[5:]
    if "password" in template:
        value = value[:6] + "_" + value[6:]
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "Hej mor, koden til det nye net er {v} – med store og små bogstaver.\n",
    "Salve frater, tessera epistularum electronicarum nunc est {v} — cave ne cuiquam dicas.\n",
    "Ћао тата, шифра за вајфај је {v} сада.\n",
    "Selam, e-posta şifren artık {v}, girişte değiştir lütfen.\n",
    "Saluton! La pasvorto de la retpoŝto estas {v}, ŝanĝu ĝin baldaŭ.\n",
    "سلام، رمز مودم رو عوض کردم، الان {v} است.\n",
])
def test_a_password_in_a_message_is_found(template):
    value = rand(string.ascii_uppercase, 2) + rand(string.digits, 1) + rand(string.ascii_lowercase, 3) + \
        rand(string.ascii_uppercase, 1) + rand(string.digits, 1) + rand(string.ascii_lowercase, 3)
    gone(template.format(v=value), value)


def test_vendor_tokens_are_found():
    unleash = "*:*." + rand("0123456789abcdef", 64)
    gone(f'config :app, :unleash_admin_token,\n  key: "{unleash}"\n', unleash)
    storj = "1" + rand("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 180)
    gone(f"set -gx STORJ_ACCESS {storj}\n", storj)


@pytest.mark.parametrize("text", [
    "docsearch({ appId: 'VVBZVNFR4O', apiKey: 'e7f56facbe0d30dfd6fbae5e7ad758d4', indexName: 'acme-docs' });\n",
    "reCAPTCHA v2 automated-test keys (all verifications pass):\nSite key: 6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI\n"
    "Secret key: 6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe\n",
    "the password for OAuth2ClientId is read from the vault\n",
    "пароль от PowerShell модуля не нужен\n",
    "monkey = 'the third one from the left'\n",
    "password = data.aws_secretsmanager_secret_version.db.secret_string\n",
    "if you want the default behavior, pass `anthropic.DEFAULT_MAX_RETRIES`\n",
    '<h3><a name="xsltInitCtxtKeys" id="xsltInitCtxtKeys"></a>Function: xsltInitCtxtKeys</h3>\n',
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    '"Name","URL","Username","Password","Notes"\n"crm-sync","https://billing.example","postgres","{v}",""\n',
    '{{"name":"Office","security":"wpapsk","x_passphrase":"{v}","wpa_mode":"wpa2"}}\n',
    'user "svc_reporting" there with password "{v}" is "svc_reporting" here\n',
    '[0 10.2.2.2:53110] "HELLO" "3" "AUTH" "default" "{v}" "SETNAME" "search-worker"\n',
])
def test_only_the_password_is_found(template):
    """Words joined by a separator beside a password (a column's name, a key, a user, a client's name)
    are not a second one."""
    value = rand(string.ascii_letters, 6) + rand(string.digits, 4) + "@" + rand(string.ascii_letters, 5)
    text = template.format(v=value)
    assert {text[f.start:f.end] for f in shared_engine().scan(text) if f.label == "secret"} == {value}
