"""Independent decoders: get only the notation name and the run; no use of the encoders."""
import re

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_WORDS = {"alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f", "golf": "g",
          "hotel": "h", "india": "i", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m", "november": "n",
          "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
          "victor": "v", "whiskey": "w", "xray": "x", "yankee": "y", "zulu": "z", "zero": "0", "one": "1",
          "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
          "nine": "9", "dash": "-", "underscore": "_", "dot": "."}


def _bits_to_bytes(bits):
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _b32(run):
    bits = "".join(format(_B32.index(c), "05b") for c in run.rstrip("="))
    return _bits_to_bytes(bits).decode()


def _b64(run):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    bits = "".join(format(al.index(c), "06b") for c in run.rstrip("="))
    return _bits_to_bytes(bits).decode()


def _a85(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2].replace("z", "!!!!!")
    out = bytearray()
    for i in range(0, len(body), 5):
        grp = body[i:i + 5]
        pad = 5 - len(grp)
        grp += "u" * pad
        n = 0
        for c in grp:
            n = n * 85 + (ord(c) - 33)
        out += n.to_bytes(4, "big")[:4 - pad] if pad else n.to_bytes(4, "big")
    return out.decode()


def _atbash(run):
    o = []
    for c in run:
        if c.islower() and c.isascii(): o.append(chr(ord("z") - (ord(c) - ord("a"))))
        elif c.isupper() and c.isascii(): o.append(chr(ord("Z") - (ord(c) - ord("A"))))
        elif c.isdigit(): o.append("9876543210"[int(c)])
        else: o.append(c)
    return "".join(o)


def _unvig(run, key="BOXES"):
    o, k = [], 0
    for c in run:
        if c.isascii() and c.isalpha():
            b = ord("A") if c.isupper() else ord("a")
            o.append(chr((ord(c) - b - (ord(key[k % 5]) - ord("A"))) % 26 + b)); k += 1
        else:
            o.append(c)
    return "".join(o)


def _b36(run):
    n = 0
    for c in run:
        n = n * 36 + "0123456789abcdefghijklmnopqrstuvwxyz".index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def _nato(run):
    o = []
    for w in run.split(" "):
        if w.startswith("CAPITAL-"):
            o.append(_WORDS[w[8:]].upper())
        else:
            o.append(_WORDS[w])
    return "".join(o)


def _cols(run, w=4):
    cols = run.split("/")
    n = sum(len(c) for c in cols)
    o = []
    for i in range(n):
        o.append(cols[i % w][i // w])
    return "".join(o)


def decode(name, run):
    if name == "base32_rfc4648_padded": return _b32(run)
    if name == "ascii85_adobe_delimited": return _a85(run)
    if name == "quoted_printable_every_byte": return bytes(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run)).decode()
    if name == "percent_encoding_every_byte": return bytes(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", run)).decode()
    if name == "html_decimal_entities": return "".join(chr(int(d)) for d in re.findall(r"&#(\d+);", run))
    if name == "html_hex_entities": return "".join(chr(int(d, 16)) for d in re.findall(r"&#x([0-9a-f]+);", run))
    if name == "binary_octets_spaced": return bytes(int(b, 2) for b in run.split()).decode()
    if name == "whole_string_reversed": return "".join(reversed(run))
    if name == "atbash_letters_nine_complement_digits": return _atbash(run)
    if name == "vigenere_key_boxes_letters_only": return _unvig(run)
    if name == "fullwidth_latin_forms": return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in run)
    if name == "nato_phonetic_words_capital_marked": return _nato(run)
    if name == "base36_big_integer_bytes": return _b36(run)
    if name == "hex_byte_order_reversed": return bytes(reversed([int(run[i:i + 2], 16) for i in range(0, len(run), 2)])).decode()
    if name == "zero_width_space_interleaved": return run.replace("\u200b", "")
    if name == "storage_unit_door_numbers": return "".join(chr(int(n)) for n in re.findall(r"U-(\d{3})", run))
    if name == "box_volume_cubic_feet_plus_fifty": return "".join(chr(int(n) - 50) for n in re.findall(r"(\d+)cuft", run))
    if name == "gate_keypad_star_hash_codes": return "".join(chr(int(n)) for n in re.findall(r"\*(\d{3})#", run))
    if name == "base64_then_string_reversed": return _b64(run[::-1])
    if name == "hex_upper_dash_groups_of_four":
        h = run.replace("-", "")
        return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2)).decode()
    if name == "column_transposition_width_four": return _cols(run)
    if name == "quaternary_digits_per_byte":
        return bytes(sum(int(d) << (6 - 2 * k) for k, d in enumerate(q)) for q in run.split()).decode()
    raise KeyError(name)
