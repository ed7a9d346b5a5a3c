"""Decoders, written independently of the encoders: DEC[name](before_text, run) -> plain."""
import re
NATO_WORDS = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
NUMS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
MORSE_REV = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", "-....-": "-", "..--.-": "_"}
KEYB = ["`1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./", "~!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"]
RV = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

def d_nato(b, run):
    out = ""
    for tok in run.split(", "):
        w = tok.split()
        if w[0] == "capital": out += w[1][0].upper()
        elif w[0] == "small": out += NATO_WORDS[NATO_WORDS.index(w[1].lower())][0]
        elif w[0] in NUMS: out += NUMS[w[0]]
        elif w[0] == "dash": out += "-"
        elif w[0] == "underscore": out += "_"
        else: raise ValueError(tok)
    return out

def d_morse(b, run):
    out = ""
    for tok in run.split(" "):
        cap = tok.startswith("^")
        ch = MORSE_REV[tok.lstrip("^")]
        out += ch.upper() if cap else ch
    return out

def d_braille(b, run):
    return "".join(chr(ord(c) - 10240) for c in run)

def d_roman(b, run):
    res = ""
    for tok in run.split("."):
        total = 0
        for i, ch in enumerate(tok):
            v = RV[ch]
            total += -v if i + 1 < len(tok) and RV[tok[i + 1]] > v else v
        res += chr(total)
    return res

def d_qwerty(b, run):
    left = {}
    for row in KEYB:
        for i in range(1, len(row)):
            left[row[i]] = row[i - 1]
    return "".join(left[c] for c in run)

def d_atbash(b, run):
    al, au = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    t = str.maketrans(al + au + "0123456789", al[::-1] + au[::-1] + "9876543210")
    return run.translate(t)

def d_vig(b, run):
    key = re.findall(r"keyword ([A-Z]+)", b)[-1]
    out, k = "", 0
    for c in run:
        if ("a" <= c <= "z") or ("A" <= c <= "Z"):
            s = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(key[k % len(key)]); k += 1
            alpha = "abcdefghijklmnopqrstuvwxyz" if c.islower() else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            out += alpha[(alpha.index(c) - s) % 26]
        else:
            out += c
    return out

def d_rot47(b, run):
    return "".join(chr((ord(c) - 33 - 47) % 94 + 33) for c in run)

def d_back(b, run):
    return "".join(reversed(run))

def d_dice(b, run):
    out = ""
    for tok in run.split(" "):
        digs = [ord(c) - 0x2680 for c in tok]
        out += chr(digs[0] * 36 + digs[1] * 6 + digs[2])
    return out

def d_octal(b, run):
    return "".join(chr(int(x, 8)) for x in re.findall(r"\\([0-7]{3})", run))

def d_binary(b, run):
    return "".join(chr(int(x, 2)) for x in run.split())

def d_percent(b, run):
    return bytes(int(x, 16) for x in re.findall(r"%([0-9A-F]{2})", run)).decode()

def d_html(b, run):
    return "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", run))

def d_b32(b, run):
    A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    bits = "".join(format(A.index(c), "05b") for c in run.rstrip("="))
    n = len(bits) // 8
    return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(n)).decode()

def d_a85(b, run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2]
    out = bytearray()
    for i in range(0, len(body), 5):
        grp = body[i:i + 5]
        pad = 5 - len(grp)
        grp += "u" * pad
        n = 0
        for ch in grp:
            n = n * 85 + (ord(ch) - 33)
        chunk = n.to_bytes(4, "big")
        out += chunk[:4 - pad]
    return out.decode()

def d_full(b, run):
    return "".join(chr(ord(c) - 65248) for c in run)

def d_alpha(b, run):
    out = ""
    for t in run.split(" "):
        if t == "dash": out += "-"
        elif t == "underscore": out += "_"
        elif t[0] == "U": out += chr(64 + int(t[1:]))
        elif t[0] == "L": out += chr(96 + int(t[1:]))
        elif t[0] == "D": out += t[1:]
    return out

def d_caesar(b, run):
    n = int(re.findall(r"forward by (\d+)", b)[-1])
    out = ""
    for c in run:
        if c.isascii() and c.isalpha():
            alpha = "abcdefghijklmnopqrstuvwxyz" if c.islower() else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            out += alpha[(alpha.index(c) - n) % 26]
        else:
            out += c
    return out

def d_filler(b, run):
    return run[0::2]

def d_shop(b, run):
    return "".join(chr(int(m)) for m in re.findall(r"(\d+) g$", run, re.M))

def d_nibble(b, run):
    return "".join(chr(int(x[1] + x[0], 16)) for x in run.split())

DEC = {
 "nato_spelled_voice_readout": d_nato, "morse_with_capital_marks": d_morse, "braille_pattern_offset_cells": d_braille,
 "roman_numeral_codes": d_roman, "qwerty_right_neighbour_keys": d_qwerty, "atbash_alnum_mirror": d_atbash,
 "vigenere_stated_keyword": d_vig, "rot47_printable_shift": d_rot47, "written_backwards_note": d_back,
 "dice_face_base6_triples": d_dice, "octal_escape_triplets": d_octal, "eight_bit_binary_groups": d_binary,
 "percent_encoded_every_byte": d_percent, "html_numeric_character_refs": d_html, "base32_rfc4648_padded": d_b32,
 "ascii85_adobe_block": d_a85, "fullwidth_forms_variant": d_full, "alphabet_position_tokens": d_alpha,
 "caesar_stated_shift": d_caesar, "every_other_char_filler": d_filler, "shopping_list_gram_weights": d_shop,
 "nibble_swapped_hex": d_nibble,
}
