"""Independent decoders: each gets only the encoding name and the encoded run."""
import re

NATO_W = {w.lower(): chr(97 + i) for i, w in enumerate("Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu".split())}
NUMW = {w.lower(): str(i) for i, w in enumerate("Zero One Two Three Four Five Six Seven Eight Nine".split())}
PW = {"dash": "-", "underscore": "_", "dot": "."}
B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
B32 = "abcdefghijklmnopqrstuvwxyz234567"


def _a85(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2].replace("z", "!!!!!")
    out = bytearray()
    pad = (-len(body)) % 5
    body += "u" * pad
    for i in range(0, len(body), 5):
        n = 0
        for ch in body[i:i + 5]:
            n = n * 85 + (ord(ch) - 33)
        out += n.to_bytes(4, "big")
    return bytes(out[:len(out) - pad]).decode()


def _b85(run):
    pad = (-len(run)) % 5
    body = run + "~" * pad
    out = bytearray()
    for i in range(0, len(body), 5):
        n = 0
        for ch in body[i:i + 5]:
            n = n * 85 + B85.index(ch)
        out += n.to_bytes(4, "big")
    return bytes(out[:len(out) - pad]).decode()


def _uu(run):
    n = (ord(run[0]) - 32) & 63
    vals = [(ord(c) - 32) & 63 for c in run[1:]]
    out = bytearray()
    for i in range(0, len(vals), 4):
        a, b, c, d = (vals[i:i + 4] + [0, 0, 0, 0])[:4]
        x = (a << 18) | (b << 12) | (c << 6) | d
        out += x.to_bytes(3, "big")
    return bytes(out[:n]).decode()


def _nato(run):
    out = []
    for w in run.split(" "):
        lw = w.lower()
        if lw.startswith("capital-"):
            out.append(NATO_W[lw[8:]].upper())
        elif lw in NUMW:
            out.append(NUMW[lw])
        elif lw in PW:
            out.append(PW[lw])
        else:
            out.append(NATO_W[lw])
    return "".join(out)


def _b32(run):
    bits = "".join(format(B32.index(c), "05b") for c in run)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()


def _ungray(g):
    b = g
    s = g >> 1
    while s:
        b ^= s
        s >>= 1
    return b


def _odd_even(run):
    a, b = run.split(" + ")
    out = []
    for i in range(len(a) + len(b)):
        out.append(a[i // 2] if i % 2 == 0 else b[i // 2])
    return "".join(out)


def decode(enc, run):
    if enc == "octal_backslash_escaped_bytes":
        return bytes(int(x, 8) for x in re.findall(r"\\([0-7]{3})", run)).decode()
    if enc == "quoted_printable_every_byte":
        return bytes(int(x, 16) for x in re.findall(r"=([0-9A-F]{2})", run)).decode()
    if enc == "percent_encoded_every_byte":
        return bytes(int(x, 16) for x in re.findall(r"%([0-9a-f]{2})", run)).decode()
    if enc == "ascii85_adobe_framed":
        return _a85(run)
    if enc == "base85_git_alphabet":
        return _b85(run)
    if enc == "uuencode_single_line":
        return _uu(run)
    if enc == "mirror_written_right_to_left":
        return "".join(reversed(run))
    if enc == "nato_phonetic_case_marked":
        return _nato(run)
    if enc == "decimal_code_points_dash_joined":
        return "".join(chr(int(x)) for x in run.split("-"))
    if enc == "hex_bytes_last_to_first":
        return bytes(int(x, 16) for x in run.split()[::-1]).decode()
    if enc == "seven_bit_ab_letters":
        return "".join(chr(int(g.replace("A", "0").replace("B", "1"), 2)) for g in run.split())
    if enc == "gray_coded_byte_bits":
        return bytes(_ungray(int(g, 2)) for g in run.split()).decode()
    if enc == "three_digit_decimal_run":
        return "".join(chr(int(run[i:i + 3])) for i in range(0, len(run), 3))
    if enc == "bin_lift_weight_kg_tenths":
        return "".join(chr(round(float(x.replace(" kg", "")) * 10)) for x in run.split(" | "))
    if enc == "odometer_km_offset_150000":
        return "".join(chr(int(x) - 150000) for x in run.split())
    if enc == "tipping_fee_cents_dollars":
        return "".join(chr(int(x.strip("$").replace(".", ""))) for x in run.split(", "))
    if enc == "rfc4648_base32_lowercase_nopad":
        return _b32(run)
    if enc == "utf16le_hex_units":
        return "".join(chr(int(x[2:4] + x[0:2], 16)) for x in run.split())
    if enc == "rot47_printable_ascii":
        return "".join(chr(33 + (ord(c) - 33 - 47) % 94) if 33 <= ord(c) <= 126 else c for c in run)
    if enc == "odd_then_even_positions":
        return _odd_even(run)
    if enc == "bitwise_not_hex_bytes":
        return bytes(255 - int(x, 16) for x in run.split(":")).decode()
    if enc == "gps_latitude_thousandths":
        return "".join(chr(int(x.split(".")[1])) for x in run.split("; "))
    raise KeyError(enc)
