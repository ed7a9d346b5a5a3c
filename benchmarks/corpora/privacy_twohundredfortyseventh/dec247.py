"""Decoders for the evasion encodings of corpus p247.

Written separately from enc247: imports nothing from it (and no base64, binascii, codecs, struct or
unicodedata); every table is retyped here. decode(name, run) returns the plain or raises ValueError.
"""
import re

_BOOK = ("Check-in 15:00-22:00, check-out by 10:30. Quiet hours 22:00-07:00. Breakfast 07:30-09:45 "
         "in the lounge. No smoking, no parties, no pets (guide dogs welcome). Please leave keys in "
         "box_2 at reception. Max 6 guests per apartment; extra bed 18 EUR. Wi-Fi network: "
         "Aurora_Guests. Recycle glass, paper and jars; take the lift to floor 4. Enjoy Zagreb!")


def _chars(codes):
    out = []
    for n in codes:
        if not (32 < n < 127):
            raise ValueError("code out of range: %r" % n)
        out.append(chr(n))
    return "".join(out)


# ------------------------------------------------------------------ Hungarian
_HU_TENS = [("kilencven", 90), ("nyolcvan", 80), ("hetven", 70), ("hatvan", 60), ("ötven", 50),
            ("negyven", 40), ("harminc", 30), ("huszon", 20), ("húsz", 20), ("tizen", 10), ("tíz", 10)]
_HU_UNITS = {"egy": 1, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7, "nyolc": 8, "kilenc": 9}


def _hu(word):
    n = 0
    w = word
    if w.startswith("száz"):
        n += 100
        w = w[4:]
    for t, v in _HU_TENS:
        if w.startswith(t):
            n += v
            w = w[len(t):]
            if t in ("huszon", "tizen") and not w:
                raise ValueError("dangling tens prefix")
            break
    if w:
        if w not in _HU_UNITS:
            raise ValueError("bad Hungarian number word %r" % word)
        n += _HU_UNITS[w]
    return n


# ------------------------------------------------------------------ tables
_SUZHOU = {"\u3007": 0, "\u3021": 1, "\u3022": 2, "\u3023": 3, "\u3024": 4, "\u3025": 5, "\u3026": 6,
           "\u3027": 7, "\u3028": 8, "\u3029": 9}
_SEG = {"abcdef": 0, "bc": 1, "abdeg": 2, "abcdg": 3, "bcfg": 4, "acdfg": 5, "acdefg": 6, "abc": 7,
        "abcdefg": 8, "abcdfg": 9}
_UNTURN = {"\u0250": "a", "q": "b", "\u0254": "c", "p": "d", "\u01dd": "e", "\u025f": "f", "\u0183": "g",
           "\u0265": "h", "\u1d09": "i", "\u027e": "j", "\u029e": "k", "\ua781": "l", "\u026f": "m", "u": "n",
           "o": "o", "d": "p", "b": "q", "\u0279": "r", "s": "s", "\u0287": "t", "n": "u", "\u028c": "v",
           "\u028d": "w", "x": "x", "\u028e": "y", "z": "z"}
_KEYWORD = "GUESTHOABCDFIJKLMNPQRVWXYZ"
_HILL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~!"
_AMEN = {"attic": "a", "balcony": "b", "cottage": "c", "duvet": "d", "ensuite": "e", "fireplace": "f",
         "garden": "g", "hammock": "h", "inn": "i", "jacuzzi": "j", "kettle": "k", "lounge": "l",
         "minibar": "m", "nightstand": "n", "orchard": "o", "pillow": "p", "quilt": "q", "reception": "r",
         "sauna": "s", "towel": "t", "umbrella": "u", "veranda": "v", "wardrobe": "w", "xenia": "x",
         "yurt": "y", "zimmer": "z"}
_ES = {"a": "a", "be": "b", "ce": "c", "de": "d", "e": "e", "efe": "f", "ge": "g", "hache": "h", "i": "i",
       "jota": "j", "ka": "k", "ele": "l", "eme": "m", "ene": "n", "o": "o", "pe": "p", "cu": "q",
       "erre": "r", "ese": "s", "te": "t", "u": "u", "uve": "v", "uve doble": "w", "equis": "x", "ye": "y",
       "zeta": "z", "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
       "seis": "6", "siete": "7", "ocho": "8", "nueve": "9", "guion bajo": "_", "punto": ".", "guion": "-"}
