"""Independent decoders: given only the notation name and the run, recover the plain."""
import re

_85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
_45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_SQ = [chr(c) for c in range(65, 91)] + [str(d) for d in range(10)]


def _five_to_four(chars, val):
    out = bytearray()
    for i in range(0, len(chars), 5):
        grp = chars[i:i + 5]
        pad = 5 - len(grp)
        n = 0
        vals = [val(c) for c in grp] + [84] * pad
        for v in vals:
            n = n * 85 + v
        bs = n.to_bytes(4, "big")
        out += bs[:4 - pad]
    return bytes(out)


def decode(name, run):
    if name == "ascii85_adobe_delimited":
        body = run[2:-2].replace("z", "!!!!!")
        return _five_to_four(list(body), lambda c: ord(c) - 33).decode()
    if name == "base85_rfc1924_git":
        return _five_to_four(list(run), lambda c: _85.index(c)).decode()
    if name == "base36_big_integer":
        n = 0
        for c in run:
            n = n * 36 + (ord(c) - 48 if c.isdigit() else ord(c) - 87)
        return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()
    if name == "base45_rfc9285":
        out = bytearray()
        for i in range(0, len(run), 3):
            g = [_45.index(c) for c in run[i:i + 3]]
            if len(g) == 3:
                n = g[0] + 45 * g[1] + 2025 * g[2]; out += bytes([n >> 8, n & 255])
            else:
                out.append(g[0] + 45 * g[1])
        return out.decode()
    if name == "quoted_printable_every_byte":
        return bytes(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run)).decode()
    if name == "percent_encoding_every_byte":
        return bytes(int(h, 16) for h in run.split("%")[1:]).decode()
    if name == "rot47_printable":
        return "".join(chr((ord(c) - 33 - 47) % 94 + 33) if "!" <= c <= "~" else c for c in run)
    if name == "vigenere_key_plasma":
        key = "PLASMA"; n = 0; o = []
        for c in run:
            if "a" <= c <= "z" or "A" <= c <= "Z":
                a = ord("A") if c < "a" else ord("a")
                o.append(chr((ord(c) - a - (ord(key[n % 6]) - 65)) % 26 + a)); n += 1
            else:
                o.append(c)
        return "".join(o)
    if name == "braille_unicode_octets":
        return bytes(ord(c) - 0x2800 for c in run).decode()
    if name == "polybius_six_by_six_square":
        o = []
        for tok in run.split(" "):
            if tok in ("-", "_", "."):
                o.append(tok); continue
            ch = _SQ[(int(tok[0]) - 1) * 6 + int(tok[1]) - 1]
            o.append(ch.lower() if tok.endswith("*") else ch)
        return "".join(o)
    if name == "delta_code_points":
        toks = run.split(" "); cur = int(toks[0]); o = [chr(cur)]
        for t in toks[1:]:
            cur += int(t); o.append(chr(cur))
        return "".join(o)
    if name == "dotted_decimal_octets":
        return bytes(map(int, run.split("."))).decode()
    if name == "reversed_then_upper_hex":
        return bytes.fromhex(run).decode()[::-1]
    if name == "hemoglobin_g_dl_tenths":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"Hb (\d+)\.(\d) g/dL", run))
    if name == "centrifuge_rpm_times_thirty":
        return "".join(chr(int(x) // 30) for x in re.findall(r"(\d+) rpm", run))
    if name == "plasma_volume_ml_plus_five_hundred":
        return "".join(chr(int(x) - 500) for x in re.findall(r"(\d+) mL", run))
    if name == "hla_allele_field_pairs":
        return "".join(chr(int(a) * 100 + int(b)) for a, b in re.findall(r"A\*(\d\d):(\d\d)", run))
    if name == "unit_expiry_julian_dates":
        return "".join(chr(int(t[2:])) for t in run.split())
    if name == "platelet_count_plus_fifty":
        return "".join(chr(int(x) - 50) for x in re.findall(r"PLT (\d+)", run))
    if name == "cooler_logger_millivolts_times_twelve":
        return "".join(chr(int(x) // 12) for x in re.findall(r"(\d+)mV", run))
    if name == "base5_quartets_per_byte":
        return bytes(int(t, 5) for t in run.split()).decode()
    if name == "adjacent_pair_swap":
        o = ""
        for i in range(0, len(run), 2):
            o += run[i:i + 2][::-1]
        return o
    raise KeyError(name)
