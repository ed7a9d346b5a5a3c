"""A value enciphered with a key the text states beside it ("Keyword: quokka", ``rc4_key=winter2025``,
"XTEA/ECB, key "dev1ce-k3y-2024"", "affine cipher, a,b = 25,17", "Rail fence (2)"): a cipher whose key
is in the text protects nothing, nor does a one-time pad printed beside its ciphertext. Where a
cipher is named, every run near the name is deciphered with every word, quoted string and number near
it as the key (and, for the ciphers with few keys — Caesar, affine, rail fence — with all of them).
Transforms a text names with no key ("read every 2nd char", "swap each pair", ROT18, a shift by each
character's position) are undone the same way; a substitution alphabet the text gives is a key too.

A wrong key gives random text, and random text is what a generic value rule would take for a secret,
so the decoder reads what comes out strictly: only a format that names itself (a vendor's prefix, a
checksum) counts. Pure functions; ``decryptions`` is what the decoder calls.
"""
from __future__ import annotations

import base64
import binascii
import itertools
import re
import string
import struct

from . import bytekeys
from .views import ROT13

# the names that say a cipher was used, and which of the ciphers below each one tries
NAMES = {"vigenère": ("vigenere", "autokey", "beaufort"), "vigenere": ("vigenere", "autokey", "beaufort"),
         "autokey": ("autokey",), "beaufort": ("beaufort",), "affine": ("affine",), "caesar": ("caesar",),
         "rot-n": ("caesar",), "shift cipher": ("caesar",), "xtea": ("xtea",), "rc4": ("rc4",), "arc4": ("rc4",),
         "arcfour": ("rc4",), "columnar": ("columnar",), "transposition": ("columnar",),
         "rail fence": ("rail_fence",), "rail-fence": ("rail_fence",), "railfence": ("rail_fence",),
         "zigzag": ("rail_fence",), "zig-zag": ("rail_fence",), "xor": ("xor", "pad"),
         # a one-time pad printed beside its ciphertext
         "one-time pad": ("pad",), "one time pad": ("pad",), "otp": ("pad",), "pad:": ("pad",),
         # transforms the text names, with no key
         "every 2nd": ("every_other",), "every second": ("every_other",), "every other": ("every_other",),
         "odd positions": ("every_other",), "alternate char": ("every_other",),
         "swap each pair": ("pair_swap",), "pairs swapped": ("pair_swap",), "swapped pairs": ("pair_swap",),
         "swap every two": ("pair_swap",), "each pair swapped": ("pair_swap",),
         "pair of characters swapped": ("pair_swap",), "pairs of characters swapped": ("pair_swap",),
         "adjacent characters swapped": ("pair_swap",),
         "rot18": ("rot18",), "rot-18": ("rot18",), "rot 18": ("rot18",),
         "progressive": ("progressive",), "position n": ("progressive",), "by its position": ("progressive",),
         "substitution": ("substitution",), "monoalphabetic": ("substitution",),
         # (names that are phrases: "keyword" and "substitution" stand in code, "porta" in "important")
         "keyword substitution": ("keyword",), "keyword alphabet": ("keyword",), "keyword cipher": ("keyword",),
         "keyed alphabet": ("keyword",), "gronsfeld": ("gronsfeld",), "porta cipher": ("porta", "porta_back"),
         "porta tableau": ("porta", "porta_back"), "della porta": ("porta", "porta_back"),
         "trithemius": ("progressive",), "tabula recta": ("progressive",),
         "character code": ("code_shift",), "char code": ("code_shift",), "minus one": ("code_shift",),
         "one code point": ("code_shift",), "code point down": ("code_shift",), "code point up": ("code_shift",),
         "plus one": ("code_shift",), "halves": ("interleave",), "even positions": ("every_other", "interleave"),
         "scytale": ("scytale",), "typed twice": ("undouble",), "character twice": ("undouble",),
         "characters twice": ("undouble",), "doubled": ("undouble",),
         "after every": ("unfill",), "before every": ("unfill",), "drop every": ("unfill",),
         "neighbouring characters swapped": ("pair_swap",), "neighboring characters swapped": ("pair_swap",),
         "halves swapped": ("halves_swap",), "second half first": ("halves_swap",),
         "then reversed": ("reversed_base64",), "reversed base64": ("reversed_base64",),
         "bits of every byte mirrored": ("bit_reverse",), "bit-reversed": ("bit_reverse",), "bits reversed": ("bit_reverse",),
         "gray-coded": ("gray",), "gray code": ("gray",), "code points shifted": ("list_shift",),
         "list of code points": ("list_shift",), "added to its bytes": ("byte_add",), "mod 256": ("byte_add",),
         "then the odd": ("unsplit",), "even positions first": ("unsplit",),
         "reverse block order": ("blocks_reversed",), "blocks in reverse": ("blocks_reversed",),
         "case swapped": ("swapcase",), "case inverted": ("swapcase",), "swapped case": ("swapcase",),
         "inverted case": ("swapcase",), "caps lock": ("swapcase",), "opposite case": ("swapcase",),
         "bit-inverted": ("bit_not",), "bitwise not": ("bit_not",),
         "bits inverted": ("bit_not",), "inverted bits": ("bit_not",), "then written backwards": ("reversed_base64",),
         "acrostic": ("acrostic",), "first letter of every word": ("acrostic",), "first letter of each word": ("acrostic",),
         "first character of every word": ("acrostic",), "first character of each word": ("acrostic",)}

