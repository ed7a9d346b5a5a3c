"""Categories read after the hundred-and-fourth and hundred-and-fifth corpora (physical security and
building-access integrators; sports, fitness apps and wearables developers) (issue 12, part 62).

- Found: a secret as a command-line flag's or a settings read's default (argparse's
  add_argument("--token", default=…), django-environ's env("K", default=…)); a password by its place
  among a call's arguments — Python's pbkdf2_hmac(hash, pw, …), Ruby's Net::FTP.open(host, user, pw),
  an ESP32's WiFiMulti.addAP(ssid, pw), digest-fetch's new DigestFetch(user, pw) and Rust's
  DigestAuth::new(user, pw), a JSON-RPC or XML-RPC login's second parameter; Bundler's credentials for
  a source given as a URL; SQL*Plus's "SQL> CONN user/pw@…"; an askpass script's bare "echo pw";
  PagerDuty's Event Orchestration routing keys (R0 and 30 hex digits) wherever they stand, and a
  PagerDuty name inside a longer one (ZM_PD_ROUTING_KEY); Swift's String(decoding: [bytes], as:
  UTF8.self); the word for password in Malagasy (tenimiafin'ny), Corsican (parolla d'accessu, given by
  hè) and Bambara (gundo daɲɛ).
- Kept: an askpass script that echoes a variable; an AMQP routing key; SQL*Plus connecting with a
  wallet (CONN /@alias).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import gone, kept, random_text, word_password

RNG = random.Random(2026_104)
HEX = "0123456789abcdef"


@pytest.mark.parametrize("template", [
    'parser.add_argument("--api-token", default="{pw}", help="the club portal token")\n',
    'STRAVA_CLIENT_SECRET = env("STRAVA_CLIENT_SECRET", default="{pw}")\n',
    'dk = hashlib.pbkdf2_hmac("sha256", b"{pw}", salt, 600_000)\n',
    'Net::FTP.open("timing.example.net", "results", "{pw}") do |ftp| ftp.list end\n',
    'wifiMulti.addAP("Gatehouse-IoT", "{pw}");\n',
    "const client = new DigestFetch('admin', '{pw}', {{ algorithm: 'MD5' }});\n",
    'let auth = DigestAuth::new("nvr-admin", "{pw}");\n',
    '--> {{"jsonrpc":"2.0","id":7,"method":"login","params":["svc_sync","{pw}"]}}\n',
    "<methodCall><methodName>login</methodName><params><param><value><string>svc</string></value></param>"
    "<param><value><string>{pw}</string></value></param></params></methodCall>\n",
    "$ bundle config https://gems.example.org ops:{pw}\n",
    "SQL> CONN results_app/{pw}@//db.example.net:1521/RACES\nConnected.\n",
    "#!/bin/sh\n# ~/bin/nvr-askpass\necho {pw}\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = word_password(RNG)
    gone(template.format(pw=pw), pw)


# (a lower-case word, a dot, a few letters and digits: a shape no older rule takes for a made password)
@pytest.mark.parametrize("text", [
    "Ny tenimiafin'ny server fandrefesana fotoana dia cadence.obrtz48 , aza omena olona azafady.\n",
    "A parolla d'accessu di u servitore di cronometru hè lactate.wpzr36 , ùn la date à nimu.\n",
    "Waati sɛriwɛri gundo daɲɛ ye interval.qkv59 ye, i kana a di mɔgɔ si ma.\n",
])
def test_the_word_for_password_in_three_more_languages(text):
    value = text.split(" , ")[0].split(" ye,")[0].split()[-1]
    gone(text, value)


@pytest.mark.parametrize("template, make", [
    ("ZM_PD_ROUTING_KEY={t}\n", lambda r: random_text(r, string.ascii_letters + string.digits, 32)),
    ("| VMS bldg 4 | alerts | {t} |\n", lambda r: "R0" + random_text(r, HEX, 30)),
    ("print(String(decoding: {t}, as: UTF8.self))\n", None),
])
def test_a_key_is_found(template, make):
    if make is None:                     # Swift: a password's bytes, in decimal (the bytes must go)
        codes = ", ".join(str(ord(c)) for c in word_password(RNG))
        gone(template.format(t=f"[{codes}]"), codes)
        return
    token = make(RNG)
    gone(template.format(t=token), token)


@pytest.mark.parametrize("text", [
    "#!/bin/sh\n# ~/bin/nvr-askpass\necho \"$NVR_PASSWORD\"\n",
    "channel.basic_publish(exchange='events', routing_key='orders.created.eu-west', body=payload)\n",
    "SQL> CONN /@RACES_WALLET\nConnected.\n",
])
def test_a_variable_a_queue_key_or_a_wallet_login_is_kept(text):
    kept(text)
