"""Independent decoders: dec(text_before_span, encoded) -> plain. Parameters are read from the naming phrase."""
import re

DOTS = {"1": "a", "12": "b", "14": "c", "145": "d", "15": "e", "124": "f", "1245": "g", "125": "h", "24": "i", "245": "j",
        "13": "k", "123": "l", "134": "m", "1345": "n", "135": "o", "1234": "p", "12345": "q", "1235": "r", "234": "s",
        "2345": "t", "136": "u", "1236": "v", "2456": "w", "1346": "x", "13456": "y", "1356": "z"}


def d_uart(b, e):
    out = ""
    for fr in e.split():
        assert len(fr) == 10 and fr[0] == "0" and fr[-1] == "1"
        out += chr(int(fr[1:9][::-1], 2))
    return out


def d_manchester(b, e):
    out = ""
    for grp in e.split():
        bits = "".join({"01": "1", "10": "0"}[grp[i:i + 2]] for i in range(0, 16, 2))
        out += chr(int(bits, 2))
    return out


def d_nrzi(b, e):
    prev, out = "L", ""
    for grp in e.split():
        bits = ""
        for ch in grp:
            bits += "1" if ch != prev else "0"
            prev = ch
        out += chr(int(bits, 2))
    return out


def d_hamming(b, e):
    nibs = []
    for cw in e.split():
        x = [int(c) for c in cw]
        s1 = x[0] ^ x[2] ^ x[4] ^ x[6]
        s2 = x[1] ^ x[2] ^ x[5] ^ x[6]
        s3 = x[3] ^ x[4] ^ x[5] ^ x[6]
        assert s1 == s2 == s3 == 0
        nibs.append(x[2] * 8 + x[4] * 4 + x[5] * 2 + x[6])
    return "".join(chr(nibs[i] * 16 + nibs[i + 1]) for i in range(0, len(nibs), 2))


def d_bacon(b, e):
    out = ""
    for t in e.split():
        if t.startswith("#"):
            out += t[1]
            continue
        cap = t.startswith("^")
        g = t.lstrip("^")
        ch = chr(97 + int(g.replace("A", "0").replace("B", "1"), 2))
        out += ch.upper() if cap else ch
    return out


def d_braille(b, e):
    out, cap, num = "", False, False
    for t in e.split():
        if t == "6":
            cap = True
        elif t == "3456":
            num = True
        else:
            ch = DOTS[t]
            if num:
                out += str(("jabcdefghi".index(ch)))
                num = False
            else:
                out += ch.upper() if cap else ch
                cap = False
    return out


def d_modbus(b, e):
    raw = bytearray()
    for t in e.split():
        v = int(t.split("=")[1])
        raw += bytes([v >> 8, v & 255])
    return raw.rstrip(b"\0").decode()


def d_u32(b, e):
    raw = b"".join(int(w).to_bytes(4, "little") for w in e.split(","))
    return raw.rstrip(b"\0").decode()


def d_planes(b, e):
    planes = {int(t[1]): t.split(":")[1] for t in e.split()}
    n = len(planes[0])
    return "".join(chr(sum(int(planes[k][i]) << k for k in range(8))) for i in range(n))


def d_dna(b, e):
    v = {"A": 0, "C": 1, "G": 2, "T": 3}
    return "".join(chr(v[e[i]] * 64 + v[e[i + 1]] * 16 + v[e[i + 2]] * 4 + v[e[i + 3]]) for i in range(0, len(e), 4))


def d_ihex(b, e):
    raw = bytes.fromhex(e[1:])
    assert sum(raw) & 255 == 0 and raw[3] == 0
    return raw[4:4 + raw[0]].decode()


def d_srec(b, e):
    assert e.startswith("S1")
    raw = bytes.fromhex(e[2:])
    assert (sum(raw[:-1]) + raw[-1]) & 255 == 255 and raw[0] == len(raw) - 1
    return raw[3:-1].decode()


def d_gronsfeld(b, e):
    key = re.findall(r"Gronsfeld digit key (\d+)", b)[-1]
    out = ""
    for i, c in enumerate(e):
        k = int(key[i % len(key)])
        if "A" <= c <= "Z":
            out += chr((ord(c) - 65 - k) % 26 + 65)
        elif "a" <= c <= "z":
            out += chr((ord(c) - 97 - k) % 26 + 97)
        elif c.isdigit():
            out += str((int(c) - k) % 10)
        else:
            out += c
    return out


def d_autokey(b, e):
    primer = re.findall(r"primer ([A-Z]+)", b)[-1]
    key = [ord(c) - 65 for c in primer]
    out = ""
    for c in e:
        if c.isalpha():
            k = key.pop(0)
            base = 65 if c.isupper() else 97
            pch = chr((ord(c) - base - k) % 26 + base)
            out += pch
            key.append(ord(pch.lower()) - 97)
        else:
            out += c
    return out


