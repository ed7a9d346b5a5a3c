"""Categories read after the twenty-second held-out corpus (issue 12, part 22).

- Hidden: base58 in Ripple's alphabet, base64 in bcrypt's alphabet, a Gronsfeld cipher (digits for a
  key), a substitution alphabet built from a keyword, Lua's decimal escapes, LZMA-alone compressed
  then base85, the Porta cipher, a token spelled out with bare digit words, Trithemius's progressive
  shift (letters only, from 0), U+ code points.
- Found: Bamboo's "Substituting variable: ${bamboo.K} with v", a note's name and value in sibling
  ``<div>``s ("Datadog API key"), a chat's question for a key answered by the key alone, Envoy's
  ``key: "key"`` / ``value:`` header, Zig's ``: []const u8 =``, a long key of lower-case letters
  alone, ``gsql -W``, ``redis-benchmark -a``, a password echoed into a password file or into
  ``elasticsearch-keystore add``, ``netdom /PasswordD:``, ``vmrun -gp``, CVS's ``:pserver:user:pw@``,
  raspi-config's Wi-Fi passphrase, an OpenVPN ``auth.txt``, HexChat's servlist, ``sqlmap
  --auth-cred``, ``kubectl --from-literal=password=``, a Honeycomb key of 60 characters, passwords
  named after the value (Irish, Scottish Gaelic, Manx) and in Luxembourgish, Yiddish and Maori.
- Kept: an ALTCHA challenge, a CodeBuild log's ``[Container] <time>``, a Wi-Fi network's name.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import base64
import lzma
import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, in_base, kept, random_text, sample_tokens, shared_engine

RNG = random.Random(2022_22)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)
RIPPLE = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
STD_B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
BCRYPT_B64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
DIGIT_WORDS = "zero one two three four five six seven eight nine".split()


def shift(c: str, k: int) -> str:
    if c.isascii() and c.isalpha():
        base = 97 if c.islower() else 65
        return chr((ord(c) - base + k) % 26 + base)
    return c


def gronsfeld(token: str, key: str) -> str:
    out, i = [], 0
    for c in token:
        out.append(shift(c, int(key[i % len(key)])) if c.isascii() and c.isalpha() else c)
        i += c.isascii() and c.isalpha()
    return "".join(out)


def keyword_alphabet(token: str, word: str) -> str:
    alphabet = "".join(dict.fromkeys(word + string.ascii_lowercase))
    return token.translate(str.maketrans(string.ascii_lowercase + string.ascii_uppercase, alphabet + alphabet.upper()))


def porta(token: str, key: str) -> str:
    """The Porta tableau: key letters A/B give row 0 (a↔n), C/D row 1 (a↔z), … — the same both ways."""
    out, i = [], 0
    for c in token:
        if not (c.isascii() and c.isalpha()):
            out.append(c)
            continue
        k, p, base = (ord(key[i % len(key)]) - 97) // 2, ord(c.lower()) - 97, 97 if c.islower() else 65
        out.append(chr(base + (13 + (p - k) % 13 if p < 13 else (p - 13 + k) % 13)))
        i += 1
    return "".join(out)


def trithemius(token: str) -> str:
    out, n = [], 0
    for c in token:
        if c.isascii() and c.isalpha():
            out.append(shift(c, n))
            n += 1
        else:
            out.append(c)
    return "".join(out)


def spelled(token: str) -> str:
    def word(c: str) -> str:
        if c.isdigit():
            return DIGIT_WORDS[int(c)]
        if c.isalpha():
            return ("capital " if c.isupper() else "small ") + c.lower()
        return {"_": "underscore", "-": "dash"}[c]
    return ", ".join(map(word, token))


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "the token as a big integer in base58 with the Ripple alphabet:\n" + in_base(t, RIPPLE) + "\n",
    lambda t: "base64 but with the bcrypt alphabet (./A-Za-z0-9, no padding):\n" + base64.b64encode(
        t.encode()).decode().rstrip("=").translate(str.maketrans(STD_B64, BCRYPT_B64)) + "\n",
    lambda t: "enciphered with a Gronsfeld cipher, key 23453:\n" + gronsfeld(t, "23453") + "\n",
    lambda t: "run through a keyword substitution alphabet built from the word quince:\n"
              + keyword_alphabet(t, "quince") + "\n",
    lambda t: "as a Lua string of decimal escapes:\n\"" + "".join(f"\\{ord(c)}" for c in t) + "\"\n",
    lambda t: "compressed with legacy .lzma (LZMA-alone) and then base85 encoded:\n" + base64.b85encode(
        lzma.compress(t.encode(), format=lzma.FORMAT_ALONE)).decode() + "\n",
    lambda t: "encrypted with the Porta cipher using the key thistle:\n" + porta(t, "thistle") + "\n",
    lambda t: "spelled out character by character with capitals marked: " + spelled(t) + "\n",
    lambda t: "Trithemius progressive shift (first letter +0, next +1, and so on):\n" + trithemius(t) + "\n",
    lambda t: "as Unicode U+ code points:\n" + " ".join(f"U+{ord(c):04X}" for c in t) + "\n",
], ids=["base58-ripple", "base64-bcrypt", "gronsfeld", "keyword-alphabet", "lua-decimal", "lzma-alone-base85",
        "porta", "spelled-digits", "trithemius", "code-points"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "build\t2024-10-15T04:15:17Z\tSubstituting variable: ${{bamboo.smtp_password}} with {v}\n",
    "<en-note><div>Datadog API key</div><div>{v}</div></en-note>\n",
    'request_headers_to_add:\n- header:\n    key: "key"\n    value: "{v}"\n',
    'pub const appveyor_api_token: []const u8 = "{v}";\n',
    "gsql -d inventory -h db01.corp.example -p 5432 -U deploy -W {v} -c \"\\dt\"\n",
    "redis-benchmark -h cache.example -p 6379 -a {v} -t set,get -q\n",
    "echo '{v}' > ~/.vault_pass.txt && chmod 600 ~/.vault_pass.txt\n",
    "echo '{v}' | bin/elasticsearch-keystore add -x bootstrap.password\n",
    "netdom join %COMPUTERNAME% /domain:corp.example /UserD:CORP\\deploy /PasswordD:{v} /reboot:10\n",
    "vmrun -T ws -gu etl -gp {v} runProgramInGuest \"D:\\VMs\\build01.vmx\" /usr/bin/make\n",
    "cvs -d :pserver:deploy:{v}@cvs.corp.example:/var/lib/cvsroot checkout orders\n",
    "sudo raspi-config nonint do_wifi_ssid_passphrase FRITZ!Box 7590 KQ {v}\n",
    "# /etc/openvpn/client/auth.txt\nbackup\n{v}\n",
    "N=Libera\nI=backup\nP={v}\nS=irc.libera.chat/6697\n",
    "sqlmap -u \"https://app.example/report?id=1\" --auth-type=Basic --auth-cred=\"appuser:{v}\" --batch\n",
    "kubectl create secret generic crm-db --from-literal=username=etl --from-literal=password={v} -n crm\n",
])
def test_credentials_by_their_place(template):
    value = rand(string.ascii_letters, 8) + rand(string.digits, 3) + rand(string.ascii_letters, 5)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "Moghrey mie! She {v} yn fockle-follit son y wifi.\n",
    "Dia duit! Is é {v} an pasfhocal don ríomhphost nua.\n",
    "Halò! 'S e {v} am facal-faire airson a' wifi.\n",
    "Moien! D'Passwuert fir de Server ass {v}, de Benotzer ass backup.\n",
    "שלום! דאָס פּאַראָל פֿאַר דעם וויפֿי איז {v}\n",
    "Kia ora! Ko te kupuhipa mō te tūmau ko {v}, ko backup te ingoa kaiwhakamahi.\n",
])
def test_a_password_in_a_message_is_found(template):
    value = rand(string.ascii_uppercase, 3) + rand(string.digits, 1) + rand(string.ascii_lowercase, 2) + \
        rand(string.ascii_uppercase, 2) + rand(string.ascii_lowercase, 1) + rand(string.ascii_uppercase, 1)
    gone(template.format(v=value), value)


def test_a_key_pasted_when_asked_is_found():
    key = rand(B62 + "/+", 40)
    gone(f"08:56:24\t From Lee to Everyone:\n\tcan someone paste the AWS secret key?\n"
         f"08:56:30\t From Dana to Everyone:\n\t{key}\n", key)


def test_long_keys_of_one_case_are_found():
    siliconflow = "sk-" + rand(string.ascii_lowercase, 48)
    gone(f'[<Literal>]\nlet SiliconflowApiKey = "{siliconflow}"\n', siliconflow)
    honeycomb = "hcaik_01" + rand(string.ascii_lowercase + string.digits, 58)
    gone(f'header = "X-Honeycomb-Team: {honeycomb}"\n', honeycomb)



def test_a_key_beside_an_altcha_challenge_is_still_found():
    """Only the challenge's own salt, signature and challenge are public, not a key in the same object."""
    key = rand(B62, 24)
    gone(f'{{"hmacKey": "{key}", "maxnumber": 100000, "challenge": "abc"}}\n', key)