_RUN = re.compile(r"[A-Za-z0-9_\-.~+/=]{16,200}")             # what a letter cipher leaves
_PRINTABLE_RUN = re.compile(r"[!-~]{16,200}")
_LONG_RUN = re.compile(r"[A-Za-z0-9_\-.~+/=]{32,800}")        # a token with every character twice
_ALL_HEX = re.compile(r"[0-9a-fA-F]+")
_NUMBER_LIST = re.compile(r"\[(?:[ \t]*[0-9]{1,3}[ \t]*,){15,400}[ \t]*[0-9]{1,3}[ \t]*\]")
# a line of words alone (digits and marks stand as themselves): an acrostic's, read by first characters
_WORD_LINE = re.compile(r"^[ \t]*(?:(?:[A-Za-z]{2,}|[0-9_.\-])[ \t]+){7,}(?:[A-Za-z]{2,}|[0-9_.\-])[ \t]*$", re.M)
_HALF = re.compile(r"[A-Za-z0-9_\-.~+/=]{8,200}")                # half a token
_HEX = re.compile(r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{2}){8,200}(?![0-9A-Za-z])")
_KEY = re.compile(r"""(?<=["'`])[^"'`\r\n]{1,32}(?=["'`])|[A-Za-z0-9][A-Za-z0-9_\-]{0,31}""")
# a key the text states, symbols and all ("(key: k3y!)"): the words above would cut it at the "!"
_STATED_KEY = re.compile(r"""(?i:\bkey)[ \t]*(?:[:=]|(?i:is))[ \t]*([^\s"'`]{1,32}?)[)\].,;:]*(?:\s|$)""")
MAX_KEYS = 40          # candidate keys per window
MAX_RUNS = 8           # runs deciphered per window
# what a deciphered byte run must be written with: a token's characters, and a separator or padding
_TOKENISH = frozenset(map(chr, bytekeys.TOKENISH)) | frozenset("=:~")


def _shift(c: str, k: int) -> str:
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c


def _letters_key(key: str) -> list[int] | None:
    shifts = [ord(c) - 97 for c in key.lower() if "a" <= c <= "z"]
    return shifts if len(shifts) >= 3 and len(shifts) == len(key) else None


