"""Independent decoders for the p238 evasions.

Gets only the encoding name and the run. Imports nothing from enc238 and no base64, binascii, codecs or
unicodedata; every table is retyped here. zlib is used only to inflate the deflate stream.
"""
import re
import zlib


class DecodeError(ValueError):
    pass


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _b64_std(s):
    table = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}
    s = s.strip()
    if len(s) % 4:
        raise DecodeError("base64 length")
    pad = len(s) - len(s.rstrip("="))
    body = s.rstrip("=")
    bits = ""
    for ch in body:
        if ch not in table:
            raise DecodeError("base64 char")
        bits += format(table[ch], "06b")
    nbytes = len(s) // 4 * 3 - pad
    return bytes(int(bits[i * 8:(i + 1) * 8], 2) for i in range(nbytes))


def _gray_inverse(g):
    n = g
    shift = g >> 1
    while shift:
        n ^= shift
        shift >>= 1
    return n


def _is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


_NL_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_NL_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
             "zeventien": 17, "achttien": 18, "negentien": 19}
_NL_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
            "tachtig": 80, "negentig": 90}


def _nl_below_100(w):
    if w in _NL_UNITS:
        return _NL_UNITS[w]
    if w in _NL_TEENS:
        return _NL_TEENS[w]
    if w in _NL_TENS:
        return _NL_TENS[w]
    for tens_word, tens in _NL_TENS.items():
        if w.endswith(tens_word):
            head = w[:-len(tens_word)]
            for joiner in ("ën", "en"):
                if head.endswith(joiner) and head[:-len(joiner)] in _NL_UNITS:
                    unit = head[:-len(joiner)]
                    if (joiner == "ën") != unit.endswith("e"):
                        raise DecodeError("dutch joiner")
                    return tens + _NL_UNITS[unit]
    raise DecodeError(f"dutch word {w!r}")


def _nl(w):
    if "honderd" in w:
        head, _, rest = w.partition("honderd")
        h = 1 if head == "" else _NL_UNITS.get(head)
        if h is None or h == 1 and head:
            raise DecodeError("dutch hundreds")
        return h * 100 + (_nl_below_100(rest) if rest else 0)
    return _nl_below_100(w)


def _keyed(keyword):
    seen = []
    for ch in keyword.lower() + "abcdefghijklmnopqrstuvwxyz":
        if ch not in seen:
            seen.append(ch)
    return "".join(seen)


