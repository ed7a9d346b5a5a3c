"""Independent decoders for the p168 evasion notations. Imports nothing from enc168."""
import re
import unicodedata
import zlib


def _b58(run):
    alpha = "".join(c for c in "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    num = 0
    for ch in run:
        num = num * 58 + alpha.index(ch)
    lead = len(run) - len(run.lstrip("1"))
    body = num.to_bytes((num.bit_length() + 7) // 8, "big") if num else b""
    return b"\0" * lead + body


def _a85(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2]
    out = bytearray()
    i = 0
    while i < len(body):
        if body[i] == "z":
            out += b"\0\0\0\0"
            i += 1
            continue
        grp = body[i:i + 5]
        i += 5
        n = len(grp)
        grp = grp + "u" * (5 - n)
        acc = 0
        for ch in grp:
            acc = acc * 85 + (ord(ch) - 33)
        out += acc.to_bytes(4, "big")[: n - 1]
    return bytes(out)


def _b85(run):
    alpha = ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
             "!#$%&()*+-;<=>?@^_`{|}~")
    out = bytearray()
    for i in range(0, len(run), 5):
        grp = run[i:i + 5]
        n = len(grp)
        grp = grp + "~" * (5 - n)
        acc = 0
        for ch in grp:
            acc = acc * 85 + alpha.index(ch)
        out += acc.to_bytes(4, "big")[: n - 1]
    return bytes(out)


def _binary(run):
    return bytes(int(t, 2) for t in run.split(" "))


def _dna(run):
    val = {"A": 0, "C": 1, "G": 2, "T": 3}
    out = bytearray()
    for tok in run.split(" "):
        x = 0
        for ch in tok:
            x = x * 4 + val[ch]
        out.append(x)
    return bytes(out)


def _dice(run):
    out = bytearray()
    for tok in run.split(" "):
        x = 0
        for ch in tok:
            x = x * 6 + (int(ch) - 1)
        out.append(x)
    return bytes(out)


def _rot47(run):
    # ROT47 is its own inverse
    res = []
    for ch in run:
        o = ord(ch)
        res.append(chr(33 + ((o + 14) % 94)) if 33 <= o <= 126 else ch)
    return "".join(res).encode()


def _qwerty_left(run):
    rows = ("`1234567890-=", "\tqwertyuiop[]", "\tasdfghjkl;'", "\tzxcvbnm,./",
            "~!@#$%^&*()_+", "\tQWERTYUIOP{}", "\tASDFGHJKL:\"", "\tZXCVBNM<>?")
    res = []
    for ch in run:
        for row in rows:
            k = row.find(ch)
            if k > 0:
                res.append(row[k - 1])
                break
        else:
            raise ValueError(ch)
    return "".join(res).encode()


def _braille(run):
    return bytes(ord(ch) - 0x2800 for ch in run)


def _fullwidth(run):
    return "".join(unicodedata.normalize("NFKC", ch) for ch in run).encode()


def _fraktur(run):
    res = []
    for ch in run:
        if ord(ch) > 0xFFFF:
            nm = unicodedata.name(ch)  # MATHEMATICAL BOLD FRAKTUR CAPITAL A / SMALL A
            letter = nm.split()[-1]
            res.append(letter.upper() if "CAPITAL" in nm else letter.lower())
        else:
            res.append(ch)
    return "".join(res).encode()


def _tags(run):
    return "".join(chr(ord(ch) - 0xE0000) for ch in run).encode()


def _decoys(run):
    return run[0::2].encode()


def _triplets(run):
    return "".join(run.split(" ")[::-1]).encode()


def _dots(run):
    return run.replace("\u00b7", "").encode()


def _html(run):
    return "".join(chr(int(m)) for m in re.findall(r"&#(\d+);", run)).encode()


def _gzip(run):
    import base64 as _b
    return zlib.decompress(_b.b64decode(run), 16 + zlib.MAX_WBITS)


def _autoclave(run):
    return "".join(chr(int(m) * 60 + int(s)) for m, s in re.findall(r"(\d+):(\d\d)", run)).encode()


def _voltage(run):
    return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d)V", run)).encode()


def _deposit(run):
    return "".join(chr(int(d) * 100 + int(c) - 5000) for d, c in re.findall(r"\$(\d+)\.(\d\d)", run)).encode()


def _inklots(run):
    return "".join(chr(int(n) - 300) for n in re.findall(r"IL24-(\d+)", run)).encode()


def _ipv4(run):
    out = bytearray()
    for addr in run.split(", "):
        out += bytes(int(x) for x in addr.split("."))
    return bytes(out).rstrip(b"\0")


D = {
    "base58_bitcoin_alphabet": _b58,
    "ascii85_adobe_delimited": _a85,
    "base85_rfc1924_alphabet": _b85,
    "binary_octets_space_separated": _binary,
    "dna_nucleotide_quads": _dna,
    "dice_roll_base6_triplets": _dice,
    "rot47_printable_ascii": _rot47,
    "qwerty_one_key_to_the_right": _qwerty_left,
    "braille_byte_cells": _braille,
    "fullwidth_latin_forms": _fullwidth,
    "bold_fraktur_letters": _fraktur,
    "unicode_tag_characters": _tags,
    "every_second_character_decoys": _decoys,
    "triplets_in_reverse_order": _triplets,
    "middle_dot_between_characters": _dots,
    "html_decimal_character_references": _html,
    "gzip_then_base64": _gzip,
    "autoclave_cycle_durations_seconds": _autoclave,
    "coil_machine_voltage_tenths": _voltage,
    "deposit_amounts_cents_offset": _deposit,
    "ink_lot_numbers_minus_300": _inklots,
    "ipv4_dotted_quads_of_bytes": _ipv4,
}


def decode(name, run):
    return D[name](run).decode("utf-8")