def _by_letter(run: str, key: str, letter) -> str | None:
    """``letter(c, shift)`` for each ASCII letter of ``run``, the key's next shift each time (the key
    advances on letters only); other characters stay. The shifts may grow as they are used
    (autokey's stream): ``letter`` gets the list."""
    shifts = _letters_key(key)
    if shifts is None:
        return None
    out, i = [], 0
    for c in run:
        if c.isascii() and c.isalpha():
            out.append(letter(c, shifts, i))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def vigenere(run: str, key: str) -> str | None:
    return _by_letter(run, key, lambda c, shifts, i: _shift(c, -shifts[i % len(shifts)]))


def gronsfeld(run: str, key: str) -> str | None:
    """Vigenère whose key is digits (each the shift of its letter)."""
    return vigenere(run, "".join(chr(97 + int(d)) for d in key)) if key.isdigit() else None


def _porta(run: str, key: str, sign: int) -> str | None:
    """Porta's reciprocal tableaux: a key letter's pair (A/B, C/D, …) shifts one half of the alphabet
    against the other; enciphering and deciphering are the same (the shift's direction varies by source)."""
    def letter(c: str, shifts: list[int], i: int) -> str:
        base, p, k = (97 if c.islower() else 65), ord(c.lower()) - 97, shifts[i % len(shifts)] // 2
        return chr(base + ((p + sign * k) % 13 + 13 if p < 13 else (p - 13 - sign * k) % 13))
    return _by_letter(run, key, letter)


def beaufort(run: str, key: str) -> str | None:
    def letter(c: str, shifts: list[int], i: int) -> str:
        base = 97 if c.islower() else 65
        return chr((shifts[i % len(shifts)] - (ord(c) - base)) % 26 + base)
    return _by_letter(run, key, letter)


def autokey(run: str, key: str) -> str | None:
    def letter(c: str, stream: list[int], i: int) -> str:   # the primer, then the plain text's letters
        p = _shift(c, -stream[i])
        stream.append(ord(p.lower()) - 97)
        return p
    return _by_letter(run, key, letter)


def caesar_all(run: str) -> list[str]:
    return ["".join(_shift(c, -k) for c in run) for k in range(1, 26)]


def affine_all(run: str) -> list[str]:
    """Every key (a coprime to 26, any b): x = a⁻¹·(y − b) mod 26, case kept."""
    def letter(c: str, inverse: int, b: int) -> str:
        if not (c.isascii() and c.isalpha()):
            return c
        base = 97 if c.islower() else 65
        return chr(base + inverse * (ord(c) - base - b) % 26)
    return ["".join(letter(c, pow(a, -1, 26), b) for c in run)
            for a in (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25) for b in range(26)]


def rail_fence_all(run: str) -> list[str]:
    out = []
    for rails in range(2, 7):
        if rails >= len(run):
            break
        pattern = sorted(range(len(run)), key=lambda i: (_rail(i, rails), i))
        plain = [""] * len(run)
        for c, i in zip(run, pattern):
            plain[i] = c
        out.append("".join(plain))
    return out


def _rail(i: int, rails: int) -> int:
    cycle = 2 * (rails - 1)
    r = i % cycle
    return r if r < rails else cycle - r


def columnar(run: str, key: str) -> str | None:
    """Written in rows under the key, read off column by column in the key's alphabetical order."""
    if len(key) < 3 or not key.isalpha():
        return None
    cols, n = len(key), len(run)
    rows, extra = divmod(n, cols)
    order = sorted(range(cols), key=lambda j: (key[j].lower(), j))
    lengths = [rows + (1 if j < extra else 0) for j in range(cols)]
    columns, at = {}, 0
    for j in order:
        columns[j] = run[at:at + lengths[j]]
        at += lengths[j]
    return "".join(columns[j][r] for r in range(rows + 1) for j in range(cols) if r < len(columns[j]))


def scytale_all(run: str) -> list[str]:
    """Wound around a rod of n turns: the text read off in n strips of every n-th character (the
    text says n; all are tried), put back."""
    out = []
    for turns in range(2, 13):
        if turns * 2 > len(run):
            break
        size, extra = divmod(len(run), turns)
        strips, at = [], 0
        for j in range(turns):
            strips.append(run[at:at + size + (j < extra)])
            at += size + (j < extra)
        out.append("".join(s[i] for i in range(size + 1) for s in strips if i < len(s)))
    return out


