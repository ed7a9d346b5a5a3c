"""Encoders for the 22 evasion encodings (the rng only adds noise the decoder ignores)."""
import datetime

SYM65 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"
AUTOKEY_PRIMER = "WEIR"
XX = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
QWERTY = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./" + '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'
DVORAK = "`1234567890[]',.pyfgcrl/=\\aoeuidhtns-;qjkxbmwvz" + '~!@#$%^&*(){}"<>PYFGCRL?+|AOEUIDHTNS_:QJKXBMWVZ'
NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
SPECIES = ["mirror", "common", "leather", "ghostie", "linear"]
STOCK = ["carp", "tench", "roach", "rudd", "bream", "perch", "crucian"]
NAMES = ["R. Tench", "S. Bream", "D. Roach", "K. Perch", "M. Rudd", "J. Chub", "P. Dace", "L. Pike"]

ID_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
TR_UNITS = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
TR_TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]


def _digits(n, base, alphabet):
    if n == 0:
        return alphabet[0]
    out = ""
    while n:
        out = alphabet[n % base] + out
        n //= base
    return out


def _indo_below_100(n):
    if n < 10:
        return ID_UNITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return ID_UNITS[n - 10] + " belas"
    t, u = divmod(n, 10)
    return ID_UNITS[t] + " puluh" + (" " + ID_UNITS[u] if u else "")


def _indo(n):
    if n >= 100:
        rest = n - 100
        return "seratus" + (" " + _indo_below_100(rest) if rest else "")
    return _indo_below_100(n)


def _turkish(n):
    parts = []
    if n >= 100:
        parts.append("yüz")
        n -= 100
    t, u = divmod(n, 10)
    if t:
        parts.append(TR_TENS[t])
    if u:
        parts.append(TR_UNITS[u])
    return " ".join(parts)


def _primorial(n):
    out = []
    for radix in (2, 3, 5, 7):
        out.append(str(n % radix))
        n //= radix
    assert n == 0
    return "".join(reversed(out))


def _bits5(data):
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return "".join(BECH[v] for v in out)


def _xx(data):
    out = XX[len(data)]
    pad = data + b"\0" * (-len(data) % 3)
    for i in range(0, len(pad), 3):
        n = (pad[i] << 16) | (pad[i + 1] << 8) | pad[i + 2]
        out += "".join(XX[(n >> s) & 63] for s in (18, 12, 6, 0))
    return out


def _squared(ch):
    if "a" <= ch <= "z":
        return chr(0x1F130 + ord(ch) - 97)
    if "A" <= ch <= "Z":
        return chr(0x1F170 + ord(ch) - 65)
    if "0" <= ch <= "9":
        return chr(0x1F101 + ord(ch) - 48)
    return ch


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    if name == "ternary_code_points":
        return " ".join(_digits(n, 3, "012") for n in codes)
    if name == "undecimal_x_digit_code_points":
        return " ".join(_digits(n, 11, "0123456789X") for n in codes)
    if name == "primorial_base_code_points":
        return " ".join(_primorial(n) for n in codes)
    if name == "khmer_digit_code_points":
        return " ".join("".join(chr(0x17E0 + int(d)) for d in str(n)) for n in codes)
    if name == "indonesian_number_words":
        return ", ".join(_indo(n) for n in codes)
    if name == "turkish_number_words":
        return " / ".join(_turkish(n) for n in codes)
    if name == "unicode_tag_block_smuggling":
        return "\U000E0001" + "".join(chr(0xE0000 + n) for n in codes) + "\U000E007F"
    if name == "squared_letter_blocks":
        return "".join(_squared(c) for c in plain)
    if name == "autokey_cipher_over_65":
        key = AUTOKEY_PRIMER + plain
        return "".join(SYM65[(SYM65.index(p) + SYM65.index(key[i])) % 65] for i, p in enumerate(plain))
    if name == "qwerty_to_dvorak_layout":
        return "".join(DVORAK[QWERTY.index(c)] for c in plain)
    if name == "xxencode_single_line":
        return _xx(plain.encode())
    if name == "bech32_charset_5bit_groups":
        return _bits5(plain.encode())
    if name == "adjacent_pair_swap":
        s = list(plain)
        for i in range(0, len(s) - 1, 2):
            s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    if name == "running_sum_code_points":
        tot, out = 0, []
        for n in codes:
            tot += n
            out.append(str(tot))
        return " ".join(out)
    if name == "sql_char_function_concat":
        return "+".join("CHAR(%d)" % n for n in codes)
    if name == "js_fromcharcode_call":
        return "String.fromCharCode(%s)" % ",".join(str(n) for n in codes)
    if name == "carp_weight_pounds_ounces":
        return "; ".join("%dlb %doz %s" % (n // 16, n % 16, rng.choice(SPECIES)) for n in codes)
    if name == "peg_draw_numbers":
        return ", ".join("peg %d (%s)" % (n, rng.choice(NAMES)) for n in codes)
    if name == "stocking_fish_counts":
        return "; ".join("%d %s" % (n, rng.choice(STOCK)) for n in codes)
    if name == "plumbed_swim_depth_cm":
        return ", ".join("swim %d: %dcm" % (i + 1, n) for i, n in enumerate(codes))
    if name == "licence_expiry_day_of_year":
        base = datetime.date(2025, 1, 1)
        return " ".join((base + datetime.timedelta(days=n - 1)).isoformat() for n in codes)
    if name == "midi_note_names":
        return " ".join("%s%d" % (NOTES[n % 12], n // 12 - 1) for n in codes)
    raise ValueError(name)
