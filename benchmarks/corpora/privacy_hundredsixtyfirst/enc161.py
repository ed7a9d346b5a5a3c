import base64
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
QW = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]
def _qw(c):
    for row in QW:
        lo = c.lower()
        if lo in row:
            n = row[(row.index(lo) + 1) % len(row)]
            return n.upper() if c.isupper() else n
    return c
def _vig(p, key="BRAKE"):
    out, k = [], 0
    for c in p:
        if c.isalpha():
            sh = ord(key[k % len(key)]) - 65; k += 1
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base + sh) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
def _rail(p, n=3):
    rails = [[] for _ in range(n)]; r, d = 0, 1
    for c in p:
        rails[r].append(c)
        if n > 1:
            if r == 0: d = 1
            elif r == n - 1: d = -1
            r += d
    return "".join("".join(x) for x in rails)
def _b58(p):
    n = int.from_bytes(p.encode(), "big"); out = ""
    while n: n, m = divmod(n, 58); out = B58[m] + out
    return out
def _circ(c):
    if "a" <= c <= "z": return chr(0x24D0 + ord(c) - 97)
    if "A" <= c <= "Z": return chr(0x24B6 + ord(c) - 65)
    if c == "0": return "\u24EA"
    if "1" <= c <= "9": return chr(0x2460 + ord(c) - 49)
    return c
def _atb(c):
    if "a" <= c <= "z": return chr(219 - ord(c))
    if "A" <= c <= "Z": return chr(155 - ord(c))
    if c.isdigit(): return str(9 - int(c))
    return c
def _b36(n):
    d = "0123456789abcdefghijklmnopqrstuvwxyz"; return d[n // 36] + d[n % 36]
def _can(p):
    b = p.encode(); lines = []
    for i in range(0, len(b), 8):
        ch = b[i:i + 8]
        lines.append("can0  7E8   [%d]  %s" % (len(ch), " ".join("%02X" % x for x in ch)))
    return "\n".join(lines)
def _delta(p):
    cps = [ord(c) for c in p]
    return " ".join([str(cps[0])] + ["%+d" % (cps[i] - cps[i - 1]) for i in range(1, len(cps))])

E = {
 "dtc_powertrain_code_points": ("as diagnostic trouble codes P0NNN, one per character, where NNN (three decimal digits) is the code point, separated by spaces", lambda p: " ".join("P0%03d" % ord(c) for c in p)),
 "obd_response_line_bytes": ("as OBD-II response lines '41 0D XX', one line per UTF-8 byte, where XX is the byte in hex", lambda p: "\n".join("41 0D %02X" % b for b in p.encode())),
 "candump_frames_of_eight": ("as candump frames from ID 7E8, the UTF-8 bytes in hex, up to eight per frame, frames in order", _can),
 "tyre_pressure_tenths_psi": ("as tyre pressures in psi, one per character, where the pressure times ten is the code point, separated by ' / '", lambda p: " / ".join("%d.%d psi" % divmod(ord(c), 10) for c in p)),
 "base58_big_number": ("in Base58 (alphabet 123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz) of the UTF-8 bytes read as one big-endian number", _b58),
 "quoted_printable_every_byte": ("in quoted-printable with every byte escaped: =XX per UTF-8 byte, upper-case hex", lambda p: "".join("=%02X" % b for b in p.encode())),
 "atbash_letters_nines_digits": ("with Atbash on letters (a<->z, b<->y, case kept) and every digit d replaced by 9-d; - _ . unchanged", lambda p: "".join(_atb(c) for c in p)),
 "vigenere_keyword_brake": ("with a Vigenere shift by the keyword BRAKE (B=1 R=17 A=0 K=10 E=4), the key advancing only on letters, case kept; digits - _ . unchanged", _vig),
 "rail_fence_three_rails": ("written on a three-rail fence (zig-zag down and up over three rows) and then read row by row", _rail),
 "braille_cells_per_byte": ("as Braille pattern cells, one per UTF-8 byte, where the cell's code point minus U+2800 is the byte", lambda p: "".join(chr(0x2800 + b) for b in p.encode())),
 "circled_alphanumerics": ("in circled letters and digits (U+24B6 for A, U+24D0 for a, U+24EA for 0, U+2460 for 1); - _ . unchanged", lambda p: "".join(_circ(c) for c in p)),
 "base64_of_reversed_text": ("as standard Base64 of the text written backwards (decode, then reverse)", lambda p: base64.b64encode(p[::-1].encode()).decode()),
 "code_point_delta_chain": ("as a delta chain: the first code point, then for every next character the signed difference to the previous code point, separated by spaces", _delta),
 "base36_code_point_pairs": ("as two base-36 digits (0-9 then a-z) per character giving the code point, joined", lambda p: "".join(_b36(ord(c)) for c in p)),
 "qwerty_right_neighbour": ("typed one key to the right on a QWERTY keyboard (end of a row wraps to its start, rows qwertyuiop asdfghjkl zxcvbnm 1234567890, case kept); - _ . unchanged", lambda p: "".join(_qw(c) for c in p)),
 "reversed_blocks_of_four": ("cut into blocks of four characters from the left, each block written backwards (the last block may be shorter)", lambda p: "".join(p[i:i + 4][::-1] for i in range(0, len(p), 4))),
 "code_point_minus_thirtytwo_pairs": ("as two decimal digits per character, each the code point minus 32, joined", lambda p: "".join("%02d" % (ord(c) - 32) for c in p)),
 "nibble_letters_a_to_p": ("as two letters per UTF-8 byte, high nibble first, a=0 b=1 ... p=15", lambda p: "".join("abcdefghijklmnop"[b >> 4] + "abcdefghijklmnop"[b & 15] for b in p.encode())),
 "case_swapped_and_reversed": ("written backwards with the case of every letter swapped", lambda p: p[::-1].swapcase()),
 "adjacent_pair_swap": ("with every two neighbouring characters swapped (1st<->2nd, 3rd<->4th, ...; an odd last one stays)", lambda p: "".join(p[i:i + 2][::-1] for i in range(0, len(p), 2))),
 "asm_hex_h_suffix_code_points": ("as assembler hex literals with an h suffix (0 in front when the first digit is a letter), one per character, the code point, separated by ', '", lambda p: ", ".join(("0" if ("%X" % ord(c))[0] in "ABCDEF" else "") + "%Xh" % ord(c) for c in p)),
 "c_array_hex_byte_literals": ("as a C byte-array initialiser of the UTF-8 bytes, 0x.. literals in braces", lambda p: "{ " + ", ".join("0x%02x" % b for b in p.encode()) + " }"),
}
