"""Independent decoders for the 22 evasion notations. Imports nothing from enc178, no base64/binascii/codecs."""
import re
import unicodedata

_M = ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --..".split()
_MD = "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----.".split()
_MORSE_BACK = {code: chr(97 + i) for i, code in enumerate(_M)}
_MORSE_BACK.update({code: str(i) for i, code in enumerate(_MD)})
_MORSE_BACK.update({"-....-": "-", "..--.-": "_", ".-.-.-": "."})
_NATO_WORDS = ("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa "
               "quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()
_NUM_WORDS = "Zero One Two Three Four Five Six Seven Eight Niner".split()
_B58_ALPHA = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B45_ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ROMAN_VAL = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_SQUARE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"      # read row by row, six per row
_PHONE = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
_WORDNUM = {"ZERO": 0, "ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5, "SIX": 6, "SEVEN": 7, "EIGHT": 8, "NINE": 9}


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def decode(name, run):
    if name == "morse_code_caret_capitals":
        out = ""
        for tok in run.split(" "):
            up = tok.startswith("^")
            ch = _MORSE_BACK[tok.lstrip("^")]
            out += ch.upper() if up else ch
        return out
    if name == "nato_spelling_words":
        out = ""
        for w in run.split(" "):
            if w in _NUM_WORDS:
                out += str(_NUM_WORDS.index(w))
            elif w == "Dash":
                out += "-"
            elif w == "Underscore":
                out += "_"
            elif w == "Stop":
                out += "."
            elif w.lower() in _NATO_WORDS:
                c = chr(ord("a") + _NATO_WORDS.index(w.lower()))
                out += c.upper() if w.isupper() else c
            else:
                raise ValueError(w)
        return out
    if name == "atbash_letters_nine_complement_digits":
        out = ""
        for c in run:
            if c.islower():
                out += chr(ord("z") - (ord(c) - ord("a")))
            elif c.isupper():
                out += chr(ord("Z") - (ord(c) - ord("A")))
            elif c.isdigit():
                out += "9876543210"[int(c)]
            else:
                out += c
        return out
    if name == "percent_escapes_every_byte":
        if not re.fullmatch(r"(%[0-9A-F]{2})+", run):
            raise ValueError("bad percent run")
        return _utf8(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", run))
    if name == "html_decimal_character_references":
        if not re.fullmatch(r"(&#\d+;)+", run):
            raise ValueError("bad reference run")
        return "".join(chr(int(n)) for n in re.findall(r"&#(\d+);", run))
    if name == "fullwidth_latin_forms":
        return "".join(chr(ord(c) - 65248) for c in run)
    if name == "double_struck_letters_and_digits":
        out = ""
        for c in run:
            if c in "-_.":
                out += c
                continue
            nm = unicodedata.name(c)
            m = re.fullmatch(r"(?:MATHEMATICAL )?DOUBLE-STRUCK (CAPITAL|SMALL|DIGIT) (\w+)", nm)
            if not m:
                raise ValueError(nm)
            kind, what = m.groups()
            if kind == "DIGIT":
                out += str(_WORDNUM[what])
            else:
                out += what if kind == "CAPITAL" else what.lower()
        return out
    if name == "base58_bitcoin_alphabet":
        n = 0
        for c in run:
            n = n * 58 + _B58_ALPHA.index(c)
        zeros = len(run) - len(run.lstrip("1"))
        body = []
        while n:
            body.insert(0, n & 0xFF)
            n >>= 8
        return _utf8([0] * zeros + body)
    if name == "base45_rfc9285_alphabet":
        vals = [_B45_ALPHA.index(c) for c in run]
        out = []
        for i in range(0, len(vals), 3):
            grp = vals[i:i + 3]
            if len(grp) == 3:
                n = grp[0] + grp[1] * 45 + grp[2] * 2025
                out += [n >> 8, n & 0xFF]
            elif len(grp) == 2:
                out.append(grp[0] + grp[1] * 45)
            else:
                raise ValueError("dangling base45 character")
        return _utf8(out)
    if name == "roman_numeral_code_points":
        out = ""
        for tok in run.split(" "):
            total = 0
            for i, ch in enumerate(tok):
                v = _ROMAN_VAL[ch]
                nxt = _ROMAN_VAL[tok[i + 1]] if i + 1 < len(tok) else 0
                total += -v if v < nxt else v
            out += chr(total)
        return out
    if name == "zeckendorf_fibonacci_code_points":
        weights = [1, 2]
        while len(weights) < 10:
            weights.append(weights[-1] + weights[-2])
        weights.reverse()
        out = ""
        for tok in run.split(" "):
            if len(tok) != 10 or "11" in tok:
                raise ValueError("not a Zeckendorf group")
            out += chr(sum(w for w, bit in zip(weights, tok) if bit == "1"))
        return out
    if name == "reflected_gray_code_bytes":
        out = []
        for tok in run.split(" "):
            g = int(tok, 2)
            x = 0
            while g:
                x ^= g
                g >>= 1
            out.append(x)
        return _utf8(out)
    if name == "polybius_six_by_six_square":
        out = ""
        for tok in run.split(" "):
            if tok in ("-", "_", "."):
                out += tok
                continue
            cap = tok.startswith("^")
            r, c = int(tok.lstrip("^")[0]), int(tok.lstrip("^")[1])
            ch = _SQUARE[(r - 1) * 6 + (c - 1)]
            out += ch if (cap or ch.isdigit()) else ch.lower()
        return out
    if name == "autokey_cipher_primer_puck":
        key = list("PUCK")
        out, i = "", 0
        for c in run:
            if not c.isalnum():
                out += c
                continue
            k = key[i]
            shift = int(k) if k.isdigit() else ord(k.upper()) - ord("A")
            i += 1
            if c.isdigit():
                p = str((int(c) - shift) % 10)
            elif c.isupper():
                p = chr(ord("A") + (ord(c) - ord("A") - shift) % 26)
            else:
                p = chr(ord("a") + (ord(c) - ord("a") - shift) % 26)
            out += p
            key.append(p)
        return out
    if name == "boustrophedon_rows_of_five":
        rows = run.split(" / ")
        return "".join(r[::-1] if k % 2 == 1 else r for k, r in enumerate(rows))
    if name == "ice_time_slot_clock_minutes":
        out = ""
        for tok in run.split(", "):
            h, m = tok.split(":")
            out += chr(int(h) * 60 + int(m) - 360)
        return out
    if name == "skate_blade_length_millimetres":
        return "".join(chr(int(m) - 150) for m in re.findall(r"(\d+) mm", run))
    if name == "curling_linescore_base_nine":
        out = []
        for tok in run.split(" | "):
            a, b, c = (int(x) for x in tok.split("-"))
            out.append(a * 81 + b * 9 + c)
        return _utf8(out)
    if name == "brine_temperature_tenths":
        return "".join(chr(int(w) * 10 + int(f)) for w, f in re.findall(r"-(\d+)\.(\d)°C", run))
    if name == "phone_keypad_multitap":
        out = ""
        for tok in run.split(" "):
            if tok in ("-", "_", "."):
                out += tok
            elif tok.startswith("#"):
                out += tok[1]
            else:
                cap = tok.startswith("^")
                t = tok.lstrip("^")
                if len(set(t)) != 1:
                    raise ValueError(tok)
                ch = _PHONE[int(t[0])][len(t) - 1]
                out += ch.upper() if cap else ch
        return out
    if name == "rotated_left_by_three":
        return run[-3:] + run[:-3]
    if name == "uuencode_single_line_backtick":
        n = (ord(run[0]) - 32) & 63
        vals = [(ord(c) - 32) & 63 for c in run[1:]]
        out = []
        for i in range(0, len(vals), 4):
            a, b, c, d = (vals[i:i + 4] + [0, 0, 0])[:4]
            out += [(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d]
        return _utf8(out[:n])
    raise KeyError(name)
