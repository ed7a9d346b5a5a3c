"""Independent decoder for the p182 evasions: gets only the encoding name and the
run; imports nothing from enc182 and no base64 / binascii / codecs."""
import re
import unicodedata

_KEY = "SQUEEGEE"
_GRID = "abcdefghijklmnopqrstuvwxyz0123456789"  # read row by row, 6 per row
_IT_WORDS = ("ancona bologna como domodossola empoli firenze genova hotel imola jolly kappa livorno milano "
             "napoli otranto padova quarto roma savona torino udine venezia washington xeres york zara").split()
_IT_NUM = "zero uno due tre quattro cinque sei sette otto nove".split()
_IT_SYM = {"trattino": "-", "sottolineato": "_", "punto": "."}
_SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se "
            "Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb "
            "Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm "
            "Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og")
_ATOMIC = {s: i + 1 for i, s in enumerate(_SYMBOLS.split())}
_COLEMAK_BACK = {c: q for q, c in zip("qwertyuiopasdfghjklzxcvbnm", "qwfpgjluy;arstdhneizxcvbkm")}
_GREEK_VAL = {"α": 1, "β": 2, "γ": 3, "δ": 4, "ε": 5, "ϛ": 6, "ζ": 7, "η": 8, "θ": 9, "ι": 10, "κ": 20,
              "λ": 30, "μ": 40, "ν": 50, "ξ": 60, "ο": 70, "π": 80, "ϟ": 90, "ρ": 100}
_CN = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LATIN_OF_CYR = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i", "ј": "j",
                 "ѕ": "s", "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
                 "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y"}


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _a85(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2]
    out = bytearray()
    for i in range(0, len(body), 5):
        chunk = body[i:i + 5]
        pad = 5 - len(chunk)
        chunk = chunk + "u" * pad
        n = 0
        for ch in chunk:
            n = n * 85 + (ord(ch) - 33)
        b = n.to_bytes(4, "big")
        out += b[:4 - pad]
    return out.decode("utf-8")


def _chinese_number(s):
    n = 0
    if s.startswith("一百"):
        n = 100
        s = s[2:]
        if s.startswith("零"):
            return n + _CN[s[1]]
    if not s:
        return n
    if "十" in s:
        t, u = s.split("十")
        return n + _CN[t] * 10 + (_CN[u] if u else 0)
    return n + _CN[s]


def decode(name, run):
    if name == "beaufort_cipher_key_squeegee":
        out, i = [], 0
        for ch in run:
            k = ord(_KEY[i % len(_KEY)]) - ord("A")
            if "a" <= ch <= "z" or "A" <= ch <= "Z":
                base = ord("A") if ch <= "Z" else ord("a")
                out.append(chr(base + (k - (ord(ch) - base)) % 26))
                i += 1
            elif "0" <= ch <= "9":
                out.append(str((k - int(ch)) % 10))
                i += 1
            else:
                out.append(ch)
        return "".join(out)
    if name == "polybius_six_by_six_coordinates":
        out = []
        for g in run.split(" "):
            if g in ("-", "_", "."):
                out.append(g)
                continue
            cap = g.startswith("^")
            g = g.lstrip("^")
            c = _GRID[(int(g[0]) - 1) * 6 + int(g[1]) - 1]
            out.append(c.upper() if cap else c)
        return "".join(out)
    if name == "colon_hex_byte_pairs":
        return _utf8(int(x, 16) for x in run.split(":"))
    if name == "ipv4_dotted_quad_byte_groups":
        bs = [int(x) for quad in run.split(", ") for x in quad.split(".")]
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "ascii85_adobe_frame":
        return _a85(run)
    if name == "quoted_printable_every_byte":
        return _utf8(int(x, 16) for x in re.findall(r"=([0-9A-F]{2})", run))
    if name == "url_percent_encoding_every_byte":
        return _utf8(int(x, 16) for x in re.findall(r"%([0-9A-Fa-f]{2})", run))
    if name == "italian_phonetic_spelling":
        out = []
        for w in run.split(" "):
            lw = w.lower()
            if w.isupper():
                out.append(chr(ord("A") + _IT_WORDS.index(lw)))
            elif lw in _IT_NUM:
                out.append(str(_IT_NUM.index(lw)))
            elif lw in _IT_SYM:
                out.append(_IT_SYM[lw])
            else:
                out.append(chr(ord("a") + _IT_WORDS.index(lw)))
        return "".join(out)
    if name == "chemical_element_symbols_minus_ten":
        return "".join(chr(_ATOMIC[s] + 10) for s in run.split(" "))
    if name == "conveyor_speed_feet_per_minute_log":
        return "".join(chr(int(m) - 40) for m in re.findall(r"(\d+) fpm", run))
    if name == "tyre_size_designations":
        return "".join(chr((int(w) - 145) + (int(a) - 40) // 5) for w, a, _r in re.findall(r"(\d+)/(\d+)R(\d+)", run))
    if name == "lug_nut_torque_newton_metres":
        return "".join(chr(int(m) - 60) for m in re.findall(r"(\d+) Nm", run))
    if name == "qwerty_keys_read_as_colemak":
        out = []
        for ch in run:
            if ch == ":":
                out.append("P")
            elif ch.lower() in _COLEMAK_BACK:
                q = _COLEMAK_BACK[ch.lower()]
                out.append(q.upper() if ch.isupper() else q)
            else:
                out.append(ch)
        return "".join(out)
    if name == "every_other_character_decoys":
        return run[0::2]
    if name == "xor_0x5a_hex_bytes":
        return _utf8(int(run[i:i + 2], 16) ^ 0x5A for i in range(0, len(run), 2))
    if name == "duodecimal_code_points":
        vals = {str(d): d for d in range(10)}
        vals["\u218A"], vals["\u218B"] = 10, 11
        out = []
        for g in run.split(" "):
            n = 0
            for ch in g:
                n = n * 12 + vals[ch]
            out.append(chr(n))
        return "".join(out)
    if name == "greek_alphabetic_numerals":
        return "".join(chr(sum(_GREEK_VAL[c] for c in g.rstrip("\u0374"))) for g in run.split(" "))
    if name == "chinese_numeral_code_points":
        return "".join(chr(_chinese_number(g)) for g in run.split("、"))
    if name == "mathematical_sans_serif_bold":
        return unicodedata.normalize("NFKC", run)
    if name == "cyrillic_homoglyph_swap":
        return "".join(_LATIN_OF_CYR.get(ch, ch) for ch in run)
    if name == "unicode_tag_characters_e0000":
        return "".join(chr(ord(ch) - 0xE0000) for ch in run)
    if name == "sql_char_concatenation":
        return "".join(chr(int(n)) for n in re.findall(r"CHAR\((\d+)\)", run))
    raise KeyError(name)
