"""Independent decoders for the p208 evasions. Imports nothing from enc208 and no base64/binascii/codecs."""
import re

_SUB_ALPHA = "chimneyabdfgjklopqrstuvwxz"  # retyped: CHIMNEY then unused letters


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _bal3(tok):
    v = 0
    for ch in tok:
        v = v * 3 + {"1": 1, "0": 0, "T": -1}[ch]
    return v


def _b11(tok):
    v = 0
    for ch in tok:
        v = v * 11 + (10 if ch == "X" else int(ch))
    return v


def _script_digits(tok, zero):
    return int("".join(str(ord(ch) - zero) for ch in tok))


def _aegean(tok):
    v = 0
    for ch in tok:
        o = ord(ch)
        if 0x10107 <= o <= 0x1010F:
            v += o - 0x10107 + 1
        elif 0x10110 <= o <= 0x10118:
            v += (o - 0x10110 + 1) * 10
        elif 0x10119 <= o <= 0x10121:
            v += (o - 0x10119 + 1) * 100
        else:
            raise ValueError(ch)
    return v


_DE_SMALL = {"eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
             "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
             "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
            "achtzig": 80, "neunzig": 90}


def _german(w):
    w = w.strip()
    v = 0
    if w.startswith("hundert"):
        v = 100
        w = w[len("hundert"):]
    if not w:
        return v
    if w in _DE_SMALL:
        return v + _DE_SMALL[w]
    if w in _DE_TENS:
        return v + _DE_TENS[w]
    u, t = w.split("und")
    return v + _DE_SMALL[u] + _DE_TENS[t]


_EO = {"unu": 1, "du": 2, "tri": 3, "kvar": 4, "kvin": 5, "ses": 6, "sep": 7, "ok": 8, "naŭ": 9}


def _esperanto(phrase):
    v = 0
    for w in phrase.split():
        if w == "cent":
            v += 100
        elif w == "dek":
            v += 10
        elif w.endswith("dek"):
            v += _EO[w[:-3]] * 10
        else:
            v += _EO[w]
    return v


def _unshift(run, key, inv):
    out, ki = [], 0
    for ch in run:
        if ch.isascii() and ch.isalpha():
            k = ord(key[ki % len(key)]) - 65
            c = ord(ch.lower()) - 97
            p = chr(97 + inv(c, k))
            out.append(p.upper() if ch.isupper() else p)
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


def _porta_inv(c, k):
    half = k // 2
    if c >= 13:
        return (c - 13 - half) % 13
    return 13 + (c + half) % 13


def decode(name, run):
    if name == "balanced_ternary_code_points":
        return "".join(chr(_bal3(t)) for t in run.split(" "))
    if name == "base_eleven_code_points":
        return "".join(chr(_b11(t)) for t in run.split(" "))
    if name == "myanmar_digit_code_points":
        return "".join(chr(_script_digits(t, 0x1040)) for t in run.split(" "))
    if name == "mongolian_digit_code_points":
        return "".join(chr(_script_digits(t, 0x1810)) for t in run.split(" "))
    if name == "aegean_numeral_code_points":
        return "".join(chr(_aegean(t)) for t in run.split(" "))
    if name == "german_number_words":
        return "".join(chr(_german(t)) for t in run.split(","))
    if name == "esperanto_number_words":
        return "".join(chr(_esperanto(t)) for t in run.split("/"))
    if name == "beaufort_cipher_keyword_flue":
        return _unshift(run, "FLUE", lambda c, k: (k - c) % 26)
    if name == "porta_cipher_keyword_dial":
        return _unshift(run, "DIAL", _porta_inv)
    if name == "keyed_alphabet_substitution_chimney":
        out = []
        for ch in run:
            if ch.isascii() and ch.isalpha():
                p = chr(97 + _SUB_ALPHA.index(ch.lower()))
                out.append(p.upper() if ch.isupper() else p)
            else:
                out.append(ch)
        return "".join(out)
    if name == "xor_2a_hex_pairs":
        return _utf8(int(t, 16) ^ 42 for t in run.split(" "))
    if name == "swapped_adjacent_pairs":
        s = list(run)
        for i in range(0, len(s) - 1, 2):
            s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    if name == "dna_nucleotide_bytes":
        vals = ["ACGT".index(c) for c in run]
        return _utf8((vals[i] << 6) | (vals[i + 1] << 4) | (vals[i + 2] << 2) | vals[i + 3] for i in range(0, len(vals), 4))
    if name == "delta_encoded_code_points":
        toks = run.split(" ")
        cur = int(toks[0])
        out = [chr(cur)]
        for t in toks[1:]:
            cur += int(t)
            out.append(chr(cur))
        return "".join(out)
    if name == "variation_selector_byte_smuggling":
        bs = []
        for ch in run[1:]:
            o = ord(ch)
            if 0xFE00 <= o <= 0xFE0F:
                bs.append(o - 0xFE00)
            elif 0xE0100 <= o <= 0xE01EF:
                bs.append(o - 0xE0100 + 16)
            else:
                raise ValueError(hex(o))
        return _utf8(bs)
    if name == "nibble_letters_a_to_p":
        idx = [ord(c) - 97 for c in run]
        return _utf8(idx[i] * 16 + idx[i + 1] for i in range(0, len(idx), 2))
    if name == "flue_diameter_millimetres":
        return "".join(chr(int(m) - 50) for m in re.findall(r"(\d+)mm", run))
    if name == "cemetery_plot_numbers":
        return "".join(chr(int(m) - 300) for m in re.findall(r"[A-H]-(\d+)", run))
    if name == "timegrapher_amplitude_degrees":
        return "".join(chr(int(m) - 200) for m in re.findall(r"(\d+)°", run))
    if name == "movement_calibre_numbers":
        return "".join(chr(int(m) - 2000) for m in re.findall(r"[A-Za-z]+ (\d{4})", run))
    if name == "sweep_round_house_numbers":
        return "".join(chr(int(m)) for m in re.findall(r"(?:^|; )(\d+) ", run))
    if name == "headstone_width_millimetres":
        return "".join(chr(int(m) - 400) for m in re.findall(r"(\d+)x\d+", run))
    raise ValueError(name)