@pytest.mark.parametrize("text", [
    '{"algorithm": "SHA-256", "challenge": "148483980462deb63f8e578f462dda09906de0b020b01516503fee8210d5055a", '
    '"maxnumber": 100000, "salt": "27b78bc8b6738bc529250259", '
    '"signature": "bc06cc29c21954e30497822fbce33e4f8e7c323c4deb7416330535cc32a7d7c9"}\n',
    "[Container] 2024-03-21T08:30:18Z Running command npm ci\n[Container] 2024-03-21T08:31:02Z Phase complete\n",
    'headers:\n  - key: "Content-Type"\n    value: "application/json-patch+json-v2"\n',
    "api_key = \"my_database_connection_string_name_v\"\n",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    "sudo raspi-config nonint do_wifi_ssid_passphrase FRITZ!Box 7590 KQ {v}\n",
    '{{"messages": [{{"text": "Moi! Wifin salasana on {v}, verkon nimi on HomeNet_5G.", "topic_id": "uw9oaJkNCXs"}}]}}\n',
])
def test_only_the_password_is_found(template):
    """A network's name before the password, a chat's topic id after it: not passwords."""
    value = rand(string.ascii_lowercase, 4) + rand(string.digits, 2) + rand(string.ascii_uppercase, 4) + "-" + \
        rand(B62, 3)
    text = template.format(v=value)
    assert {text[f.start:f.end] for f in shared_engine().scan(text) if f.label == "secret"} == {value}
