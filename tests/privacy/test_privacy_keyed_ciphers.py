"""Values hidden with a key the text states, or cut and re-coded so no scanner sees them whole, read
after the seventeenth held-out corpus (issue 12, part 18).

- A cipher named in the text with its key beside it: Vigenère, autokey, Beaufort, affine, Caesar,
  rail fence, columnar transposition, RC4, XTEA, repeating-key XOR. What comes out is read strictly:
  only a format that names itself counts (a wrong key's random text is no secret).
- Quoted pieces in a row that the code joins again: a YAML list, SQL rows, an array, ``+``-joined literals.
- PHP's ``chr(…).chr(…)``, hex with each byte's halves swapped, a token typed with the hands one key
  to the right (where the text says so), a token with an unknown vendor prefix written as hex.
- Not secrets: a cipher exercise's ciphertext, lists of dates, locales and versions, a checksum
  named "xor", a hash.

Every encoder here is written from the cipher's own definition (the encrypting direction); no corpus
is read by the tests."""
from __future__ import annotations

import random
import string
import struct
from functools import partial

import pytest

from privacy_support import B62, gone, kept, random_text, sample_tokens

RNG = random.Random(1818)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


def _shift(c: str, k: int) -> str:
    if c.isascii() and c.isalpha():
        base = ord("a") if c.islower() else ord("A")
        return chr(base + (ord(c) - base + k) % 26)
    return c


def vigenere(text: str, key: str) -> str:
    out, i = [], 0
    for c in text:
        if c.isascii() and c.isalpha():
            out.append(_shift(c, ord(key[i % len(key)].lower()) - ord("a")))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def autokey(text: str, primer: str) -> str:
    stream = [ord(c) - ord("a") for c in primer.lower()]
    stream += [ord(c.lower()) - ord("a") for c in text if c.isascii() and c.isalpha()]
    out, i = [], 0
    for c in text:
        if c.isascii() and c.isalpha():
            out.append(_shift(c, stream[i]))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def beaufort(text: str, key: str) -> str:
    out, i = [], 0
    for c in text:
        if c.isascii() and c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr(base + (ord(key[i % len(key)].lower()) - ord("a") - (ord(c) - base)) % 26))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def affine(text: str, a: int, b: int) -> str:
    def letter(c: str) -> str:
        if not (c.isascii() and c.isalpha()):
            return c
        base = ord("a") if c.islower() else ord("A")
        return chr(base + (a * (ord(c) - base) + b) % 26)
    return "".join(letter(c) for c in text)


def rail_fence(text: str, rails: int) -> str:
    rows = [[] for _ in range(rails)]
    row, step = 0, 1
    for c in text:
        rows[row].append(c)
        if row == 0:
            step = 1
        elif row == rails - 1:
            step = -1
        row += step
    return "".join("".join(r) for r in rows)


def columnar(text: str, key: str) -> str:
    order = sorted(range(len(key)), key=lambda j: (key[j], j))
    return "".join(text[j::len(key)] for j in order)


def rc4(data: bytes, key: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def xtea_encrypt(data: bytes, key: bytes) -> bytes:
    """Needham and Wheeler's XTEA, 32 cycles, ECB, big-endian; zero padding to 8 bytes."""
    k = struct.unpack(">4I", key.ljust(16, b"\0"))
    data = data + b"\0" * (-len(data) % 8)
    out = bytearray()
    for at in range(0, len(data), 8):
        v0, v1 = struct.unpack(">2I", data[at:at + 8])
        total = 0
        for _ in range(32):
            v0 = (v0 + ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (total + k[total & 3]))) & 0xFFFFFFFF
            total = (total + 0x9E3779B9) & 0xFFFFFFFF
            v1 = (v1 + ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (total + k[(total >> 11) & 3]))) & 0xFFFFFFFF
        out += struct.pack(">2I", v0, v1)
    return bytes(out)


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "Keyword for the Vigenère square: quokka\nCipher: {}\n".format(vigenere(t, "quokka")),
    lambda t: "AUTOKEY – primer word: cobalt\n{}\n(digits and symbols unchanged)\n".format(autokey(t, "cobalt")),
    lambda t: "beaufort, key 'harbour':\n  {}\n".format(beaufort(t, "harbour")),
    lambda t: "## stage 2\naffine cipher, a,b = 25,17 (only letters are enciphered)\n{}\n".format(affine(t, 25, 17)),
    lambda t: 'API_KEY = caesar("{}", -3)\n'.format("".join(_shift(c, 3) for c in t)),
    lambda t: "Rail fence (3): {}\n".format(rail_fence(t, 3)),
    lambda t: "Transposition card — key word: KESTREL\n{}\n".format(columnar(t, "KESTREL")),
    lambda t: "[config]\nrc4_key=winter2025\nblob={}\n".format(rc4(t.encode(), b"winter2025").hex()),
    lambda t: '; device.cfg – credential XTEA/ECB, key "dev1ce-k3y-2024" (zero padded)\ncred={}\n'.format(
        xtea_encrypt(t.encode(), b"dev1ce-k3y-2024").hex()),
    lambda t: "KEY = xor(bytes.fromhex('{}'), b'lantern').decode()\n".format(
        bytes(b ^ b"lantern"[i % 7] for i, b in enumerate(t.encode())).hex()),
], ids=["vigenere", "autokey", "beaufort", "affine", "caesar", "rail-fence", "columnar", "rc4", "xtea", "xor"])
def test_a_token_enciphered_with_a_stated_key_is_read(make, token):
    text = make(token)
    assert gone(text) != text


