"""Encoders for the 22 evasion encodings. Each returns (naming phrase, encoded run)."""
import base64

NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()))
DIGW = "zero one two three four five six seven eight niner".split()
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
STD32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ZB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"


def _b32_translate(b, alpha):
    s = base64.b32encode(b).decode().rstrip("=")
    return s.translate(str.maketrans(STD32, alpha))


def _b45(b):
    out = []
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out += [B45[c], B45[d], B45[e]]
        else:
            n = b[i]
            out += [B45[n % 45], B45[n // 45]]
    return "".join(out)


def _ihex(b):
    recs = []
    for off in range(0, len(b), 16):
        chunk = b[off:off + 16]
        body = bytes([len(chunk), (off >> 8) & 255, off & 255, 0]) + chunk
        recs.append(":" + (body + bytes([(-sum(body)) & 255])).hex().upper())
    recs.append(":00000001FF")
    return "\n".join(recs)


def _srec(b):
    recs = []
    for off in range(0, len(b), 16):
        chunk = b[off:off + 16]
        body = bytes([len(chunk) + 3, (off >> 8) & 255, off & 255]) + chunk
        recs.append("S1" + (body + bytes([(~sum(body)) & 255])).hex().upper())
    recs.append("S9030000FC")
    return "\n".join(recs)


def _gsm_code(ch):
    return 0x11 if ch == "_" else ord(ch)


def _gsm_pack(s):
    bits, nbits, out = 0, 0, bytearray()
    for ch in s:
        bits |= _gsm_code(ch) << nbits
        nbits += 7
        while nbits >= 8:
            out.append(bits & 255); bits >>= 8; nbits -= 8
    if nbits:
        out.append(bits & 255)
    return out.hex().upper()


def enc(name, plain, rng):
    b = plain.encode()
    if name == "reversed_character_order":
        return "written backwards (read the characters from right to left)", plain[::-1]
    if name == "js_string_fromcharcode":
        return "as a JavaScript String.fromCharCode() call with decimal codes", "String.fromCharCode(" + ", ".join(str(x) for x in b) + ")"
    if name == "rust_vec_u8_from_utf8":
        return "as a Rust String::from_utf8(vec![...]) expression with decimal bytes", "String::from_utf8(vec![" + ", ".join(str(x) for x in b) + "]).unwrap()"
    if name == "go_string_rune_slice_hex":
        return "as a Go string([]rune{...}) conversion with hex rune values", "string([]rune{" + ", ".join("0x%x" % x for x in b) + "})"
    if name == "perl_pack_c_star":
        return "as a Perl pack(\"C*\", ...) call with decimal byte values", "pack(\"C*\", " + ", ".join(str(x) for x in b) + ")"
    if name == "lua_string_char_decimal":
        return "as a Lua string.char(...) call", "string.char(" + ",".join(str(x) for x in b) + ")"
    if name == "powershell_char_array_join":
        return "as a PowerShell -join [char[]](...) expression with decimal codes", "-join [char[]](" + ",".join(str(x) for x in b) + ")"
    if name == "vbscript_chr_ampersand_chain":
        return "as a VBScript Chr() & Chr() chain", " & ".join("Chr(%d)" % x for x in b)
    if name == "url_percent_every_byte":
        return "percent-encoded with every byte escaped (%XX, URL style)", "".join("%%%02X" % x for x in b)
    if name == "html_decimal_entities":
        return "as HTML decimal character references (&#NN; per character)", "".join("&#%d;" % x for x in b)
    if name == "nato_phonetic_spelling":
        words = []
        for ch in plain:
            if ch.isdigit():
                words.append(DIGW[int(ch)])
            elif ch.isalpha():
                if ch.isupper():
                    words.append("CAPS")
                words.append(NATO[ch.lower()])
            else:
                words.append({"-": "dash", "_": "underscore", ".": "dot"}[ch])
        return "spelled in the NATO phonetic alphabet (CAPS before a capital letter, digits as words with niner for 9, dash / underscore / dot spelled out)", " ".join(words)
    if name == "base45_rfc9285":
        return "in Base45 (RFC 9285, the QR-code alphabet 0-9 A-Z space $%*+-./:)", _b45(b)
    if name == "base32_crockford":
        return "in Crockford Base32 (0-9 A-Z without I L O U, no padding)", _b32_translate(b, CROCK)
    if name == "zbase32_human_oriented":
        return "in z-base-32 (alphabet ybndrfg8ejkmcpqxot1uwisza345h769, no padding)", _b32_translate(b, ZB32)
    if name == "can_frame_payload_hex":
        frames = ["7E8#" + b[i:i + 8].hex().upper() for i in range(0, len(b), 8)]
        return "as CAN frames on ID 0x7E8 (candump style, up to 8 data bytes per frame, in order)", " ".join(frames)
    if name == "intel_hex_records":
        return "as Intel HEX data records (16 bytes per record from address 0x0000, then the EOF record)", _ihex(b)
    if name == "motorola_s1_records":
        return "as Motorola S-records (S1 data records of 16 bytes from address 0x0000, then S9)", _srec(b)
    if name == "ebcdic_cp037_hex":
        return "in EBCDIC (code page 037), written as upper-case hex bytes", plain.encode("cp037").hex().upper()
    if name == "little_endian_u32_words_hex":
        pad = b + bytes((-len(b)) % 4)
        words = [int.from_bytes(pad[i:i + 4], "little") for i in range(0, len(pad), 4)]
        return "packed into 32-bit little-endian words, written as 0x hex words (zero bytes pad the last word)", " ".join("0x%08X" % w for w in words)
    if name == "gray_code_binary_bytes":
        return "as 8-bit Gray-code bytes in binary (each byte b written as b XOR (b >> 1))", " ".join(format(x ^ (x >> 1), "08b") for x in b)
    if name == "gsm_7bit_packed_septets_hex":
        return "as GSM 03.38 7-bit packed septets in hex (SMS PDU user data, %d septets)" % len(plain), _gsm_pack(plain)
    if name == "base64_of_reversed_string":
        return "reversed and then Base64-encoded (base64 -d, then read it right to left)", base64.b64encode(plain[::-1].encode()).decode()
    raise KeyError(name)


NAMES = ["reversed_character_order", "js_string_fromcharcode", "rust_vec_u8_from_utf8", "go_string_rune_slice_hex",
         "perl_pack_c_star", "lua_string_char_decimal", "powershell_char_array_join", "vbscript_chr_ampersand_chain",
         "url_percent_every_byte", "html_decimal_entities", "nato_phonetic_spelling", "base45_rfc9285",
         "base32_crockford", "zbase32_human_oriented", "can_frame_payload_hex", "intel_hex_records",
         "motorola_s1_records", "ebcdic_cp037_hex", "little_endian_u32_words_hex", "gray_code_binary_bytes",
         "gsm_7bit_packed_septets_hex", "base64_of_reversed_string"]
