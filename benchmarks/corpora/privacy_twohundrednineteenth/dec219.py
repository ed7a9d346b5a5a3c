"""Evasion decoder, written separately from enc219: it imports nothing from
the encoder and no base64 / binascii / codecs / struct / unicodedata; every
table is retyped here."""
import re

_OG = "\u1690a \u1681b \u1689c \u1687d \u1693e \u1683f \u168cg \u1686h \u1694i \u168dj \u1695k \u1682l \u168bm " \
      "\u1685n \u1691o \u169ap \u168aq \u168fr \u1684s \u1688t \u1692u \u1699v \u1697w \u1698x \u1696y \u168ez"
OGHAM_BACK = {item[0]: item[1] for item in _OG.split()}

TREE_BACK = {}
for _w in ("alder birch cedar dogwood elm fir gorse hazel ivy juniper katsura larch maple nutmeg oak pine "
           "quince rowan spruce tamarisk ulmo viburnum willow xanthoceras yew zelkova").split():
    TREE_BACK[_w] = _w[0]
    TREE_BACK[_w[0].upper() + _w[1:]] = _w[0].upper()
for _i, _w in enumerate("stump log billet cord stack crate sack pallet load trailer".split()):
    TREE_BACK[_w] = str(_i)
TREE_BACK.update({"bar": "_", "dot": ".", "dash": "-"})

SUP_BACK = {
    0x1D43: "a", 0x1D47: "b", 0x1D9C: "c", 0x1D48: "d", 0x1D49: "e", 0x1DA0: "f", 0x1D4D: "g", 0x2B0: "h",
    0x2071: "i", 0x2B2: "j", 0x1D4F: "k", 0x2E1: "l", 0x1D50: "m", 0x207F: "n", 0x1D52: "o", 0x1D56: "p",
    0x107A5: "q", 0x2B3: "r", 0x2E2: "s", 0x1D57: "t", 0x1D58: "u", 0x1D5B: "v", 0x2B7: "w", 0x2E3: "x",
    0x2B8: "y", 0x1DBB: "z", 0x2070: "0", 0xB9: "1", 0xB2: "2", 0xB3: "3", 0x2074: "4", 0x2075: "5",
    0x2076: "6", 0x2077: "7", 0x2078: "8", 0x2079: "9"}

NOTE_VAL = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}

KEYROWS = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./",
           "!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"]
LEFT_OF = {}
for _r in KEYROWS:
    for _j in range(1, len(_r)):
        LEFT_OF[_r[_j]] = _r[_j - 1]


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _is_prime(k):
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


def _prime_index(p):
    if not _is_prime(p):
        raise ValueError("not prime")
    return sum(1 for k in range(2, p + 1) if _is_prime(k))


def _from_negadecimal(t):
    v = 0
    for ch in t:
        v = v * -10 + int(ch)
    return v