def _pieces(token: str, size: int) -> list[str]:
    return [token[i:i + size] for i in range(0, len(token), size)]


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda p: "upstream:\n  # joined at runtime\n  token_parts:\n{}\n  timeout: 20\n".format(
        "\n".join(f'  - "{x}"' for x in p)),
    lambda p: "INSERT INTO settings_chunks (seq, chunk) VALUES\n{};\n".format(
        ",\n".join(f"  ({i + 1}, '{x}')" for i, x in enumerate(p))),
    lambda p: "const parts = [{}];\nconst key = parts.join('');\n".format(", ".join(f'"{x}"' for x in p)),
    lambda p: "token = {}\n".format(" + ".join(f"'{x}'" for x in p)),
], ids=["yaml-list", "sql-rows", "array", "concatenation"])
def test_quoted_pieces_in_a_row_are_joined(make, token):
    pieces = _pieces(token, 8)
    gone(make(pieces), *pieces[1:-1])


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "<?php\n$k = {};\n".format(".".join(f"chr({ord(c)})" for c in t)),
    lambda t: 'static const char *blob = "{}";\n/* each byte stored nibble-swapped */\n'.format(
        "".join(f"{ord(c):02x}"[::-1] for c in t)),
], ids=["php-chr", "nibble-swapped"])
def test_a_token_in_character_codes_or_swapped_hex_is_found(make, token):
    text = make(token)
    assert gone(text) != text


# each key of a US keyboard and the one right of it, plain and with shift
_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
         "~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?")
_RIGHT = str.maketrans("".join(r[:-1] for r in _ROWS), "".join(r[1:] for r in _ROWS))


@pytest.mark.parametrize("token", TOKENS)
def test_a_token_typed_one_key_to_the_right_is_found(token):
    text = f"ana: argh my hands were one key to the right, it's: {token.translate(_RIGHT)}\ndmitri: lol\n"
    assert gone(text) != text


def test_a_token_with_an_unknown_prefix_written_as_hex_is_read_as_a_value():
    token = "aio_" + rand(B62, 28)
    colon_hex = ":".join(f"{ord(c):02x}" for c in token)
    gone(f"    Token (hex):\n        {colon_hex}\n", colon_hex)


@pytest.mark.parametrize("text", [
    "Vigenère exercise from chapter 2: key LEMON, ciphertext LXFOPVEFRNHR, decrypt it by hand.\n",
    "Rail fence (2) example: WECRLTEERDSOEEFEAOCAIVDEN\n",
    'df = pd.DataFrame(\n    {\n        "Unnamed: 0": ["-04-23", "-05-06", "-05-07"],\n        "Date": [\n',
    'LOCALES = ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT"]\n',
    'python:\n  - "3.10"\n  - "3.11"\n  - "3.12"\n  - "3.13"\n',
    "the frame checksum is the xor of the payload bytes: 0a1b2c3d4e5f60718293a4b5c6d7e8f9\n",
    "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n",
])
def test_what_only_looks_enciphered_is_kept(text):
    kept(text)