def halves_swap_all(run: str) -> list[str]:
    """Its two halves swapped: put back (an odd length is cut either side of the middle)."""
    return list(dict.fromkeys(run[k:] + run[:k] for k in (len(run) // 2, (len(run) + 1) // 2)))


def reversed_base64_all(run: str) -> list[str]:
    """Base64 written backwards: what it decodes to once turned round."""
    back = run[::-1]
    try:
        text = _text(base64.b64decode(back + "=" * (-len(back) % 4), validate=True))
    except (ValueError, binascii.Error):
        return []
    return [text] if text else []


_MIRRORED = bytes(int(f"{b:08b}"[::-1], 2) for b in range(256))
_UNGRAY = bytes(next(x for x in range(256) if x ^ (x >> 1) == g) for g in range(256))


def weave(evens: str, odds: str) -> str:
    """The characters at even positions and those at odd ones, put back in turn."""
    return "".join(x + y for x, y in zip(evens, odds)) + evens[len(odds):]


def unsplit_all(run: str) -> list[str]:
    """The characters at even positions, then those at odd ones: woven back."""
    half = (len(run) + 1) // 2
    return [weave(run[:half], run[half:])]


def blocks_reversed_all(run: str) -> list[str]:
    """Cut into blocks of n (2 to 8) written in reverse order: put back (the last block may be short)."""
    out = []
    for n in range(2, 9):
        blocks = [run[i:i + n] for i in range(0, len(run), n)]
        out.append("".join(reversed(blocks)))
        if len(run) % n:       # the short block written first
            head = len(run) % n
            out.append("".join(reversed([run[:head]] + [run[i:i + n] for i in range(head, len(run), n)])))
    return out


def undouble_all(run: str) -> list[str]:
    """Every character typed twice (``sskk__lliivvee``): once."""
    return [run[::2]] if len(run) % 2 == 0 and all(run[i] == run[i + 1] for i in range(0, len(run), 2)) else []


def unfill_all(run: str) -> list[str]:
    """One filler character after (or before) every real one (``d#d#a#3#``): the real ones."""
    return [real for filler, real in ((run[1::2], run[::2]), (run[::2], run[1::2])) if len(set(filler)) == 1 and real.count(filler[0]) == 0]


def every_other_all(run: str) -> list[str]:
    return [run[::2], run[1::2]]


def pair_swap_all(run: str) -> list[str]:
    swapped = "".join(run[i + 1] + run[i] for i in range(0, len(run) - 1, 2))
    return [swapped + (run[-1] if len(run) % 2 else "")]


_ROT18 = {**ROT13, **str.maketrans(string.digits, string.digits[5:] + string.digits[:5])}   # ROT13 and ROT5


def rot18_all(run: str) -> list[str]:
    return [run.translate(_ROT18)]


def progressive_all(run: str) -> list[str]:
    """Each character shifted by its position (from 1, or from 0 as Trithemius's tabula recta; digits
    mod 10), the position counted over every character, over letters and digits, or over letters
    alone (digits then untouched), forward or back: undone."""
    out = []
    for sign, counted, first in itertools.product((1, -1), ("all", "alnum", "letters"), (1, 0)):
        chars, n = [], first - 1
        for c in run:
            shifted = c.isascii() and (c.isalpha() or (c.isdigit() and counted != "letters"))
            if shifted or counted == "all":
                n += 1
            chars.append((str((int(c) - sign * n) % 10) if c.isdigit() else _shift(c, -sign * n)) if shifted else c)
        out.append("".join(chars))
    return out


def substitution(run: str, key: str) -> str | None:
    """A cipher alphabet of the 26 letters the text gives (a → key[0], …), read back either way."""
    if len(key) != 26 or not key.isalpha() or len(set(key.lower())) != 26:
        return None
    key = key.lower()
    back = str.maketrans(key + key.upper(), string.ascii_lowercase + string.ascii_uppercase)
    return run.translate(back)


def keyword(run: str, key: str) -> str | None:
    """A substitution alphabet built from a word: its letters once each, then the rest of a–z."""
    if len(key) < 3 or not key.isalpha() or not key.isascii():
        return None
    return substitution(run, "".join(dict.fromkeys(key.lower() + string.ascii_lowercase)))


def code_shift_all(run: str) -> list[str]:
    """Every character code moved by a small constant (``ord(c) - 1``): moved back."""
    return ["".join(chr(ord(c) - k) for c in run) for k in (-3, -2, -1, 1, 2, 3)
            if all(32 < ord(c) - k < 127 for c in run)]


def rc4(data: bytes, key: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def xtea(data: bytes, key: bytes) -> bytes:
    """XTEA-ECB decryption, 32 cycles, big-endian words; the key zero-padded to 16 bytes."""
    if len(data) % 8 or len(key) > 16:
        return b""
    k = struct.unpack(">4I", key.ljust(16, b"\0"))
    out = bytearray()
    for at in range(0, len(data), 8):
        v0, v1 = struct.unpack(">2I", data[at:at + 8])
        total = (0x9E3779B9 * 32) & 0xFFFFFFFF
        for _ in range(32):
            v1 = (v1 - ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (total + k[(total >> 11) & 3]))) & 0xFFFFFFFF
            total = (total - 0x9E3779B9) & 0xFFFFFFFF
            v0 = (v0 - ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (total + k[total & 3]))) & 0xFFFFFFFF
        out += struct.pack(">2I", v0, v1)
    return bytes(out)


def xor(data: bytes, key: bytes) -> bytes:
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))


