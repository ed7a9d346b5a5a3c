"""Categories read after the hundred-and-forty-first and hundred-and-forty-second corpora (church, mosque,
temple and faith-community software; fuel stations, forecourts and car washes) (issue 12, part 74).

- Found: a token under a name that ends in sync_token (LYRICS_SYNC_TOKEN: a service's, not a sync API's
  cursor); a code name, "says" and its value in a chat; passwords by their place — mysqlshow and mysqlslap
  -p<pw>, MPD's pw@host (mpc -h, MPD_HOST), encfs --stdinpass, obs-websocket's obsws://host:port/pw, an
  SSH_ASKPASS helper's echo, htdbm -b, vsftpd's virtual-user file for db_load, NickServ's REGISTER, a SQL*Plus
  script's CONNECT user/pw@db, Milo's UsernameProvider, linphonec's register, Python's hashlib.scrypt, an
  ESP8266's AT+CWSAP and a modem's AT+CFTPSLOGIN; the words for password in Samoan ("upu lilo") and Tajik
  ("рамзи … аст"); Morse with a caret before a capital's code.
- Kept: a sync API's own cursor ({"sync_token": …}), Plaid's link token (made for the browser), an Adyen
  client key in the drop-in's data-client-key attribute.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text

RNG = random.Random(2026_141)
UUID_HEX = "0123456789abcdef"


def made_password() -> str:
    """A word, a joiner, letters and digits (``pagoda_ec57l274``)."""
    return RNG.choice(WORDS) + RNG.choice("._-") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 3) + random_text(RNG, "0123456789", 3)


def uuid() -> str:
    return "-".join(random_text(RNG, UUID_HEX, n) for n in (8, 4, 4, 4, 12))


@pytest.mark.parametrize("template", [
    '#!/bin/sh\nLYRICS_SYNC_TOKEN="lys.{v}.{w}"\nexec ffmpeg -f decklink -i "DeckLink Mini" out.flv\n',
    "[14:03] store0417: fleet_gateway_client_secret says {v}{w}\n",
])
def test_a_named_token_is_found(template):
    v, w = random_text(RNG, B62, 28), random_text(RNG, B62, 10)
    out = gone(template.format(v=v, w=w), v)
    assert w not in out


@pytest.mark.parametrize("template", [
    "mysqlshow -u office -p{pw} parish_db\n",
    "mysqlslap -u bench -p{pw} --concurrency=20 --iterations=3\n",
    "mpc -h {pw}@10.70.0.4 play\n",
    "export MPD_HOST={pw}@10.70.0.4\n",
    "echo {pw} | encfs --stdinpass ~/.crypt ~/records\n",
    "companion: obsws://10.50.0.20:4455/{pw}\n",
    '#!/bin/sh\n# SSH_ASKPASS helper\necho "{pw}"\n',
    "htdbm -bc /etc/apache2/wash_portal.dbm washadmin {pw}\n",
    "printf 'pricefeed\\n{pw}\\n' > /etc/vsftpd/virt.txt && db_load -T -t hash -f /etc/vsftpd/virt.txt /etc/vsftpd/virt.db\n",
    "/msg NickServ REGISTER {pw} ops@station.example.com\n",
    "-- nightly.sql\nCONNECT FLEETRPT/{pw}@ora.example.com/FLEET\n@report_fuel.sql\n",
    'new UsernameProvider("opcua-reader", "{pw}")\n',
    "register sip:kiosk@sip.station.example.com sip.station.example.com {pw}\n",
    "key = hashlib.scrypt(b'{pw}', salt=salt, n=2**14, r=8, p=1)\n",
    'AT+CWSAP="PRICESIGN-07","{pw}",5,3\r\nOK\r\n',
    'AT+CFTPSLOGIN="ftp.supplier.example.com",21,"sign07","{pw}",0\r\n',
    "Talofa Sione, o le upu lilo o le server a le ekalesia o {pw} , faamolemole aua le lafoina i se isi.\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = made_password()
    gone(template.format(pw=pw), pw)


def test_a_password_told_in_tajik_is_found():
    pw = RNG.choice(WORDS) + "." + random_text(RNG, "abcdef", 4) + random_text(RNG, "0123456789", 2)
    gone(f"Рамзи компютери идораи нуқтаи сӯзишворӣ {pw} аст – лутфан онро ба касе нафиристед.\n", pw)


MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
         "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
         "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "_": "..--.-",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
         "8": "---..", "9": "----."}


def test_morse_with_a_caret_for_capitals_is_found():
    secret = random_text(RNG, "abcdefghkmnpqrstuvwxyzABCDEFGHKMNPQRSTUVWXYZ23456789_", 24)
    run = " / ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in secret)
    gone("Sticky note: the giving gateway API key, written in Morse code, characters separated by \" / \", a ^ before "
         f"the code of an upper-case letter, ..--.- for _:\n{run}\nDo not leave this note on the desk.\n", run)


@pytest.mark.parametrize("make", [
    lambda: '{"sync_token": "' + random_text(RNG, B62, 40) + '", "full_sync": true}\n',
    lambda: "Plaid.create({ token: 'link-production-" + uuid() + "' }) // public link token, expires in 4h\n",
    lambda: '<div id="dropin" data-client-key="live_' + random_text(RNG, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32) + '"></div>\n',
])
def test_public_values_and_cursors_are_kept(make):
    kept(make())
