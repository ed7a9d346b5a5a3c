"""Independent decoders for the p184 evasion notations.

Written separately from enc184.py: imports nothing from it and no base64 / binascii / codecs; tables are retyped."""
import re
import unicodedata

_L = "abcdefghijklmnopqrstuvwxyz"
_U = _L.upper()
_D = "0123456789"


def _back(c, k):
    for alpha, m in ((_L, 26), (_U, 26), (_D, 10)):
        if c in alpha:
            return alpha[(alpha.index(c) - k) % m]
    return c


def _vig(run):
    key = [18, 19, 4, 13, 14]
    out, n = "", 0
    for c in run:
        if c in _L or c in _U or c in _D:
            out += _back(c, key[n % 5]); n += 1
        else:
            out += c
    return out


def _beau(run):
    key = [21, 4, 17, 1, 0, 19, 8, 12]
    out, n = "", 0
    for c in run:
        k = key[n % 8]
        hit = False
        for alpha, m in ((_L, 26), (_U, 26), (_D, 10)):
            if c in alpha:
                out += alpha[(k - alpha.index(c)) % m]; n += 1; hit = True
                break
        if not hit:
            out += c
    return out


def _trit(run):
    out, n = "", 0
    for c in run:
        if c in _L or c in _U or c in _D:
            out += _back(c, n); n += 1
        else:
            out += c
    return out


def _poly(run):
    grid = _U + _L + _D + "-_."
    return "".join(grid[(int(t[0]) - 1) * 8 + int(t[1]) - 1] for t in run.split(" "))


def _bytes_to_str(bs):
    return bytes(bs).decode("utf-8")


def _chex(run):
    return _bytes_to_str(int(h, 16) for h in re.findall(r"0x([0-9a-f]{2})", run))


def _fromcc(run):
    inner = run[run.index("(") + 1:run.rindex(")")]
    return "".join(chr(int(x)) for x in inner.split(","))


def _bsx(run):
    return _bytes_to_str(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", run))


def _b32hex(run):
    alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
    bits = "".join(format(alpha.index(c), "05b") for c in run.rstrip("="))
    return _bytes_to_str(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _a85(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2]
    out = []
    for i in range(0, len(body), 5):
        grp = body[i:i + 5]
        pad = 5 - len(grp)
        grp = grp + "u" * pad
        n = 0
        for c in grp:
            n = n * 85 + (ord(c) - 33)
        four = [(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255]
        out += four[:4 - pad]
    return _bytes_to_str(out)


def _qp(run):
    return _bytes_to_str(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run))


def _b64_bytes(s):
    alpha = _U + _L + _D + "+/"
    bits = "".join(format(alpha.index(c), "06b") for c in s.rstrip("="))
    return [int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)]


def _u16(run):
    bs = _b64_bytes(run)
    return "".join(chr(bs[i] | (bs[i + 1] << 8)) for i in range(0, len(bs), 2))


def _spelled(run):
    words = {"hyphen": "-", "underscore": "_", "dot": "."}
    out = ""
    for t in run.split(" "):
        if t in words:
            out += words[t]
        else:
            kind, ch = t.split("-", 1)
            out += ch.upper() if kind == "capital" else ch
    return out


_ST = {"A*": "a", "PW*": "b", "KR*": "c", "TK*": "d", "*E": "e", "TP*": "f", "TKPW*": "g", "H*": "h", "*EU": "i",
       "SKWR*": "j", "K*": "k", "HR*": "l", "PH*": "m", "TPH*": "n", "O*": "o", "P*": "p", "KW*": "q", "R*": "r",
       "S*": "s", "T*": "t", "*U": "u", "SR*": "v", "W*": "w", "KP*": "x", "KWR*": "y", "STKPW*": "z",
       "#S": "1", "#T": "2", "#P": "3", "#H": "4", "#A": "5", "#O": "0", "#-F": "6", "#-P": "7", "#-L": "8", "#-T": "9",
       "H-PB": "-", "TP-PL": ".", "RUPBD": "_"}


def _steno(run):
    out = ""
    for s in run.split("/"):
        if s in _ST:
            out += _ST[s]
        else:
            assert s.endswith("P") and s[:-1] in _ST
            out += _ST[s[:-1]].upper()
    return out


def _cites(run):
    out = ""
    for c in run.split("; "):
        pg, ln = c.split(":")
        out += chr((int(pg) - 1) * 25 + int(ln))
    return out


def _invoice(run):
    out = ""
    for m in re.finditer(r"(\d+) pp @ \$(\d+)\.(\d\d) = \$(\d+)\.(\d\d)", run):
        pages = int(m.group(1))
        assert pages * (int(m.group(2)) * 100 + int(m.group(3))) == int(m.group(4)) * 100 + int(m.group(5))
        out += chr(pages)
    return out


def _segments(run):
    return "".join(chr(int(m.group(1)) * 60 + int(m.group(2)))
                   for m in re.finditer(r"SPEAKER_\d\d@00:(\d\d):(\d\d)\.\d{3}", run))


def _bcd(run):
    out = ""
    for g in run.split(" "):
        out += chr(int("".join(str(int(g[i:i + 4], 2)) for i in range(0, len(g), 4))))
    return out


def _gray(run):
    bs = []
    for g in run.split(" "):
        v = int(g, 2)
        b = 0
        while v:
            b ^= v
            v >>= 1
        bs.append(b)
    return _bytes_to_str(bs)


def _duo(run):
    digs = {c: i for i, c in enumerate("0123456789")}
    digs["\u218a"] = 10
    digs["\u218b"] = 11
    out = ""
    for t in run.split(" "):
        n = 0
        for c in t:
            n = n * 12 + digs[c]
        out += chr(n)
    return out


def _bold(run):
    return unicodedata.normalize("NFKC", run)


def _zw(run):
    return run.replace("\u200b", "")


_CY = {"\u0430": "a", "\u0441": "c", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0445": "x", "\u0443": "y",
       "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E",
       "\u041d": "H", "\u041a": "K", "\u041c": "M", "\u041e": "O", "\u0420": "P", "\u0422": "T", "\u0425": "X"}


def _cyr(run):
    return "".join(_CY.get(c, c) for c in run)


DECODERS = {
    "vigenere_keyword_steno": _vig, "beaufort_keyword_verbatim": _beau, "trithemius_progressive_shift": _trit,
    "polybius_nine_by_eight_grid": _poly, "c_hex_literal_array": _chex, "js_fromcharcode_call": _fromcc,
    "backslash_x_hex_byte_escapes": _bsx, "base32hex_extended_alphabet": _b32hex, "ascii85_adobe_delimited": _a85,
    "quoted_printable_every_byte": _qp, "utf16le_base64_powershell_style": _u16,
    "english_character_names_spelled": _spelled, "steno_fingerspelling_strokes": _steno,
    "transcript_page_line_cites": _cites, "per_page_invoice_line_items": _invoice,
    "diarisation_segment_start_seconds": _segments, "binary_coded_decimal_nibbles": _bcd, "gray_code_octets": _gray,
    "duodecimal_code_points": _duo, "mathematical_bold_forms": _bold, "zero_width_space_interleaving": _zw,
    "cyrillic_homoglyph_swap": _cyr,
}


def decode(encoding, run):
    return DECODERS[encoding](run)