def _unbubble(s):
    vow, con = "aeiouy", "bcdfghklmnprstvzx"
    if not (s.startswith("x") and s.endswith("x")):
        raise ValueError("frame")
    body = s[1:-1]
    tuples = body.split("-")
    out = []
    seed = 1
    for i, t in enumerate(tuples):
        last = i == len(tuples) - 1
        if i == 0:
            part = t
        else:
            part = t[1:]
            # t[0] is the low nibble of the previous second byte, already used
        if not last:
            a, b, c, d = part[0], part[1], part[2], part[3]
            e = tuples[i + 1][0]
            hi2 = (vow.index(a) - seed) % 6
            lo2 = (vow.index(c) - seed // 6) % 6
            if hi2 > 3 or lo2 > 3:
                raise ValueError("checksum")
            b1 = hi2 << 6 | con.index(b) << 2 | lo2
            b2 = con.index(d) << 4 | con.index(e)
            out += [b1, b2]
            seed = (seed * 5 + b1 * 7 + b2) % 36
        else:
            a, b, c = part[0], part[1], part[2]
            if b == "x":
                if vow.index(a) != seed % 6 or vow.index(c) != seed // 6:
                    raise ValueError("checksum")
            else:
                hi2 = (vow.index(a) - seed) % 6
                lo2 = (vow.index(c) - seed // 6) % 6
                if hi2 > 3 or lo2 > 3:
                    raise ValueError("checksum")
                out.append(hi2 << 6 | con.index(b) << 2 | lo2)
    return _utf8(out)


def _unproquint(s):
    con, vow = "bdfghjklmnprstvz", "aiou"
    out = []
    for w in s.split("-"):
        if len(w) != 5:
            raise ValueError("word")
        v = (con.index(w[0]) << 12 | vow.index(w[1]) << 10 | con.index(w[2]) << 6
             | vow.index(w[3]) << 4 | con.index(w[4]))
        out += [v >> 8, v & 255]
    if out and out[-1] == 0:
        out.pop()
    return _utf8(out)


def decode(name, run):
    if name == "ogham_feda_letters":
        out, i = [], 0
        while i < len(run):
            c = run[i]
            if c == "\u169b":
                out.append(OGHAM_BACK[run[i + 1]].upper())
                i += 2
            elif c == "\u169c":
                out.append(str("abcdefghij".index(OGHAM_BACK[run[i + 1]])))
                i += 2
            elif c in OGHAM_BACK:
                out.append(OGHAM_BACK[c])
                i += 1
            else:
                out.append(c)
                i += 1
        return "".join(out)
    if name == "negadecimal_code_points":
        return "".join(chr(_from_negadecimal(t)) for t in run.split(" "))
    if name == "egyptian_hieroglyph_numerals":
        vals = {0x13362: 100, 0x13386: 10, 0x133FA: 1}
        return "".join(chr(sum(vals[ord(c)] for c in g)) for g in run.split(" "))
    if name == "aegean_number_signs":
        out = []
        for g in run.split(" "):
            n = 0
            for c in g:
                o = ord(c)
                if 0x10107 <= o <= 0x1010F:
                    n += o - 0x10106
                elif 0x10110 <= o <= 0x10118:
                    n += (o - 0x1010F) * 10
                elif 0x10119 <= o <= 0x10121:
                    n += (o - 0x10118) * 100
                else:
                    raise ValueError("aegean")
            out.append(chr(n))
        return "".join(out)
    if name == "yijing_hexagram_sextets":
        bits = "".join("{:06b}".format(ord(c) - 0x4DC0) for c in run)
        nbytes = len(bits) // 8
        return _utf8(int(bits[8 * k: 8 * k + 8], 2) for k in range(nbytes))
    if name == "tree_species_acrostic":
        return "".join(TREE_BACK[w] for w in run.split(" "))
    if name == "adjacent_pair_swap":
        s = list(run)
        for i in range(0, len(s) - 1, 2):
            s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    if name == "move_to_front_indices":
        lst = list("-.") + [chr(c) for c in range(48, 58)] + [chr(c) for c in range(65, 91)] + ["_"] + [chr(c) for c in range(97, 123)]
        out = []
        for t in run.split(" "):
            c = lst.pop(int(t))
            out.append(c)
            lst.insert(0, c)
        return "".join(out)
    if name == "code_point_deltas":
        parts = run.split(" ")
        cur = int(parts[0])
        out = [chr(cur)]
        for p in parts[1:]:
            cur += int(p)
            out.append(chr(cur))
        return "".join(out)
    if name == "combining_long_stroke_overlay":
        if run[1::2] != "\u0336" * (len(run) // 2) or len(run) % 2:
            raise ValueError("overlay")
        return run[0::2]
    if name == "superscript_modifier_letters":
        out, cap = [], False
        for c in run:
            if c == "^":
                cap = True
                continue
            ch = SUP_BACK.get(ord(c), c)
            out.append(ch.upper() if cap else ch)
            cap = False
        return "".join(out)
    if name == "bubblebabble_words":
        return _unbubble(run)
    if name == "proquint_words":
        return _unproquint(run)
    if name == "midi_note_names":
        out = []
        for t in run.split(" "):
            m = re.fullmatch(r"([A-G]#?)(-?\d+)", t)
            out.append(chr((int(m.group(2)) + 1) * 12 + NOTE_VAL[m.group(1)]))
        return "".join(out)
    if name == "qwerty_right_shift_typing":
        return "".join(LEFT_OF[c] for c in run)
    if name == "nth_prime_code_points":
        return "".join(chr(_prime_index(int(t))) for t in run.split(" "))
    if name == "survey_stem_diameter_mm":
        return "".join(chr(int(m) - 200) for m in re.findall(r"T\d+ (\d+) mm", run))
    if name == "log_moisture_readings":
        return "".join(chr(int(a) * 10 + int(b) - 50) for a, b in re.findall(r"[A-Z]\d: (\d+)\.(\d) %", run))
    if name == "saw_chain_drive_links":
        return "".join(chr(int(m) - 10) for m in re.findall(r"(\d+) DL", run))
    if name == "bulk_bag_net_weights":
        return "".join(chr((int(m) - 200) // 5) for m in re.findall(r"bag \d+: (\d+) kg", run))
    if name == "tpo_register_numbers":
        return "".join(chr(int(m) - 1000) for m in re.findall(r"TPO/\d{4}/(\d{4})", run))
    if name == "chipper_engine_hours":
        return "".join(chr((int(m) - 1000) // 3) for m in re.findall(r"CH-\d\d (\d+)\.\d h", run))
    raise ValueError("unknown encoding " + name)
