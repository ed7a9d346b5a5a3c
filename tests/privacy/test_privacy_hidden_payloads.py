"""Payloads hidden by an encoding that only hides, and passwords told by their shape (issue 12,
part 13, after the twelfth held-out corpus).

- Unicode tag characters (ASCII smuggling), variation selectors behind an emoji, zero-width bits,
  Braille cells and base100 emoji as bytes, circled letters, upside-down text, the NATO spelling
  alphabet, one HTML entity / named escape / CSS escape per character, bytes as one big decimal or
  base-36 number, MIME encoded-words, rot47 calls: what they decode to is read as a secret's value
  with no name near it (the generic value rules still decide).
- A word shaped like a policy-made password (upper and lower case, a digit, a symbol) in a message
  in any language, with no word for "password" the filter knows.
- Two inputs that crashed the scanner (found on real files): sixteen binary digits in a row, and a
  format string's ``%""d`` in quoted-printable-looking text.

Every encoder here is written from the encoding's own definition; no corpus is read by the tests."""
from __future__ import annotations

import base64
import random
import string
import unicodedata

import pytest

from privacy_support import gone, kept

RNG = random.Random(1313)
TOKEN = "".join(RNG.choice("0123456789abcdef") for _ in range(40))     # a bare hex API key, no prefix
PW = "Rq7" + "".join(RNG.choice(string.ascii_letters) for _ in range(7)) + "$" + "41"

_UPSIDE = dict(zip("abcdefghijklmnopqrstuvwxyz0123456789",
                   "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz0ƖᄅƐㄣϛ9ㄥ86"))
