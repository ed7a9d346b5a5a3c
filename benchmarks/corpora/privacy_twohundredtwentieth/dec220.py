"""Independent decoders for the evasion runs. Imports nothing from enc220 and no base64/binascii/codecs;
every table is retyped here."""
import re
import unicodedata

_EO = {"unu": 1, "du": 2, "tri": 3, "kvar": 4, "kvin": 5, "ses": 6, "sep": 7, "ok": 8, "naŭ": 9}
_SW = {"moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9,
       "kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50, "sitini": 60,
       "sabini": 70, "themanini": 80, "tisini": 90}
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_CR = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _from_negabinary(s):
    v = 0
    for ch in s:
        v = v * -2 + int(ch)
    return v


def _from_columns(s):
    v = 0
    for ch in s:
        v = v * 26 + (ord(ch) - 64)
    return v


def _eo(tok):
    total = 0
    for w in tok.split():
        if w.endswith("cent"):
            total += 100 * (_EO[w[:-4]] if w[:-4] else 1)
        elif w.endswith("dek"):
            total += 10 * (_EO[w[:-3]] if w[:-3] else 1)
        else:
            total += _EO[w]
    return total


def _sw(tok):
    words = tok.split()
    total, i = 0, 0
    while i < len(words):
        w = words[i]
        if w == "na":
            i += 1
            continue
        if w == "mia":
            total += 100 * _SW[words[i + 1]]
            i += 2
            continue
        total += _SW[w]
        i += 1
    return total


def _aegean(tok):
    total = 0
    for ch in tok:
        cp = ord(ch)
        if 0x10107 <= cp <= 0x1010F:
            total += cp - 0x10106
        elif 0x10110 <= cp <= 0x10118:
            total += 10 * (cp - 0x1010F)
        elif 0x10119 <= cp <= 0x10121:
            total += 100 * (cp - 0x10118)
        else:
            raise ValueError(ch)
    return total


def _uu(line):
    def v(ch):
        return 0 if ch == "`" else (ord(ch) - 32) & 63
    n = v(line[0])
    out = bytearray()
    body = line[1:]
    for i in range(0, len(body), 4):
        q = body[i:i + 4]
        x = (v(q[0]) << 18) | (v(q[1]) << 12) | (v(q[2]) << 6) | v(q[3])
        out += bytes([(x >> 16) & 255, (x >> 8) & 255, x & 255])
    return bytes(out[:n])


def _a85(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2].replace("z", "!!!!!")
    out = bytearray()
    for i in range(0, len(body), 5):
        grp = body[i:i + 5]
        n = len(grp)
        grp = grp + "u" * (5 - n)
        x = 0
        for ch in grp:
            x = x * 85 + (ord(ch) - 33)
        out += x.to_bytes(4, "big")[:n - 1]
    return bytes(out)


def _b58(run):
    x = 0
    for ch in run:
        x = x * 58 + _B58.index(ch)
    lead = len(run) - len(run.lstrip("1"))
    body = x.to_bytes((x.bit_length() + 7) // 8, "big") if x else b""
    return b"\0" * lead + body


def _crock(run):
    bits = "".join(format(_CR.index(ch.upper()), "05b") for ch in run)
    n = len(bits) // 8
    return bytes(int(bits[8 * i:8 * i + 8], 2) for i in range(n))


def decode(name, run):
    if name == "negabinary_code_points":
        return "".join(chr(_from_negabinary(t)) for t in run.split(" "))
    if name == "spreadsheet_column_letters":
        return "".join(chr(_from_columns(t)) for t in run.split(" "))
    if name in ("ol_chiki_digit_code_points", "mongolian_digit_code_points"):
        return "".join(chr(int("".join(str(unicodedata.digit(c)) for c in t))) for t in run.split(" "))
    if name == "esperanto_number_words":
        return "".join(chr(_eo(t)) for t in run.split(" | "))
    if name == "swahili_number_words":
        return "".join(chr(_sw(t)) for t in run.split(" ; "))
    if name == "aegean_number_signs":
        return "".join(chr(_aegean(t)) for t in run.split(" "))
    if name == "combining_dot_below_marks":
        assert run.count("\u0323") * 2 == len(run)
        return run.replace("\u0323", "")
    if name == "bacon_biliteral_seven_bit":
        return "".join(chr(int(t.replace("A", "0").replace("B", "1"), 2)) for t in run.split(" "))
    if name == "delta_from_previous_code_point":
        toks = run.split(" ")
        cur = int(toks[0])
        out = [chr(cur)]
        for t in toks[1:]:
            cur += int(t)
            out.append(chr(cur))
        return "".join(out)
    if name == "modular_inverse_mod_257":
        res = []
        for t in run.split(" "):
            x = int(t)
            c = next(c for c in range(1, 257) if (c * x) % 257 == 1)
            res.append(chr(c))
        return "".join(res)
    if name == "adjacent_pair_swap":
        ch = list(run)
        for i in range(0, len(ch) - 1, 2):
            ch[i], ch[i + 1] = ch[i + 1], ch[i]
        return "".join(ch)
    if name == "index_tagged_scramble":
        pairs = []
        for t in run.split(" "):
            pos, c = t.split(":", 1)
            pairs.append((int(pos), c))
        pairs.sort()
        assert [p for p, _ in pairs] == list(range(1, len(pairs) + 1))
        return "".join(c for _, c in pairs)
    if name == "uuencode_single_line":
        return _uu(run).decode()
    if name == "ascii85_adobe_frame":
        return _a85(run).decode()
    if name == "base58_bitcoin_alphabet":
        return _b58(run).decode()
    if name == "crockford_base32_bytes":
        return _crock(run).decode()
    if name == "kart_lap_time_thousandths":
        return "".join(chr(int(m)) for m in re.findall(r"L\d+ 0:\d\d\.(\d{3})", run))
    if name == "paintball_chrono_velocity_fps":
        return "".join(chr(int(m) - 180) for m in re.findall(r"(\d+) fps", run))
    if name == "party_session_start_times":
        return "".join(chr((int(h) - 10) * 60 + int(m)) for h, m in re.findall(r"(\d\d):(\d\d)", run))
    if name == "transponder_number_suffix":
        return "".join(chr(int(t[-3:])) for t in run.split(" "))
    if name == "league_table_points":
        return "".join(chr(int(m) - 200) for m in re.findall(r"[A-Za-z]+ (\d+)", run))
    raise KeyError(name)
