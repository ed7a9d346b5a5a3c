"""Independent decoders of the 22 evasion encodings.

Gets only the encoding name and the run.  Imports nothing from enc253 or common253 and no base64,
binascii, codecs, zlib or unicodedata; every table is retyped or recomputed here.
"""
import math
import re
import struct


def _strip_zero_tail(b):
    while b and b[-1] == 0:
        b = b[:-1]
    return b


# ---------------------------------------------------------------- zlib (fixed Huffman only)
def d_zlib(run):
    data = bytes(int(run[i:i + 2], 16) for i in range(0, len(run), 2))
    if data[0] != 0x78 or ((data[0] << 8) | data[1]) % 31:
        raise ValueError("zlib header")
    pos = [16]                                   # bit position, skipping the two header bytes

    def bit():
        b = (data[pos[0] >> 3] >> (pos[0] & 7)) & 1
        pos[0] += 1
        return b

    def bits_lsb(n):
        return sum(bit() << i for i in range(n))

    def bits_msb(n):
        v = 0
        for _ in range(n):
            v = (v << 1) | bit()
        return v
    if bits_lsb(1) != 1 or bits_lsb(2) != 1:
        raise ValueError("not a final fixed-Huffman block")
    out = bytearray()
    lbase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
             163, 195, 227, 258]
    lext = [0] * 8 + [1] * 4 + [2] * 4 + [3] * 4 + [4] * 4 + [5] * 4 + [0]
    dbase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
             3073, 4097, 6145, 8193, 12289, 16385, 24577]
    dext = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    while True:
        c = bits_msb(7)
        if c <= 0x17:
            sym = 256 + c
        else:
            c = (c << 1) | bit()
            if 0x30 <= c <= 0xBF:
                sym = c - 0x30
            elif 0xC0 <= c <= 0xC7:
                sym = 280 + c - 0xC0
            else:
                c = (c << 1) | bit()
                sym = 144 + c - 0x190
        if sym < 256:
            out.append(sym)
        elif sym == 256:
            break
        else:
            i = sym - 257
            length = lbase[i] + bits_lsb(lext[i])
            dcode = bits_msb(5)
            dist = dbase[dcode] + bits_lsb(dext[dcode])
            for _ in range(length):
                out.append(out[-dist])
    pos[0] = (pos[0] + 7) // 8 * 8
    trailer = data[pos[0] // 8:pos[0] // 8 + 4]
    a, b = 1, 0
    for x in out:
        a = (a + x) % 65521
        b = (b + a) % 65521
    if int.from_bytes(trailer, "big") != (b << 16) | a:
        raise ValueError("adler-32")
    return out.decode()


# ---------------------------------------------------------------- AES-128 (inverse cipher)
def _mul(a, b):
    r = 0
    for _ in range(8):
        if b & 1:
            r ^= a
        hi = a & 0x80
        a = (a << 1) & 0xFF
        if hi:
            a ^= 0x1B
        b >>= 1
    return r


def _make_boxes():
    # inverse via exponent table of generator 3
    exp, log = [0] * 256, [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x = _mul(x, 3)
    sbox = [0] * 256
    for v in range(256):
        inv = 0 if v == 0 else exp[(255 - log[v]) % 255]
        s = inv
        for sh in (1, 2, 3, 4):
            s ^= ((inv << sh) | (inv >> (8 - sh))) & 0xFF
        sbox[v] = s ^ 0x63
    inv_box = [0] * 256
    for v, s in enumerate(sbox):
        inv_box[s] = v
    return sbox, inv_box


_S, _SI = _make_boxes()


def _round_keys(key):
    words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    rc = 1
    for i in range(4, 44):
        t = words[i - 1][:]
        if i % 4 == 0:
            t = [_S[t[1]] ^ rc, _S[t[2]], _S[t[3]], _S[t[0]]]
            rc = _mul(rc, 2)
        words.append([p ^ q for p, q in zip(words[i - 4], t)])
    return [[b for w in words[4 * r:4 * r + 4] for b in w] for r in range(11)]


def _dec_block(blk, rk):
    s = [p ^ q for p, q in zip(blk, rk[10])]
    for rnd in range(9, -1, -1):
        t = [0] * 16
        for c in range(4):
            for r in range(4):
                t[r + 4 * ((c + r) % 4)] = s[r + 4 * c]
        s = [_SI[v] for v in t]
        s = [p ^ q for p, q in zip(s, rk[rnd])]
        if rnd:
            m = []
            for c in range(4):
                a0, a1, a2, a3 = s[4 * c:4 * c + 4]
                m += [_mul(a0, 14) ^ _mul(a1, 11) ^ _mul(a2, 13) ^ _mul(a3, 9),
                      _mul(a0, 9) ^ _mul(a1, 14) ^ _mul(a2, 11) ^ _mul(a3, 13),
                      _mul(a0, 13) ^ _mul(a1, 9) ^ _mul(a2, 14) ^ _mul(a3, 11),
                      _mul(a0, 11) ^ _mul(a1, 13) ^ _mul(a2, 9) ^ _mul(a3, 14)]
            s = m
    return bytes(s)


_RK = _round_keys(bytes(range(16)))
assert _dec_block(bytes.fromhex("69c4e0d86a7b0430d8cdb78070b4c55a"), _RK).hex() == "00112233445566778899aabbccddeeff"


def d_aes(run):
    ct = bytes.fromhex(run)
    pt = b"".join(_dec_block(ct[i:i + 16], _RK) for i in range(0, len(ct), 16))
    pad = pt[-1]
    if not 1 <= pad <= 16 or pt[-pad:] != bytes([pad]) * pad:
        raise ValueError("padding")
    return pt[:-pad].decode()


# ---------------------------------------------------------------- USB HID
def d_hid(run):
    out = []
    for tok in run.split():
        mod, use = (int(x, 16) for x in tok.split(":"))
        shift = mod == 0x02
        if 0x04 <= use <= 0x1D:
            ch = chr(ord("a") + use - 0x04)
            out.append(ch.upper() if shift else ch)
        elif 0x1E <= use <= 0x26:
            out.append(str(use - 0x1D))
        elif use == 0x27:
            out.append("0")
        elif use == 0x2D:
            out.append("_" if shift else "-")
        elif use == 0x37:
            out.append(".")
        else:
            raise ValueError(tok)
    return "".join(out)


# ---------------------------------------------------------------- DTMF
_DTMF = {(697, 1209): 1, (697, 1336): 2, (697, 1477): 3, (697, 1633): 10,
         (770, 1209): 4, (770, 1336): 5, (770, 1477): 6, (770, 1633): 11,
         (852, 1209): 7, (852, 1336): 8, (852, 1477): 9, (852, 1633): 12,
         (941, 1209): 14, (941, 1336): 0, (941, 1477): 15, (941, 1633): 13}


def d_dtmf(run):
    nibs = [_DTMF[tuple(int(x) for x in tok.split("+"))] for tok in run.split()]
    return bytes(nibs[i] * 16 + nibs[i + 1] for i in range(0, len(nibs), 2)).decode()


# ---------------------------------------------------------------- periodic table
_SYM = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br "
        "Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er "
        "Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu").split()


def d_elements(run):
    return "".join(chr(_SYM.index(t) + 1 + 32) for t in run.split())


# ---------------------------------------------------------------- Maidenhead
def d_maidenhead(run):
    out = b""
    for loc in run.split():
        if not re.fullmatch(r"[A-R]{2}[0-9]{2}[a-x]{2}", loc):
            raise ValueError(loc)
        n = 0
        for ch, radix in zip(loc, (18, 18, 10, 10, 24, 24)):
            v = ord(ch) - (65 if ch.isupper() else 97 if ch.islower() else 48)
            n = n * radix + v
        out += n.to_bytes(3, "big")
    return _strip_zero_tail(out).decode()


# ---------------------------------------------------------------- stoppage dates
def d_dates(run):
    cum = {"Jan": 0, "Feb": 31, "Mar": 59, "Apr": 90, "May": 120, "Jun": 151}
    return "".join(chr(cum[m] + int(d)) for d, m in re.findall(r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun)\b", run))


# ---------------------------------------------------------------- IEEE 754
def d_ieee(run):
    out = b"".join(struct.pack(">d", float(x)) for x in run.split(", "))
    return _strip_zero_tail(out).decode()


# ---------------------------------------------------------------- move to front
def d_mtf(run):
    table = list(range(256))
    out = bytearray()
    for tok in run.split():
        i = int(tok)
        v = table.pop(i)
        out.append(v)
        table.insert(0, v)
    return out.decode()


# ---------------------------------------------------------------- Shamir
def d_shamir(run):
    out = ""
    for tok in run.split():
        y1, y2 = (int(x) for x in tok.split("/"))
        out += chr((2 * y1 - y2) % 257)
    return out


# ---------------------------------------------------------------- protobuf
def d_protobuf(run):
    b = [int(x, 16) for x in run.split()]
    if b[0] != 0x0A:
        raise ValueError("tag")
    i = 1

    def varint():
        nonlocal i
        v, sh = 0, 0
        while True:
            x = b[i]
            i += 1
            v |= (x & 0x7F) << sh
            sh += 7
            if not x & 0x80:
                return v
    length = varint()
    end = i + length
    if end != len(b):
        raise ValueError("length")
    out = ""
    while i < end:
        z = varint()
        out += chr((z >> 1) ^ -(z & 1))
    return out


# ---------------------------------------------------------------- epoch
def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def d_epoch(run):
    out = b""
    for tok in run.split():
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z", tok)
        y, mo, d, hh, mm, ss = (int(x) for x in m.groups())
        t = _days_from_civil(y, mo, d) * 86400 + hh * 3600 + mm * 60 + ss
        out += t.to_bytes(4, "big")
    return _strip_zero_tail(out).decode()


# ---------------------------------------------------------------- temperature
def d_celsius(run):
    return "".join(chr(int(math.floor(float(x) * 9 / 5 + 32 + 0.5))) for x in re.findall(r"(-?\d+\.\d\d) C", run))


# ---------------------------------------------------------------- Wiegand
def d_wiegand(run):
    out = b""
    for tok in run.split():
        fc, card = (int(x) for x in tok.split("-"))
        out += bytes([fc, card >> 8, card & 255])
    return _strip_zero_tail(out).decode()


# ---------------------------------------------------------------- Dyck words
def _all_dyck(n):
    res = []
    stack = [("", 0, 0)]
    while stack:
        s, o, c = stack.pop()
        if len(s) == 2 * n:
            res.append(s)
            continue
        if c < o:
            stack.append((s + ")", o, c + 1))
        if o < n:
            stack.append((s + "(", o + 1, c))
    res.sort()
    return res


_DY = _all_dyck(6)


def d_dyck(run):
    return "".join(chr(_DY.index(w)) for w in run.split())


# ---------------------------------------------------------------- polyline
def d_polyline(run):
    vals, i, prev = [], 0, [0, 0]
    while i < len(run):
        result, shift = 0, 0
        while True:
            b = ord(run[i]) - 63
            i += 1
            result |= (b & 0x1F) << shift
            shift += 5
            if b < 0x20:
                break
        delta = ~(result >> 1) if result & 1 else result >> 1
        k = len(vals) % 2
        prev[k] += delta
        vals.append(prev[k])
    while vals and vals[-1] == 0:
        vals.pop()
    return "".join(chr(v) for v in vals)


# ---------------------------------------------------------------- caps lock
def d_caps(run):
    return "".join(c.lower() if c.isupper() else c.upper() if c.islower() else c for c in run)


# ---------------------------------------------------------------- punycode
def _adapt(delta, n, first):
    delta = delta // 700 if first else delta // 2
    delta += delta // n
    k = 0
    while delta > 455:
        delta //= 35
        k += 36
    return k + 36 * delta // (delta + 38)


def d_punycode(run):
    if "-" in run:
        basic, _, rest = run.rpartition("-")
        out = [ord(c) for c in basic]
    else:
        out, rest = [], run
    n, i, bias, pos = 128, 0, 72, 0
    while pos < len(rest):
        oldi, w, k = i, 1, 36
        while True:
            ch = rest[pos]
            pos += 1
            digit = ord(ch) - 97 if ch.isalpha() else ord(ch) - 22
            i += digit * w
            t = 1 if k <= bias else 26 if k >= bias + 26 else k - bias
            if digit < t:
                break
            w *= 36 - t
            k += 36
        bias = _adapt(i - oldi, len(out) + 1, oldi == 0)
        n += i // (len(out) + 1)
        i %= len(out) + 1
        out.insert(i, n)
        i += 1
    return "".join(chr(c - 256) for c in out)


# ---------------------------------------------------------------- multi-tap
_PAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def d_multitap(run):
    out = ""
    for tok in run.split():
        if tok.endswith("+"):
            out += tok[0]
        elif set(tok) == {"1"}:
            out += {1: ".", 2: "-", 3: "_"}[len(tok)]
        else:
            cap = tok.startswith("#")
            t = tok.lstrip("#")
            if len(set(t)) != 1:
                raise ValueError(tok)
            ch = _PAD[t[0]][len(t) - 1]
            out += ch.upper() if cap else ch
    return out


# ---------------------------------------------------------------- AIS
def d_ais(run):
    m = re.fullmatch(r"!(AIVDM,1,1,,A,([0-9:;<=>?@A-W`a-w]*),([0-5]))\*([0-9A-F]{2})", run)
    cs = 0
    for ch in m.group(1):
        cs ^= ord(ch)
    if cs != int(m.group(4), 16):
        raise ValueError("checksum")
    bits = ""
    for ch in m.group(2):
        v = ord(ch) - 48
        if v > 40:
            v -= 8
        bits += format(v, "06b")
    fill = int(m.group(3))
    if fill:
        bits = bits[:-fill]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()


# ---------------------------------------------------------------- Calkin-Wilf
def d_calkin(run):
    out = ""
    for tok in run.split():
        a, b = (int(x) for x in tok.split("/"))
        path = ""
        while (a, b) != (1, 1):
            if a < b:
                path = "0" + path
                b -= a
            else:
                path = "1" + path
                a -= b
        out += chr(int("1" + path, 2))
    return out


# ---------------------------------------------------------------- unit circle
def d_circle(run):
    out = ""
    for c, s in re.findall(r"\((-?\d\.\d{4}), (-?\d\.\d{4})\)", run):
        deg = math.degrees(math.atan2(float(s), float(c)))
        out += chr(int(round(deg)) % 360)
    return out


DECODERS = {
    "zlib_fixed_huffman_stream_hex": d_zlib, "aes128_ecb_published_key_hex": d_aes,
    "usb_hid_keyboard_report_pairs": d_hid, "dtmf_dual_tone_frequency_pairs": d_dtmf,
    "periodic_table_element_symbols": d_elements, "maidenhead_locator_byte_triplets": d_maidenhead,
    "stoppage_day_of_year_dates": d_dates, "ieee754_big_endian_double_packing": d_ieee,
    "move_to_front_rank_lists": d_mtf, "shamir_two_share_mod257_pairs": d_shamir,
    "protobuf_packed_zigzag_varints": d_protobuf, "unix_epoch_utc_timestamp_packing": d_epoch,
    "fahrenheit_readings_in_celsius": d_celsius, "wiegand26_facility_and_card_numbers": d_wiegand,
    "dyck_word_lexicographic_ranks": d_dyck, "google_encoded_polyline_pairs": d_polyline,
    "caps_lock_inverted_case": d_caps, "punycode_shifted_latin_extended": d_punycode,
    "phone_keypad_multitap_presses": d_multitap, "ais_sixbit_armoured_aivdm_sentence": d_ais,
    "calkin_wilf_sequence_fractions": d_calkin, "unit_circle_degree_points": d_circle,
}


def decode(name, run):
    return DECODERS[name](run)