def decode(name, run):
    if "\n" in run:
        raise DecodeError("newline in run")
    if name == "base58_bitcoin_alphabet":
        alpha = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        n = 0
        for ch in run:
            i = alpha.find(ch)
            if i < 0:
                raise DecodeError("base58 char")
            n = n * 58 + i
        lead = len(run) - len(run.lstrip("1"))
        body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
        return _utf8(b"\0" * lead + body)
    if name == "crockford_base32_bytes":
        alpha = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
        bits = ""
        for ch in run:
            i = alpha.find(ch)
            if i < 0:
                raise DecodeError("crockford char")
            bits += format(i, "05b")
        nb = len(bits) // 8
        if set(bits[nb * 8:]) - {"0"}:
            raise DecodeError("crockford tail bits")
        return _utf8(int(bits[i * 8:(i + 1) * 8], 2) for i in range(nb))
    if name == "zlib_deflate_then_base64":
        return zlib.decompress(_b64_std(run)).decode("utf-8")
    if name == "html_decimal_entities":
        parts = re.findall(r"&#(\d+);", run)
        if "".join(f"&#{p};" for p in parts) != run:
            raise DecodeError("entity run")
        return "".join(chr(int(p)) for p in parts)
    if name == "gray_code_binary_codes":
        out = []
        for g in run.split(" "):
            if not re.fullmatch(r"[01]{7}", g):
                raise DecodeError("gray group")
            out.append(chr(_gray_inverse(int(g, 2))))
        return "".join(out)
    if name == "egyptian_hieroglyph_numerals":
        val = {"\U00013362": 100, "\U00013386": 10, "\U000133FA": 1}
        out = []
        for grp in run.split(" "):
            if not grp or any(ch not in val for ch in grp):
                raise DecodeError("egyptian group")
            out.append(chr(sum(val[ch] for ch in grp)))
        return "".join(out)
    if name == "attic_acrophonic_numerals":
        val = {"\u0397": 100, "\U00010144": 50, "\u0394": 10, "\u03a0": 5, "\u0399": 1}
        out = []
        for grp in run.split(" "):
            if not grp or any(ch not in val for ch in grp):
                raise DecodeError("attic group")
            vals = [val[ch] for ch in grp]
            if vals != sorted(vals, reverse=True):
                raise DecodeError("attic order")
            out.append(chr(sum(vals)))
        return "".join(out)
    if name == "armenian_letter_numerals":
        val = {}
        for i, ch in enumerate("ԱԲԳԴԵԶԷԸԹ"):
            val[ch] = i + 1
        for i, ch in enumerate("ԺԻԼԽԾԿՀՁՂ"):
            val[ch] = (i + 1) * 10
        val["Ճ"] = 100
        out = []
        for grp in run.split(" "):
            if not grp or any(ch not in val for ch in grp):
                raise DecodeError("armenian group")
            out.append(chr(sum(val[ch] for ch in grp)))
        return "".join(out)
    if name == "tally_mark_groups":
        out = []
        for grp in run.split(" "):
            fives = grp.count("\U0001D378")
            ones = grp.count("\U0001D377")
            if fives + ones != len(grp) or ones > 4 or not grp:
                raise DecodeError("tally group")
            out.append(chr(5 * fives + ones))
        return "".join(out)
    if name == "dutch_number_words":
        return "".join(chr(_nl(w)) for w in run.split(", "))
    if name == "negabinary_codes":
        out = []
        for grp in run.split(" "):
            if not re.fullmatch(r"1[01]*", grp):
                raise DecodeError("negabinary group")
            n = 0
            for i, d in enumerate(reversed(grp)):
                n += int(d) * (-2) ** i
            out.append(chr(n))
        return "".join(out)
    if name == "prime_factorisation_codes":
        out = []
        for grp in run.split(" "):
            fs = [int(x) for x in grp.split("\u00b7")]
            if fs != sorted(fs) or not all(_is_prime(f) for f in fs):
                raise DecodeError("factor group")
            p = 1
            for f in fs:
                p *= f
            out.append(chr(p))
        return "".join(out)
    if name == "math_sans_serif_bold_letters":
        out = []
        for ch in run:
            cp = ord(ch)
            if 0x1D5D4 <= cp <= 0x1D5ED:
                out.append(chr(cp - 0x1D5D4 + 65))
            elif 0x1D5EE <= cp <= 0x1D607:
                out.append(chr(cp - 0x1D5EE + 97))
            elif 0x1D7EC <= cp <= 0x1D7F5:
                out.append(chr(cp - 0x1D7EC + 48))
            elif ch in "_.-":
                out.append(ch)
            else:
                raise DecodeError("sans-serif char")
        return "".join(out)
    if name == "rotate_left_three_bits_hex":
        if not re.fullmatch(r"(?:[0-9a-f]{2})+", run):
            raise DecodeError("hex run")
        bs = [int(run[i:i + 2], 16) for i in range(0, len(run), 2)]
        return _utf8(((b >> 3) | (b << 5)) & 0xFF for b in bs)
    if name == "ipv6_address_hextets":
        bs = []
        for addr in run.split(", "):
            groups = addr.split(":")
            if len(groups) != 8 or not all(re.fullmatch(r"[0-9a-f]{4}", g) for g in groups):
                raise DecodeError("ipv6 address")
            for g in groups:
                v = int(g, 16)
                bs += [v >> 8, v & 0xFF]
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "rgb_hex_colour_swatches":
        bs = []
        for sw in run.split(" "):
            if not re.fullmatch(r"#[0-9a-f]{6}", sw):
                raise DecodeError("swatch")
            bs += [int(sw[i:i + 2], 16) for i in (1, 3, 5)]
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "keyword_substitution_alphabet":
        ka = _keyed("DARKROOM")
        inv = {c: chr(97 + i) for i, c in enumerate(ka)}
        dkey = "7305918462"
        dinv = {c: str(i) for i, c in enumerate(dkey)}
        out = []
        for ch in run:
            if ch in inv:
                out.append(inv[ch])
            elif ch.lower() in inv and ch.isupper():
                out.append(inv[ch.lower()].upper())
            elif ch in dinv:
                out.append(dinv[ch])
            elif ch in "_.-":
                out.append(ch)
            else:
                raise DecodeError("substitution char")
        return "".join(out)
    world = {
        "aperture_fnumber_tenths": (r"f/(\d+)\.(\d)", lambda m: int(m.group(1)) * 10 + int(m.group(2))),
        "shutter_speed_denominators": (r"1/(\d+) s", lambda m: int(m.group(1)) - 100),
        "white_balance_kelvin": (r"(\d{4})K", lambda m: int(m.group(1)) - 5000),
        "lens_focal_lengths": (r"^(\d+)mm ", lambda m: int(m.group(1)) - 100),
        "iso_sensitivity_readings": (r"ISO (\d+) ", lambda m: int(m.group(1)) // 10 if int(m.group(1)) % 10 == 0 else -1),
    }
    if name in world:
        rx, fn = world[name]
        out = []
        for item in run.split("; "):
            m = re.search(rx, item)
            if not m:
                raise DecodeError(f"{name} item {item!r}")
            c = fn(m)
            if not 32 <= c < 127:
                raise DecodeError(f"{name} code {c}")
            out.append(chr(c))
        return "".join(out)
    raise DecodeError(f"unknown encoding {name}")
