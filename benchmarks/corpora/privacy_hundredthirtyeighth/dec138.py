import re
def _from_int(alpha, s):
    n = 0
    for ch in s: n = n * len(alpha) + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()
NATO_R = {w.lower(): l for l, w in zip("abcdefghijklmnopqrstuvwxyz", "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
DIG_R = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
def _a85(s):
    s = s[2:-2]; out = bytearray(); i = 0; grp = []
    while i < len(s):
        if s[i] == "z" and not grp: out += b"\0\0\0\0"; i += 1; continue
        grp.append(ord(s[i]) - 33); i += 1
        if len(grp) == 5:
            n = 0
            for g in grp: n = n * 85 + g
            out += n.to_bytes(4, "big"); grp = []
    if grp:
        k = len(grp); grp += [84] * (5 - k); n = 0
        for g in grp: n = n * 85 + g
        out += n.to_bytes(4, "big")[:k - 1]
    return out.decode()
def _uu(s):
    n = (ord(s[0]) - 32) & 63; body = s[1:]; bits = ""
    for ch in body: bits += format((ord(ch) - 32) & 63, "06b")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, n * 8, 8)).decode()
def _b45(s):
    A = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"; out = bytearray()
    for i in range(0, len(s), 3):
        ch = s[i:i + 3]
        if len(ch) == 3:
            n = A.index(ch[0]) + 45 * A.index(ch[1]) + 2025 * A.index(ch[2]); out += bytes([n >> 8, n & 255])
        else: out.append(A.index(ch[0]) + 45 * A.index(ch[1]))
    return out.decode()
def _unc(s):
    o = ""
    for ch in s:
        if "a" <= ch <= "z": o += chr((ord(ch) - 97 - 11) % 26 + 97)
        elif "A" <= ch <= "Z": o += chr((ord(ch) - 65 - 11) % 26 + 65)
        elif ch.isdigit(): o += str((int(ch) - 3) % 10)
        else: o += ch
    return o
def _uncol(s, w=4):
    n = len(s); lens = [len(range(c, n, w)) for c in range(w)]; cols = []; i = 0
    for l in lens: cols.append(s[i:i + l]); i += l
    return "".join(cols[k % w][k // w] for k in range(n))
def _evenodd(s):
    h = (len(s) + 1) // 2; a, b = s[:h], s[h:]; o = ""
    for i in range(len(s)): o += a[i // 2] if i % 2 == 0 else b[i // 2]
    return o
def _nato(s):
    o = ""
    for w in s.split(" "):
        cap = w.startswith("CAPITAL-"); w2 = w[8:] if cap else w; lw = w2.lower()
        if lw in DIG_R: o += DIG_R[lw]
        elif lw in NATO_R: o += NATO_R[lw].upper() if cap else NATO_R[lw]
        else: o += {"dash": "-", "underscore": "_", "stop": "."}[lw]
    return o
def decode(enc, s):
    hx = lambda t: bytes.fromhex(t).decode()
    if enc == "ascii85_adobe_delimited": return _a85(s)
    if enc in ("quoted_printable_every_byte", "percent_encoding_every_byte"): return hx(re.sub(r"[=%]", "", s))
    if enc == "html_decimal_character_references": return "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", s))
    if enc == "html_hex_character_references": return "".join(chr(int(x, 16)) for x in re.findall(r"&#x([0-9a-f]+);", s))
    if enc == "binary_octets_space_separated": return bytes(int(x, 2) for x in s.split()).decode()
    if enc == "nato_phonetic_spelling": return _nato(s)
    if enc == "caesar_letters_eleven_digits_three": return _unc(s)
    if enc == "plain_string_reversed": return s[::-1]
    if enc == "columnar_transposition_width_four": return _uncol(s)
    if enc == "even_positions_then_odd_positions": return _evenodd(s)
    if enc == "uuencode_single_line": return _uu(s)
    if enc == "base36_big_endian_integer": return _from_int("0123456789abcdefghijklmnopqrstuvwxyz", s)
    if enc == "base45_qr_alphabet": return _b45(s)
    if enc == "utf32be_hex_groups": return "".join(chr(int(x, 16)) for x in s.split())
    if enc == "bitwise_not_hex_bytes": return bytes(255 - int(x, 16) for x in s.split(":")).decode()
    if enc == "c_byte_array_initializer": return bytes(int(x, 16) for x in re.findall(r"0x([0-9a-f]{2})", s)).decode()
    if enc == "mysql_unhex_call": return hx(re.fullmatch(r"UNHEX\('([0-9A-F]+)'\)", s).group(1))
    if enc == "salinity_tenths_ppt_readings": return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d) ppt", s))
    if enc == "fish_weight_grams_times_three": return "".join(chr(int(x) // 3) for x in re.findall(r"(\d+) g", s))
    if enc == "vessel_heading_plus_one_hundred": return "".join(chr(int(x) - 100) for x in re.findall(r"(\d{3})°", s))
    if enc == "catch_box_kilos_quarter_steps_offset": return "".join(chr(round(float(x) * 4) - 40) for x in re.findall(r"(\d+\.\d\d) kg", s))
    raise KeyError(enc)
