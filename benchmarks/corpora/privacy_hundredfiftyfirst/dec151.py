"""Independent decoder (p151): gets only the notation name and the run."""
import re

_N = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
_NATO = {w: chr(97 + i) for i, w in enumerate(_N)}
_SPEC = {"Zero": "0", "One": "1", "Two": "2", "Tree": "3", "Fower": "4", "Fife": "5", "Six": "6",
         "Seven": "7", "Ait": "8", "Niner": "9", "Dash": "-", "Underscore": "_", "Stop": "."}
_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def _bytes_of_int(n):
    out = []
    while n:
        out.append(n & 255)
        n >>= 8
    return bytes(reversed(out))


def decode(name, run):
    if name == "nato_phonetic_spelling":
        out = ""
        for w in run.split(" "):
            if w in _SPEC:
                out += _SPEC[w]
            elif w == w.upper():
                out += _NATO[w.lower()].upper()
            else:
                out += _NATO[w]
        return out
    if name == "maidenhead_field_pairs":
        return "".join(chr((ord(g[0]) - 65) * 18 + ord(g[1]) - 65) for g in run.split())
    if name == "twenty_metre_band_khz":
        return "".join(chr(round((float(f) - 14.0) * 1000)) for f in run.split(","))
    if name == "aprs_base91_pairs":
        return "".join(chr((ord(run[i]) - 33) * 91 + ord(run[i + 1]) - 33) for i in range(0, len(run), 2))
    if name == "ax25_shifted_address_hex":
        return bytes(int(h, 16) >> 1 for h in run.split()).decode()
    if name == "binary_octets":
        return bytes(int(g, 2) for g in run.split()).decode()
    if name == "base36_integer":
        n = 0
        for ch in run:
            n = n * 36 + (ord(ch) - 48 if ch.isdigit() else ord(ch) - 87)
        return _bytes_of_int(n).decode()
    if name == "ascii85_adobe":
        body = run[2:-2].replace("z", "!!!!!")
        pad = (-len(body)) % 5
        body += "u" * pad
        out = bytearray()
        for i in range(0, len(body), 5):
            n = 0
            for ch in body[i:i + 5]:
                n = n * 85 + ord(ch) - 33
            out += n.to_bytes(4, "big")
        return bytes(out[:len(out) - pad]).decode()
    if name == "base45_qr":
        vals = [_B45.index(c) for c in run]
        out = bytearray()
        i = 0
        while i < len(vals):
            if len(vals) - i >= 3:
                n = vals[i] + vals[i + 1] * 45 + vals[i + 2] * 2025
                out += bytes([n // 256, n % 256]); i += 3
            else:
                out.append(vals[i] + vals[i + 1] * 45); i += 2
        return out.decode()
    if name == "quoted_printable_every_byte":
        return bytes(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run)).decode()
    if name == "percent_encoding_every_byte":
        return bytes(int(h, 16) for h in re.findall(r"%([0-9a-f]{2})", run)).decode()
    if name == "html_decimal_entities":
        return "".join(chr(int(n)) for n in re.findall(r"&#(\d+);", run))
    if name == "reversed_order":
        return "".join(reversed(run))
    if name == "caesar_shift_three_alnum":
        o = ""
        for c in run:
            if "a" <= c <= "z":
                o += chr((ord(c) - 100) % 26 + 97)
            elif "A" <= c <= "Z":
                o += chr((ord(c) - 68) % 26 + 65)
            elif c.isdigit():
                o += str((int(c) + 7) % 10)
            else:
                o += c
        return o
    if name == "rst_report_triplets":
        return "".join(chr((int(g[0]) - 1) * 81 + (int(g[1]) - 1) * 9 + int(g[2]) - 1) for g in run.split(" / "))
    if name == "dmr_talkgroup_offset":
        return "".join(chr(int(t[2:]) - 3100) for t in run.split())
    if name == "bit_reversed_byte_hex":
        return bytes(int(bin(int(run[i:i + 2], 16))[2:].zfill(8)[::-1], 2) for i in range(0, len(run), 2)).decode()
    if name == "filler_hash_interleave":
        return run[0::2]
    if name == "braille_byte_cells":
        return bytes(ord(c) - 0x2800 for c in run).decode()
    if name == "fullwidth_forms":
        return "".join(chr(ord(c) - 0xFEE0) for c in run)
    if name == "zero_width_space_interleaved":
        return run.replace("\u200b", "")
    if name == "decimal_big_integer":
        return _bytes_of_int(int(run)).decode()
    raise KeyError(name)
