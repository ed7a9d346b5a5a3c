"""Independent decoders: each gets only the text before the span (for stated parameters) and the encoded run."""
import re

def _xlat():
    # Cisco type 7 translation table, typed in again independently of the encoder module
    return "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"

def d_t7(run, before):
    x = _xlat(); s = int(run[:2]); h = run[2:]
    return "".join(chr(int(h[i:i + 2], 16) ^ ord(x[(s + i // 2) % len(x)])) for i in range(0, len(h), 2))

def d_gsm(run, before):
    n = int(re.findall(r"(\d+) septets", before)[-1])
    acc = int.from_bytes(bytes.fromhex(run), "little")
    out = []
    for i in range(n):
        s = (acc >> (7 * i)) & 0x7F
        out.append("_" if s == 0x11 else chr(s))
    return "".join(out)

_N = {"alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f", "golf": "g", "hotel": "h",
      "india": "i", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
      "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w",
      "xray": "x", "yankee": "y", "zulu": "z"}
_D = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_D.update({"dash": "-", "underscore": "_", "dot": "."})

def d_nato(run, before):
    out = []
    for w in run.split():
        if w.startswith("CAPITAL-"): out.append(_N[w[8:].lower()].upper())
        elif w in _D: out.append(_D[w])
        else: out.append(_N[w])
    return "".join(out)

def d_hexbytes(run, before):
    return bytes(int(t, 16) for t in run.split()).decode()

def d_ber(run, before):
    b = bytes.fromhex(run)
    assert b[0] == 0x04 and b[1] == len(b) - 2
    return b[2:].decode()

def d_ipv6(run, before):
    b = b"".join(int(g, 16).to_bytes(2, "big") for a in run.split(", ") for g in a.split(":"))
    return b.rstrip(b"\x00").decode()

def d_bitrev(run, before):
    return "".join(chr(sum(((int(t, 16) >> i) & 1) << (7 - i) for i in range(8))) for t in run.split())

def d_ones(run, before):
    return "".join(chr(255 - int(t, 16)) for t in run.split())

def d_octal(run, before):
    return "".join(chr(int(m, 8)) for m in re.findall(r"\\([0-7]{3})", run))

def d_pct(run, before):
    return "".join(chr(int(m, 16)) for m in re.findall(r"%([0-9A-Fa-f]{2})", run))

def d_bin(run, before):
    return "".join(chr(int(t, 2)) for t in run.split())

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def d_b64(run, before):
    bits = "".join("{:06b}".format(_B64.index(c)) for c in run.rstrip("="))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()

def d_a85(run, before):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2]
    out = bytearray()
    for i in range(0, len(body), 5):
        g = body[i:i + 5]; pad = 5 - len(g)
        g = g + "u" * pad
        n = 0
        for c in g: n = n * 85 + (ord(c) - 33)
        out += n.to_bytes(4, "big")[:4 - pad]
    return out.decode()

_B32H = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
def d_b32h(run, before):
    bits = "".join("{:05b}".format(_B32H.index(c)) for c in run.rstrip("="))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()

def _int2str(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()

def d_b62(run, before):
    a = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    n = 0
    for c in run: n = n * 62 + a.index(c)
    return _int2str(n)

def d_dec(run, before):
    return _int2str(int(run))

def d_rot47(run, before):
    return "".join(chr(33 + (ord(c) - 33 - 47) % 94) if "!" <= c <= "~" else c for c in run)

def d_rev(run, before):
    return "".join(reversed(run))

def d_rail(run, before):
    k = (len(run) + 1) // 2
    a, b = run[:k], run[k:]
    return "".join(a[i] + (b[i] if i < len(b) else "") for i in range(k))

def d_ros(run, before):
    return "".join(chr(int(m, 16)) for m in re.findall(r"\\([0-9A-Fa-f]{2})", run))

def d_utf32(run, before):
    return "".join(chr(int(t, 16)) for t in run.split())

def d_nib(run, before):
    v = {c: i for i, c in enumerate("abcdefghijklmnop")}
    return "".join(chr(v[run[i]] * 16 + v[run[i + 1]]) for i in range(0, len(run), 2))

DEC = {
 "cisco_type7_obfuscation": d_t7, "gsm_7bit_packed_septets": d_gsm, "nato_phonetic_spelling": d_nato,
 "snmp_hex_string_output": d_hexbytes, "asn1_ber_octet_string_tlv": d_ber, "ipv6_full_hextet_groups": d_ipv6,
 "bit_reversed_octets_hex": d_bitrev, "ones_complement_octets_hex": d_ones, "octal_backslash_escapes": d_octal,
 "percent_encoded_every_byte": d_pct, "binary_octet_strings": d_bin, "base64_standard_padded": d_b64,
 "ascii85_adobe_delimited": d_a85, "base32hex_extended_alphabet": d_b32h, "base62_integer_digits": d_b62,
 "decimal_bigint_bytes": d_dec, "rot47_printable_ascii": d_rot47, "reversed_character_order": d_rev,
 "rail_fence_two_rails": d_rail, "routeros_backslash_hex_escapes": d_ros, "utf32be_code_units_hex": d_utf32,
 "nibble_letters_a_to_p": d_nib,
}