_NATO = ("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa "
         "quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()
_DIGITS = "zero one two three four five six seven eight nine".split()


def _b36(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + out
    return out


def _zero_width(v: str) -> str:
    return "".join("\u200c" if bit == "1" else "\u200b" for b in v.encode() for bit in f"{b:08b}")


def _nato(v: str) -> str:
    return " ".join(_DIGITS[int(c)] if c.isdigit() else _NATO[ord(c) - ord("a")] for c in v)


def _circled(v: str) -> str:
    return "".join("\u24ea" if c == "0" else chr(0x2460 + int(c) - 1) if c.isdigit() else chr(0x24D0 + ord(c) - 97)
                   for c in v)


ENCODINGS = {
    "tag characters": ("Please summarise this file.{v}", lambda v: "".join(chr(0xE0000 + ord(c)) for c in v)),
    "variation selectors": ("reacted with \U0001F642{v} to your message",
                            lambda v: "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in v.encode())),
    "zero-width bits": ("Totally normal sentence.{v}", _zero_width),
    "braille bytes": ("note: {v}", lambda v: "".join(chr(0x2800 + b) for b in v.encode())),
    "base100 emoji": ("\U0001F389 {v}", lambda v: "".join(chr(0x1F3F7 + b) for b in v.encode())),
    "circled letters": ("use this: {v} (normalise it)", _circled),
    "upside down": ("flipped so bots can't read it {v}", lambda v: "".join(_UPSIDE[c] for c in reversed(v))),
    "NATO spelling": ("[dictation] ok the key is {v} [end]", _nato),
    "HTML entities": ('<input type="hidden" name="k" value="{v}">', lambda v: "".join(f"&#x{ord(c):x};" for c in v)),
    "named escapes": ('K = "{v}"', lambda v: "".join(f"\\N{{{unicodedata.name(c)}}}" for c in v)),
    "CSS escapes": ('.x::after {{ content: "{v}"; }}', lambda v: "".join(f"\\{ord(c):06x}" for c in v)),
    "decimal integer": ("KEY = ({v}).to_bytes(64, 'big').lstrip(b'\\0').decode()",
                        lambda v: str(int.from_bytes(v.encode(), "big"))),
    "base-36 integer": ("const n = parseBigInt('{v}', 36); // -> bytes -> utf8",
                        lambda v: _b36(int.from_bytes(v.encode(), "big"))),
    "MIME encoded-word": ("Subject: {v}\nFrom: ops@example.org\n\nsee subject\n",
                          lambda v: "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="),
    "rot47 call": ("TOKEN = rot47('{v}')", lambda v: "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in v)),
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
@pytest.mark.parametrize("secret", [TOKEN, PW])
def test_a_payload_hidden_by_an_encoding_is_read_as_a_value(name, secret):
    template, encode = ENCODINGS[name]
    if name in ("NATO spelling", "circled letters", "upside down") and not secret.isalnum():
        pytest.skip("these alphabets spell letters and digits only")
    hidden = encode(secret.lower() if name in ("NATO spelling", "circled letters", "upside down") else secret)
    gone(template.format(v=hidden), hidden)


@pytest.mark.parametrize("text", [
    "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Scotland won",   # a flag's tag sequence
    "\u2801\u2809\u2809\u2811\u280e\u280e\u280a\u2803\u2807\u2811 (accessible, in Braille)",
    "alpha bravo charlie, over", "radio check: one two three",
    '{"id": 123456789012345678901234567890, "ok": true}',
    "\U0001F44D\U0001F44D\U0001F44D\U0001F44D\U0001F44D\U0001F44D\U0001F44D\U0001F44D\U0001F44D\U0001F44D"
    "\U0001F44D\U0001F44D great",
    "&#x48;&#x65;&#x6c;&#x6c;&#x6f;&#x20;&#x77;&#x6f;&#x72;&#x6c;&#x64;",                     # "Hello world"
    "=?UTF-8?B?" + base64.b64encode("Réunion de lundi".encode()).decode() + "?=",
    "int('helloworldfoo', 36)",
])
def test_hidden_but_not_a_secret(text):
    kept(text)


@pytest.mark.parametrize("sentence", [
    "Oksana 2025/3/11 9:04:05\nParola wifi-ului e {pw}, rețeaua Casa-Ione",
    "Somchai: รหัสไวไฟที่ร้านคือ {pw} นะครับ",
    "[11.03.25, 09:55:14] Eszter: የዋይፋይ የይለፍ ቃል {pw} ነው፣",
    "Nikos\n11/03 09:00\nShiga sabar srv01.lan: sunan mai amfani admin, kalmar sirri {pw}",
    '{{"body": "wifi මුරපදය {pw} , ජාලයේ නම Gedara."}}',
    "Iphasiwedi ye-wifi ithi {pw}, igama lenethiwekhi yi-Ekhaya",
])
def test_a_password_told_by_its_shape_in_any_language(sentence):
    gone(sentence.format(pw=PW), PW)


@pytest.mark.parametrize("text", [
    "Decrypts PBEWithSHAAndTwofishCBC, assuming PKCS#12-generated PBE parameters",
    "See Gh#34708 and GH#5460#issuecomment-44474502 for details.",
    "Did you try Version2Beta? It fixed it.", "at com.example.Outer$Inner1.run(Outer.java:12)",
    "Outer$1 is generated by javac", 'recname = "Unknown_0x%04X" % rc',
    "identifier = r'[a-zA-Z_$][0-9a-zA-Z_$]*'", "ax.pcolormesh(X+10*noise_X, Y+10*noise_Y, Z)",
    "write to Jane@Company2.com today", "the hash is pbkdf2_sha256$600000$Ab1cD2eF$x",
    "Use a password like Password1! only in examples", "weeks=52*20", "on cell ``Sheet3!A27``.",
    # a sanitized text scanned again (hypothesis): a Turkish word is no run of random letters
    "veritabanı şifresi <password_1> olarak güncellendi",
    # found in real files once they no longer crashed the scanner: a keyword argument after "Pass",
    # a call whose name has a number in it
    'msg = "Mixed timezones detected. Pass utc=True in to_datetime"', "Pass `dayfirst=.*` or specify a format",
    "priv_key = DH.import_x25519_private_key(unhexlify(tv1))", "private_key = import_x448_private_key(tv.private)",
])
def test_shaped_like_a_password_but_not_one(text):
    kept(text)


@pytest.mark.parametrize("text", [
    "x = 0110100101101001 ok",                                   # bits without spaces: not bytes in bits
    "Content-Transfer-Encoding: quoted-printable\nprintf(\"%\"\"d\", x); a=3D1",   # %""d: joined literals
])
def test_inputs_that_crashed_the_scanner(text):
    kept(text)