_LETTER_CIPHERS = {"vigenere": vigenere, "autokey": autokey, "beaufort": beaufort, "columnar": columnar,
                   "substitution": substitution, "keyword": keyword, "gronsfeld": gronsfeld,
                   "porta": lambda run, key: _porta(run, key, -1), "porta_back": lambda run, key: _porta(run, key, 1)}
_KEYLESS = {"caesar": caesar_all, "affine": affine_all, "rail_fence": rail_fence_all, "every_other": every_other_all,
            "pair_swap": pair_swap_all, "rot18": rot18_all, "progressive": progressive_all, "scytale": scytale_all,
            "halves_swap": halves_swap_all, "unsplit": unsplit_all, "blocks_reversed": blocks_reversed_all,
            "swapcase": lambda run: [run.swapcase()]}
_BYTE_MAPS = {"bit_reverse": _MIRRORED, "gray": _UNGRAY, "bit_not": bytes(range(255, -1, -1))}   # each byte through a table
_BYTE_CIPHERS = {"rc4": rc4, "xtea": xtea, "xor": xor,
                 "byte_add": lambda data, key: bytes((b - key[i % len(key)]) % 256 for i, b in enumerate(data))}


def _text(raw: bytes) -> str | None:
    text = raw.rstrip(b"\0").decode("ascii", "replace")
    return text if len(text) >= 16 and set(text) <= _TOKENISH else None


def _sure(run: str, plain: str) -> bool:
    """A letter cipher's output that only the right key gives: hex from a run with letters past f."""
    return len(plain) >= 32 and _ALL_HEX.fullmatch(plain) is not None and _ALL_HEX.fullmatch(run) is None