def d_porta(b, e):
    kw = re.findall(r"keyword ([A-Z]+)", b)[-1]
    # build the 13 Porta tableau rows explicitly
    rows = []
    for k in range(13):
        second = "nopqrstuvwxyz"[k:] + "nopqrstuvwxyz"[:k]
        table = {}
        for i, a in enumerate("abcdefghijklm"):
            table[a] = second[i]
            table[second[i]] = a
        rows.append(table)
    out, j = "", 0
    for c in e:
        if c.isalpha():
            t = rows[(ord(kw[j % len(kw)]) - 65) // 2]
            j += 1
            p = t[c.lower()]
            out += p.upper() if c.isupper() else p
        else:
            out += c
    return out


def d_boustro(b, e):
    rows = e.split(" / ")
    return "".join(r if i % 2 == 0 else r[::-1] for i, r in enumerate(rows))


def d_triplets(b, e):
    return "".join(g[::-1] for g in e.split("|"))


def d_delta(b, e):
    toks = e.split()
    cur = int(toks[0])
    out = chr(cur)
    for t in toks[1:]:
        cur += int(t)
        out += chr(cur)
    return out


def d_gsm7(b, e):
    raw = bytes.fromhex(e)
    bits = "".join(format(x, "08b")[::-1] for x in raw)
    sept = [int(bits[i:i + 7][::-1], 2) for i in range(0, len(bits) - 6, 7)]
    if sept and sept[-1] == 0:
        sept = sept[:-1]
    back = {0x11: "_"}
    return "".join(back.get(s, chr(s)) for s in sept)


def d_stride(b, e):
    s = int(re.findall(r"stride (\d+)", b)[-1])
    n = len(e)
    return "".join(e[(s * i) % n] for i in range(n))


def d_gamma(b, e):
    bits = e.replace(" ", "")
    i, out = 0, ""
    while i < len(bits):
        z = 0
        while bits[i] == "0":
            z += 1
            i += 1
        out += chr(int(bits[i:i + z + 1], 2))
        i += z + 1
    return out


def d_fib(b, e):
    fibs = [1, 2]
    while len(fibs) < 20:
        fibs.append(fibs[-1] + fibs[-2])
    bits = e.replace(" ", "")
    out, cur, i, prev = "", 0, 0, "0"
    pos = 0
    for ch in bits:
        if ch == "1" and prev == "1":
            out += chr(cur)
            cur, pos, prev = 0, 0, "0"
            continue
        if ch == "1":
            cur += fibs[pos]
        pos += 1
        prev = ch
    return out


DEC = {
    "uart_8n1_frame_bits": d_uart, "manchester_ieee_bit_pairs": d_manchester, "nrzi_level_trace": d_nrzi,
    "hamming74_nibble_codewords": d_hamming, "bacon_biliteral_groups": d_bacon, "braille_dot_numbers": d_braille,
    "modbus_holding_registers_decimal": d_modbus, "uint32_le_words_decimal": d_u32, "bit_planes_transposed": d_planes,
    "dna_nucleotide_quads": d_dna, "intel_hex_data_record": d_ihex, "motorola_srecord_s1_line": d_srec,
    "gronsfeld_digit_key": d_gronsfeld, "autokey_primer_cipher": d_autokey, "porta_keyword_cipher": d_porta,
    "boustrophedon_rows_five": d_boustro, "triplets_each_reversed": d_triplets, "codepoint_delta_steps": d_delta,
    "gsm7_septets_packed_hex": d_gsm7, "modular_stride_scatter": d_stride, "elias_gamma_bitstream": d_gamma,
    "fibonacci_universal_code": d_fib,
}

# hand-worked known answers for plain "Hi7" (H=0x48, i=0x69, 7=0x37)
KAT = {
    "uart_8n1_frame_bits": ("", "0000100101 0100101101 0111011001"),
    "dna_nucleotide_quads": ("", "CAGACGGCATCT"),
    "intel_hex_data_record": ("", ":03000000486937" + "%02X" % ((-(3 + 0x48 + 0x69 + 0x37)) & 255)),
    "triplets_each_reversed": ("", "7iH"),
    "codepoint_delta_steps": ("", "72 +33 -50"),
    "uint32_le_words_decimal": ("", str(0x48 + 0x69 * 256 + 0x37 * 65536)),
    "bacon_biliteral_groups": ("", "^AABBB ABAAA #7"),
    "braille_dot_numbers": ("", "6 125 24 3456 1245"),
    "gronsfeld_digit_key": ("Gronsfeld digit key 123", "Ik0"),
    "boustrophedon_rows_five": ("", "Hi7"),
}
