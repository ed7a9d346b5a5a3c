"""Encoders (ENC) and naming phrases (PHRASE) for the 22 evasion encodings. Decoders live in gen_decoders.py."""
import base64

T7 = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

def cisco_type7(p, seed):
    return "%02d" % seed + "".join("%02X" % (ord(c) ^ ord(T7[(seed + i) % len(T7)])) for i, c in enumerate(p))

def gsm7(p):
    codes = [0x11 if c == "_" else ord(c) for c in p]
    acc = 0
    for i, s in enumerate(codes):
        acc |= s << (7 * i)
    n = (7 * len(codes) + 7) // 8
    return acc.to_bytes(n, "little").hex().upper()

def nato(p):
    out = []
    for c in p:
        if c.isdigit(): out.append(NUMW[int(c)])
        elif c == "-": out.append("dash")
        elif c == "_": out.append("underscore")
        elif c == ".": out.append("dot")
        elif c.isupper(): out.append("CAPITAL-" + NATO[ord(c) - 65].upper())
        else: out.append(NATO[ord(c) - 97])
    return " ".join(out)

def snmp_hex(p):
    b = p.encode()
    lines = [" ".join("%02X" % x for x in b[i:i + 16]) for i in range(0, len(b), 16)]
    return " \n".join(lines)

def ber(p):
    b = p.encode()
    return ("04%02X" % len(b) + b.hex()).upper()

def ipv6(p):
    b = p.encode()
    b += b"\x00" * (-len(b) % 16)
    addrs = []
    for i in range(0, len(b), 16):
        ch = b[i:i + 16]
        addrs.append(":".join("%04x" % int.from_bytes(ch[j:j + 2], "big") for j in range(0, 16, 2)))
    return ", ".join(addrs)

def bitrev(p):
    return " ".join("%02X" % int("{:08b}".format(x)[::-1], 2) for x in p.encode())

def ones(p):
    return " ".join("%02X" % (0xFF ^ x) for x in p.encode())

def octal(p):
    return "".join("\\%03o" % x for x in p.encode())

def pct(p):
    return "".join("%%%02X" % x for x in p.encode())

def binary(p):
    return " ".join("{:08b}".format(x) for x in p.encode())

def b64std(p):
    return base64.b64encode(p.encode()).decode()

def a85(p):
    return base64.a85encode(p.encode(), adobe=True).decode()

def b32hex(p):
    return base64.b32hexencode(p.encode()).decode()

def b62(p):
    n = int.from_bytes(p.encode(), "big")
    s = ""
    while n:
        n, d = divmod(n, 62); s = B62[d] + s
    return s

def decint(p):
    return str(int.from_bytes(p.encode(), "big"))

def rot47(p):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in p)

def rev(p):
    return p[::-1]

def rail(p):
    return p[0::2] + p[1::2]

def ros_hex(p):
    return "".join("\\%02X" % x for x in p.encode())

def utf32(p):
    return " ".join("%08X" % ord(c) for c in p)

def nib(p):
    return "".join("abcdefghijklmnop"[x >> 4] + "abcdefghijklmnop"[x & 15] for x in p.encode())

# name -> (encoder(p, r) , phrase(p, r-param dict))
def _t7(p, r):
    s = r.randint(0, 15)
    return cisco_type7(p, s), {}

ENC = {
 "cisco_type7_obfuscation": _t7,
 "gsm_7bit_packed_septets": lambda p, r: (gsm7(p), {"n": len(p)}),
 "nato_phonetic_spelling": lambda p, r: (nato(p), {}),
 "snmp_hex_string_output": lambda p, r: (snmp_hex(p), {}),
 "asn1_ber_octet_string_tlv": lambda p, r: (ber(p), {}),
 "ipv6_full_hextet_groups": lambda p, r: (ipv6(p), {}),
 "bit_reversed_octets_hex": lambda p, r: (bitrev(p), {}),
 "ones_complement_octets_hex": lambda p, r: (ones(p), {}),
 "octal_backslash_escapes": lambda p, r: (octal(p), {}),
 "percent_encoded_every_byte": lambda p, r: (pct(p), {}),
 "binary_octet_strings": lambda p, r: (binary(p), {}),
 "base64_standard_padded": lambda p, r: (b64std(p), {}),
 "ascii85_adobe_delimited": lambda p, r: (a85(p), {}),
 "base32hex_extended_alphabet": lambda p, r: (b32hex(p), {}),
 "base62_integer_digits": lambda p, r: (b62(p), {}),
 "decimal_bigint_bytes": lambda p, r: (decint(p), {}),
 "rot47_printable_ascii": lambda p, r: (rot47(p), {}),
 "reversed_character_order": lambda p, r: (rev(p), {}),
 "rail_fence_two_rails": lambda p, r: (rail(p), {}),
 "routeros_backslash_hex_escapes": lambda p, r: (ros_hex(p), {}),
 "utf32be_code_units_hex": lambda p, r: (utf32(p), {}),
 "nibble_letters_a_to_p": lambda p, r: (nib(p), {}),
}

PHRASE = {
 "cisco_type7_obfuscation": "as a Cisco type 7 string (the usual reversible 'password 7' obfuscation)",
 "gsm_7bit_packed_septets": "as GSM 7-bit default-alphabet septets packed into octets, hex, {n} septets (the SMS PDU user-data way)",
 "nato_phonetic_spelling": "spelled in the NATO phonetic alphabet (CAPITAL- marks upper case, digits as words, dash / underscore / dot spelled out)",
 "snmp_hex_string_output": "as the Hex-STRING that snmpget printed for the OID (one hex byte per character)",
 "asn1_ber_octet_string_tlv": "as an ASN.1 BER OCTET STRING TLV in hex (tag 04, one length byte, then the bytes)",
 "ipv6_full_hextet_groups": "packed into IPv6 addresses written out in full (two characters per hextet, trailing 00 bytes are padding)",
 "bit_reversed_octets_hex": "as hex octets with the bit order of each byte reversed (LSB first, the way the serial analyser shows it)",
 "ones_complement_octets_hex": "as hex octets of the one's complement of each byte (invert every bit)",
 "octal_backslash_escapes": "as octal backslash escapes (\\NNN per byte)",
 "percent_encoded_every_byte": "percent-encoded with every byte escaped (%XX)",
 "binary_octet_strings": "as 8-bit binary, one group per character",
 "base64_standard_padded": "in standard Base64 (RFC 4648 section 4, with = padding)",
 "ascii85_adobe_delimited": "in Adobe Ascii85 between <~ and ~>",
 "base32hex_extended_alphabet": "in Base32hex (RFC 4648 extended-hex alphabet 0-9 A-V, = padding)",
 "base62_integer_digits": "as one base-62 number (digits 0-9 A-Z a-z, the bytes read as a big-endian integer)",
 "decimal_bigint_bytes": "as one decimal integer (the bytes read big-endian)",
 "rot47_printable_ascii": "in ROT47 (printable ASCII rotated by 47)",
 "reversed_character_order": "written backwards (read it right to left)",
 "rail_fence_two_rails": "as a two-rail rail-fence (first the 1st, 3rd, 5th ... characters, then the 2nd, 4th ...)",
 "routeros_backslash_hex_escapes": "as RouterOS backslash hex escapes (\\HH per byte, no x)",
 "utf32be_code_units_hex": "as UTF-32BE code units, 8 hex digits each",
 "nibble_letters_a_to_p": "as hex with the digits 0-f replaced by the letters a-p (two letters per byte)",
}