def decryptions(window: str) -> list[tuple[int, int, str, bool]]:
    """For each run in ``window`` a cipher named there could have made, what it deciphers to under
    each candidate key: ``(start, end, text, sure)``, the run's span in ``window``; ``sure`` when no
    wrong key could have given it (a byte cipher's key that makes every byte a token's character, a
    letter cipher's that makes hex, each character typed twice): then it is a value, named or not."""
    lower = window.lower()
    ciphers = {c for name, cs in NAMES.items() if name in lower for c in cs}
    if not ciphers:
        return []
    hexes = [(m.start(), m.end(), m.group()) for m in _HEX.finditer(window)][:MAX_RUNS]
    runs = [(m.start(), m.end(), m.group()) for m in _RUN.finditer(window)
            if sum(c.isdigit() for c in m.group()) + sum(c.isupper() for c in m.group()) >= 3][:MAX_RUNS]
    blobs = {r[2] for r in runs} | {h[2] for h in hexes}
    stated = [m.group(1) for m in _STATED_KEY.finditer(window)]
    keys = list(dict.fromkeys(k for k in (*stated, *(m.group() for m in _KEY.finditer(window)))
                              if k not in blobs))[:MAX_KEYS]
    out: list[tuple[int, int, str, bool]] = []
    for cipher in ciphers:
        if cipher in _LETTER_CIPHERS:
            out += [(a, b, plain, _sure(run, plain)) for a, b, run in runs for key in keys
                    if (plain := _LETTER_CIPHERS[cipher](run, key)) and plain != run]
        elif cipher == "code_shift":      # a shifted code may land on any printable character
            out += [(m.start(), m.end(), plain, False) for m in _PRINTABLE_RUN.finditer(window)
                    for plain in code_shift_all(m.group())][:MAX_RUNS * 6]
        elif cipher == "reversed_base64":
            out += [(m.start(), m.end(), plain, True) for m in itertools.islice(_LONG_RUN.finditer(window), MAX_RUNS)
                    for plain in reversed_base64_all(m.group())]
        elif cipher in _BYTE_MAPS:
            out += [(a, b, plain, True) for a, b, run in hexes
                    if (plain := _text(bytes.fromhex(run).translate(_BYTE_MAPS[cipher])))]
        elif cipher == "list_shift":      # [90, 78, 53, …] and "shifted up by 7": each number less the key
            shifts = {s * int(k) for k in keys if k.isdigit() and 0 < int(k) < 256 for s in (1, -1)}   # the stated ones
            for m in itertools.islice(_NUMBER_LIST.finditer(window), MAX_RUNS):
                numbers = [int(n) for n in re.findall(r"[0-9]+", m.group())]
                out += [(m.start(), m.end(), plain, True) for k in shifts
                        if all(0 <= n - k < 256 for n in numbers) and (plain := _text(bytes(n - k for n in numbers)))]
        elif cipher == "undouble":
            out += [(m.start(), m.end(), plain, True) for m in itertools.islice(_LONG_RUN.finditer(window), MAX_RUNS)
                    for plain in undouble_all(m.group())]
        elif cipher == "unfill":          # (the filler may be any mark: a printable run; one filler throughout is sure)
            out += [(m.start(), m.end(), plain, True) for m in itertools.islice(_PRINTABLE_RUN.finditer(window), MAX_RUNS)
                    for plain in unfill_all(m.group())]
        elif cipher == "acrostic":        # the line's words' first characters: a value the text says it hides
            out += [(m.start(), m.end(), "".join(w[0] for w in m.group().split()), True)
                    for m in itertools.islice(_WORD_LINE.finditer(window), MAX_RUNS)]
        elif cipher in _KEYLESS:
            out += [(a, b, plain, False) for a, b, run in runs for plain in _KEYLESS[cipher](run)]
        elif cipher == "interleave":      # two runs: the characters at even positions, then at odd ones
            halves = [(m.start(), m.end(), m.group()) for m in _HALF.finditer(window)][:MAX_RUNS * 4]
            out += [(a, d, weave(r1, r2), False)
                    for (a, _, r1), (_, d, r2) in zip(halves, halves[1:]) if 0 <= len(r1) - len(r2) <= 1]
        elif cipher == "pad":             # the pad is another hex run of the same length
            out += [(a, b, plain, True) for a, b, run in hexes for _, _, pad in hexes if pad != run and len(pad) == len(run)
                    if (plain := _text(xor(bytes.fromhex(run), bytes.fromhex(pad))))]
        else:
            for a, b, run in hexes:
                data = bytes.fromhex(run)
                out += [(a, b, plain, True) for key in keys
                        if (plain := _text(_BYTE_CIPHERS[cipher](data, key.encode("utf-8"))))]
    return out