_WIND = {"N": 0, "NNE": 1, "NE": 2, "ENE": 3, "E": 4, "ESE": 5, "SE": 6, "SSE": 7, "S": 8, "SSW": 9,
         "SW": 10, "WSW": 11, "W": 12, "WNW": 13, "NW": 14, "NNW": 15}


def _inv_mod(a, m):
    for x in range(1, m):
        if a * x % m == 1:
            return x
    raise ValueError("no inverse")


def decode(name, run):
    if name == "hungarian_number_words":
        return _chars(_hu(w) for w in run.split(", "))
    if name == "suzhou_numeral_code_points":
        codes = []
        for g in run.split(" "):
            n = 0
            for ch in g:
                n = n * 10 + _SUZHOU[ch]
            codes.append(n)
        return _chars(codes)
    if name == "undecimal_code_points":
        codes = []
        for g in run.split(" "):
            n = 0
            for ch in g:
                d = 10 if ch == "A" else int(ch)
                n = n * 11 + d
            codes.append(n)
        return _chars(codes)
    if name == "power_of_two_sums":
        codes = []
        for g in run.split(" ; "):
            parts = [int(p) for p in g.split("+")]
            for p in parts:
                if p & (p - 1):
                    raise ValueError("not a power of two")
            if parts != sorted(set(parts), reverse=True):
                raise ValueError("not a descending set of powers")
            codes.append(sum(parts))
        return _chars(codes)
    if name == "seven_segment_digit_masks":
        return _chars(int("".join(str(_SEG[s]) for s in g.split("."))) for g in run.split(" "))
    if name == "turned_letter_lookalikes":
        out = []
        for ch in run:
            if ch in _UNTURN:
                out.append(_UNTURN[ch])
            elif ch.isupper() or ch.isdigit() or ch in "_.-":
                out.append(ch)
            else:
                raise ValueError("unexpected %r" % ch)
        return "".join(out)
    if name == "gothic_letters_caret_capitals":
        out = []
        cap = False
        for ch in run:
            if ch == "^":
                cap = True
                continue
            o = ord(ch)
            if 0x10330 <= o <= 0x10349:
                letter = chr(o - 0x10330 + ord("a"))
                out.append(letter.upper() if cap else letter)
            else:
                out.append(ch)
            cap = False
        return "".join(out)
    if name == "keyword_mixed_alphabet_substitution":
        out = []
        for ch in run:
            if ch.upper() in _KEYWORD and ch.isalpha():
                i = _KEYWORD.index(ch.upper())
                letter = "abcdefghijklmnopqrstuvwxyz"[i]
                out.append(letter.upper() if ch.isupper() else letter)
            else:
                out.append(ch)
        return "".join(out)
    if name == "hill_cipher_2x2_mod67":
        if len(run) % 2:
            raise ValueError("odd Hill run")
        det_inv = _inv_mod((3 * 7 - 5 * 2) % 67, 67)
        a, b, c, d = (7 * det_inv) % 67, (-5 * det_inv) % 67, (-2 * det_inv) % 67, (3 * det_inv) % 67
        out = []
        for i in range(0, len(run), 2):
            u, v = _HILL.index(run[i]), _HILL.index(run[i + 1])
            out.append(_HILL[(a * u + b * v) % 67] + _HILL[(c * u + d * v) % 67])
        s = "".join(out)
        if s.endswith("~"):
            s = s[:-1]
        return s
    if name == "book_cipher_house_rules":
        words = _BOOK.split(" ")
        out = []
        for tok in run.split(" "):
            cap = tok.startswith("^")
            w, l = tok.lstrip("^").split(":")
            ch = words[int(w) - 1][int(l) - 1].lower()
            out.append(ch.upper() if cap else ch)
        return "".join(out)
    if name == "intel_hex_record":
        data = []
        recs = run.split(" ")
        if recs[-1] != ":00000001FF":
            raise ValueError("no EOF record")
        for r in recs[:-1]:
            if not r.startswith(":"):
                raise ValueError("bad record")
            raw = [int(r[i:i + 2], 16) for i in range(1, len(r), 2)]
            if sum(raw) & 255:
                raise ValueError("bad Intel HEX checksum")
            if raw[3] != 0 or raw[0] != len(raw) - 5:
                raise ValueError("bad record type or length")
            data.extend(raw[4:-1])
        return _chars(data)
    if name == "creditor_reference_rf_mod97":
        digits = ""
        for ref in run.split(" / "):
            r = ref.replace(" ", "")
            if not r.startswith("RF"):
                raise ValueError("not RF")
            chk, body = r[2:4], r[4:]
            if int(body + "2715" + chk) % 97 != 1:
                raise ValueError("bad RF check digits")
            digits += body
        if len(digits) % 3:
            raise ValueError("bad digit count")
        return _chars(int(digits[i:i + 3]) for i in range(0, len(digits), 3))
    if name == "breakfast_order_tally":
        codes = []
        for g in run.split("; "):
            m = re.fullmatch(r"Rm \d+: (\d) croissants, (\d) eggs, (\d) coffees", g)
            if not m:
                raise ValueError("bad order %r" % g)
            codes.append(int(m.group(1)) * 100 + int(m.group(2)) * 10 + int(m.group(3)))
        return _chars(codes)
    if name == "rssi_site_survey_dbm":
        codes = []
        for g in run.split(", "):
            m = re.fullmatch(r"AP-[A-Za-z0-9-]+ [\u2212-](\d+) dBm", g)
            if not m:
                raise ValueError("bad reading %r" % g)
            codes.append(int(m.group(1)) + 25)
        return _chars(codes)
    if name == "thermostat_setpoint_tenths":
        codes = []
        for g in run.split(" | "):
            m = re.fullmatch(r"Rm \d+ (\d+)\.(\d) °C", g)
            if not m:
                raise ValueError("bad setpoint %r" % g)
            codes.append(int(m.group(1)) * 10 + int(m.group(2)) - 100)
        return _chars(codes)
    if name == "amenity_spelling_alphabet":
        out = []
        for g in run.split(", "):
            if g.startswith("door "):
                out.append(str(int(g[5:])))
            elif g in ("underscore", "dot", "dash"):
                out.append({"underscore": "_", "dot": ".", "dash": "-"}[g])
            elif g.lower() in _AMEN:
                letter = _AMEN[g.lower()]
                out.append(letter.upper() if g.isupper() else letter)
            else:
                raise ValueError("unknown amenity %r" % g)
        return "".join(out)
    if name == "spanish_letter_names":
        out = []
        for g in run.split(", "):
            cap = g.startswith("mayúscula ")
            if cap:
                g = g[len("mayúscula "):]
            ch = _ES[g]
            out.append(ch.upper() if cap else ch)
        return "".join(out)
    if name == "elias_gamma_bit_string":
        codes = []
        for g in run.split(" "):
            k = len(g) - len(g.lstrip("0"))
            body = g[k:]
            if len(body) != k + 1 or set(g) - set("01"):
                raise ValueError("bad gamma code")
            n = 0
            for bit in body:
                n = n * 2 + int(bit)
            codes.append(n)
        return _chars(codes)
    if name == "compass_point_nibbles":
        return _chars(_WIND[a] * 16 + _WIND[b] for a, b in (g.split("/") for g in run.split(", ")))
    if name == "soroban_bead_rods":
        codes = []
        for g in run.split(" / "):
            n = 0
            for r in g.split(" "):
                m = re.fullmatch(r"([H-])\|(o*)(\.*)", r)
                if not m or len(m.group(2)) + len(m.group(3)) != 4:
                    raise ValueError("bad rod %r" % r)
                n = n * 10 + (5 if m.group(1) == "H" else 0) + len(m.group(2))
            codes.append(n)
        return _chars(codes)
    if name == "room_floor_door_nibbles":
        codes = []
        for g in run.split(", "):
            floor, door = divmod(int(g), 100)
            if not 1 <= door <= 16:
                raise ValueError("bad door")
            codes.append(floor * 16 + door - 1)
        return _chars(codes)
    if name == "euro_coin_change_breakdown":
        codes = []
        for g in run.split(" | "):
            coins = [int(c) for c in g.split("+")]
            if any(c not in (50, 20, 10, 5, 2, 1) for c in coins) or coins != sorted(coins, reverse=True):
                raise ValueError("bad coins")
            codes.append(sum(coins))
        return _chars(codes)
    raise ValueError("unknown encoding %r" % name)
