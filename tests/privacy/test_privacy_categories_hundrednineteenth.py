"""Categories read after the hundred-and-nineteenth and hundred-and-twenty-first corpora (satellite ground
segment and space operations; commercial printing, prepress and print on demand) (issue 12, part 67).

- Found: a secret named "cred" (GATEWAY_CRED, var cred, X-Press-Cred, -Cred), a bare "Auth" key and a
  key's "signing" name; a password by its place — WinRAR's glued -p, vault operator unseal, cpdf's
  -encrypt method owner, expect's { send "pw\\r" }, AutoIt's Send("user{TAB}") then Send("pw{ENTER}"),
  pysnmp's UsmUserData(user, key), sentinelsat's SentinelAPI(user, pw), minio-go's NewStaticV4(id, secret),
  CUPS's smb://workgroup/user:pw@host, RANCID's "add password host pw", Prefect's
  String(value=…).save("…_pw"), Node's crypto.pbkdf2Sync('pw', …), vsftpd's user list as cat prints it;
  a word, a joiner and digits around a few letters (vellum.8w131, groundtrack.7icgs84) after the word for
  password, in Shona too (pasiwedhi), and in user:pw@host; a value "here it is" gives as, in or cut into a
  named form.
- Kept: SOPS's ciphertext fields (ENC[AES256_GCM,data:…,iv:…]); Shopify's Storefront API token.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text

RNG = random.Random(2026_119)


def b64(n: int) -> str:
    """``n`` random letters and digits in base64, as SOPS writes its fields."""
    return base64.b64encode(random_text(RNG, B62, n).encode()).decode()


def coded(joiner: str = "_") -> str:
    """A word, a joiner, then digits around a letter (``vellum.8w131``): a policy's digits, no capital, a tail
    too short for a generator's."""
    return RNG.choice(WORDS) + joiner + random_text(RNG, string.digits, 1) + random_text(RNG, "ghkmnpqrstwxyz", 1) + \
        random_text(RNG, string.digits, 3)


@pytest.mark.parametrize("template", [
    'export GATEWAY_CRED="{v}"\n',
    "function pushQuote(q) {{\n  var cred = '{v}';\n}}\n",
    '[[outputs.http]]\n  [outputs.http.headers]\n    X-Press-Cred = "{v}"\n',
    "[Queue_Wide_01]\nDevice=Latex-800\nAuth={v}\n",
    '[vars]\nROUTER_SIGNING = "{v}"\n',
])
def test_a_secret_named_cred_auth_or_signing_is_found(template):
    value = random_text(RNG, B62, 36)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "WinRAR.exe a -p{pw} -ep1 export.rar D:\\export\\\n",
    "vault operator unseal '{pw}'\n",
    'cpdf -encrypt AES256 {pw} "" brochure.pdf -o brochure-enc.pdf\n',
    'expect "login:" {{ send "eo_orders\\r" }}\nexpect "assword:" {{ send "{pw}\\r" }}\n',
    'WinWaitActive("STK Login")\nSend("gsops{{TAB}}")\nSend("{pw}{{ENTER}}")\n',
    "user = UsmUserData('pressmon', '{pw}', authProtocol=usmHMACSHAAuthProtocol)\n",
    "api = SentinelAPI('launch_int', '{pw}', 'https://fds.example.org/dhus')\n",
    'Creds: credentials.NewStaticV4("GSARCHIVE7Q2", "{pw}", ""),\n',
    "<Printer Office-Laser>\nDeviceURI smb://PRINT/frontdesk:{pw}@fs01/laser2\n</Printer>\n",
    "add user mcs01.example.net pass_sched\nadd password mcs01.example.net {pw} $ENABLE_PW\n",
    'from prefect.blocks.system import String\nString(value="{pw}").save("ops_broker_pw", overwrite=True)\n',
    "const key = crypto.pbkdf2Sync('{pw}', salt, 210000, 32, 'sha256');\n",
    "$ cat /etc/vsftpd/virtual_users.txt\nartwork-upload\n{pw}\n$ db_load -T -t hash -f virtual_users.txt virtual_users\n",
    "mysqlsh estimator:{pw}@10.0.2.20:3306 --sql\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = coded()
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("template", [
    "Estimator23: Mhoro Tendai, pasiwedhi yesistimu yekudhinda ndeye {pw} , ndapota usaitumira kune mumwe munhu.\n",
    "Modpas planifikatè estasyon tè a se {pw} , tanpri pa voye l bay pèsonn.\n",
])
def test_a_word_and_a_code_after_the_word_for_password(template):
    pw = coded(".")
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("intro, encode", [
    ("here it is in twips: every value is 20 times a code point, followed by tw, separated by spaces",
     lambda s: " ".join(f"{20 * ord(c)}tw" for c in s)),
    ("here it is as typographic measures: each code point in picas and points (8p11 is 8 x 12 + 11), space-separated",
     lambda s: " ".join(f"{ord(c) // 12}p{ord(c) % 12}" for c in s)),
])
def test_a_value_here_it_is_gives_in_a_named_form_is_found(intro, encode):
    run = encode(random_text(RNG, B62, 24))
    gone(f"Review comment: I did not want to paste it plainly, so {intro}:\n{run}\nPlease move it to the vault.\n", run)


@pytest.mark.parametrize("text", [
    "acu_admin_pw: ENC[AES256_GCM,data:" + b64(18) + ",iv:" + b64(24) + ",tag:" + b64(12) + ",type:str]\n",
    '<div data-storefront-token="' + random_text(RNG, "0123456789abcdef", 32) + '" data-shop="prints.example.com"></div>\n',
])
def test_ciphertext_and_a_storefront_token_are_kept(text):
    kept(text)


@pytest.mark.parametrize("text", [
    "auth: required\ncred: ${{ secrets.GATEWAY_CRED }}\nsigning: enabled\n",
    "the password for db.prod01 is in the vault, ask Kim\n",
])
def test_names_and_references_are_kept(text):
    kept(text)
