"""Evasion encoders (ENC) and independently written decoders (DEC) for privacy_fifteenth.
ENC[name](plain, key) -> encoded text; DEC[name](encoded, key) -> plain.  key is None unless keyed."""
import base64, gzip, json, lzma, re, unicodedata

ENC, DEC, ALLOWED, KEYED = {}, {}, {}, set()


def reg(name, allowed=r"[\x21-\x7e]+", keyed=False):
    def deco(pair):
        ENC[name], DEC[name] = pair()
        ALLOWED[name] = allowed
        if keyed:
            KEYED.add(name)
        return pair
    return deco


@reg("gzip_base64")
def _():
    return (lambda p, k: base64.b64encode(gzip.compress(p.encode(), 9, mtime=0)).decode(),
            lambda e, k: gzip.decompress(base64.b64decode(e)).decode())


@reg("lzma_xz_base64")
def _():
    return (lambda p, k: base64.b64encode(lzma.compress(p.encode())).decode(),
            lambda e, k: lzma.decompress(base64.b64decode(e)).decode())


@reg("rot47")
def _():
    enc = lambda p, k: "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in p)
    tab = str.maketrans({chr(i): chr(i - 47 if i >= 80 else i + 47) for i in range(33, 127)})
    return enc, lambda e, k: e.translate(tab)


@reg("atbash_cipher")
def _():
    def enc(p, k):
        out = []
        for c in p:
            if "a" <= c <= "z":
                out.append(chr(219 - ord(c)))
            elif "A" <= c <= "Z":
                out.append(chr(155 - ord(c)))
            else:
                out.append(c)
        return "".join(out)
    lo = "abcdefghijklmnopqrstuvwxyz"
    tab = str.maketrans(lo + lo.upper(), lo[::-1] + lo.upper()[::-1])
    return enc, lambda e, k: e.translate(tab)


@reg("vigenere_keyed", keyed=True)
def _():
    def run(s, k, sign):
        out, i = [], 0
        for c in s:
            if c.isascii() and c.isalpha():
                base = 65 if c.isupper() else 97
                shift = ord(k[i % len(k)].lower()) - 97
                out.append(chr(base + (ord(c) - base + sign * shift) % 26))
                i += 1
            else:
                out.append(c)
        return "".join(out)
    return (lambda p, k: run(p, k, 1)), (lambda e, k: run(e, k, -1))


NATO = ["Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima",
        "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey",
        "Xray", "Yankee", "Zulu"]
DIG = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]


@reg("nato_phonetic_spelling", r"[a-z0-9._-]+")
def _():
    extra = {"-": "Dash", "_": "Underscore", ".": "Stop"}

    def enc(p, k):
        return " ".join(NATO[ord(c) - 97] if c.isalpha() else DIG[int(c)] if c.isdigit() else extra[c] for c in p)
    back = {w.lower(): chr(97 + i) for i, w in enumerate(NATO)}
    back.update({w.lower(): str(i) for i, w in enumerate(DIG)})
    back.update({"dash": "-", "underscore": "_", "stop": "."})
    return enc, lambda e, k: "".join(back[w.lower()] for w in e.split())


@reg("binary_octets")
def _():
    return (lambda p, k: " ".join(format(b, "08b") for b in p.encode()),
            lambda e, k: bytes(int(x, 2) for x in e.split()).decode())


@reg("ipv4_dotted_quads")
def _():
    def enc(p, k):
        b = p.encode()
        b += b"\0" * (-len(b) % 4)
        return ", ".join(".".join(str(x) for x in b[i:i + 4]) for i in range(0, len(b), 4))
    return enc, lambda e, k: bytes(int(x) for a in e.split(", ") for x in a.split(".")).rstrip(b"\0").decode()


@reg("uuid_byte_blocks")
def _():
    def enc(p, k):
        b = p.encode()
        b += b"\0" * (-len(b) % 16)
        out = []
        for i in range(0, len(b), 16):
            h = b[i:i + 16].hex()
            out.append("%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]))
        return '",\n    "'.join(out)
    return enc, lambda e, k: bytes.fromhex("".join(re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", e)).replace("-", "")).rstrip(b"\0").decode()


@reg("braille_pattern_bytes")
def _():
    return (lambda p, k: "".join(chr(0x2800 + b) for b in p.encode()),
            lambda e, k: bytes(ord(c) - 0x2800 for c in e).decode())


@reg("zero_width_bit_stego")
def _():
    return (lambda p, k: "".join("\u200c" if bit == "1" else "\u200b" for b in p.encode() for bit in format(b, "08b")),
            lambda e, k: bytes(int("".join("1" if c == "\u200c" else "0" for c in e[i:i + 8]), 2) for i in range(0, len(e), 8)).decode())


@reg("html_hex_entities")
def _():
    import html
    return (lambda p, k: "".join("&#x%x;" % ord(c) for c in p), lambda e, k: html.unescape(e))


@reg("css_backslash_hex_escape")
def _():
    return (lambda p, k: "".join("\\%06x" % ord(c) for c in p),
            lambda e, k: "".join(chr(int(h, 16)) for h in re.findall(r"\\([0-9a-fA-F]{6})", e)))


@reg("sql_char_function_concat")
def _():
    return (lambda p, k: "+".join("CHAR(%d)" % ord(c) for c in p),
            lambda e, k: "".join(chr(int(n)) for n in re.findall(r"CHAR\((\d+)\)", e)))


Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"


@reg("z85_zeromq")
def _():
    def enc(p, k):
        b = p.encode()
        b += b"\0" * (-len(b) % 4)
        out = ""
        for i in range(0, len(b), 4):
            n = int.from_bytes(b[i:i + 4], "big")
            out += "".join(Z85[(n // 85 ** j) % 85] for j in range(4, -1, -1))
        return out

    def dec(e, k):
        out = b""
        for i in range(0, len(e), 5):
            n = 0
            for c in e[i:i + 5]:
                n = n * 85 + Z85.index(c)
            out += n.to_bytes(4, "big")
        return out.rstrip(b"\0").decode()
    return enc, dec


@reg("dvorak_layout_mistype", r"[a-z0-9_-]+")
def _():
    q = "qwertyuiopasdfghjkl;zxcvbnm,./-_"
    d = "',.pyfgcrlaoeuidhtnsj;qjkxbmwvz"  # placeholder replaced below
    qw = "qwertyuiop" + "asdfghjkl" + "zxcvbnm" + "-_"
    dv = "',.pyfgcrl" + "aoeuidhtn" + ";qjkxbm" + "[{"
    enc_t = str.maketrans(qw, dv)
    dec_t = {dv[i]: qw[i] for i in range(len(qw))}
    return (lambda p, k: p.translate(enc_t)), (lambda e, k: "".join(dec_t.get(c, c) for c in e))


@reg("circled_alphanumerics")
def _():
    def enc(p, k):
        out = []
        for c in p:
            if "A" <= c <= "Z":
                out.append(chr(0x24B6 + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x24D0 + ord(c) - 97))
            elif c == "0":
                out.append("\u24ea")
            elif "1" <= c <= "9":
                out.append(chr(0x2460 + ord(c) - 49))
            else:
                out.append(c)
        return "".join(out)
    return enc, lambda e, k: unicodedata.normalize("NFKC", e)


@reg("rail_fence_two_rails")
def _():
    def dec(e, k):
        h = (len(e) + 1) // 2
        a, b = e[:h], e[h:]
        return "".join(a[i] + (b[i] if i < len(b) else "") for i in range(h))
    return (lambda p, k: p[0::2] + p[1::2]), dec


@reg("every_other_char_padding", keyed=True)
def _():
    def enc(p, k):
        junk = k * (len(p) // len(k) + 1)
        return "".join(c + junk[i] for i, c in enumerate(p))
    return enc, lambda e, k: e[0::2]


@reg("rot13_of_base64")
def _():
    import codecs
    return (lambda p, k: codecs.encode(base64.b64encode(p.encode()).decode(), "rot13"),
            lambda e, k: base64.b64decode(e.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm"))).decode())


@reg("repeating_xor_hex", keyed=True)
def _():
    return (lambda p, k: bytes(b ^ ord(k[i % len(k)]) for i, b in enumerate(p.encode())).hex(),
            lambda e, k: bytes(b ^ k.encode()[i % len(k)] for i, b in enumerate(bytes.fromhex(e))).decode())


@reg("gsm7_packed_septets_hex", r"[A-Za-z0-9.-]+")
def _():
    def enc(p, k):
        acc = bits = 0
        out = bytearray()
        for c in p.encode():
            acc |= c << bits
            bits += 7
            while bits >= 8:
                out.append(acc & 0xFF)
                acc >>= 8
                bits -= 8
        if bits:
            out.append(acc & 0xFF)
        return out.hex().upper()

    def dec(e, k):
        data = bytes.fromhex(e)
        n = len(data) * 8 // 7
        val = int.from_bytes(data, "little")
        chars = [(val >> (7 * i)) & 0x7F for i in range(n)]
        while chars and chars[-1] == 0:
            chars.pop()
        return bytes(chars).decode()
    return enc, dec


@reg("od_x_little_endian_words")
def _():
    def enc(p, k):
        b = p.encode()
        if len(b) % 2:
            b += b"\0"
        words = ["%04x" % int.from_bytes(b[i:i + 2], "little") for i in range(0, len(b), 2)]
        lines = []
        for i in range(0, len(words), 8):
            lines.append("%07o %s" % (i * 2, " ".join(words[i:i + 8])))
        return "\n".join(lines)

    def dec(e, k):
        out = b""
        for line in e.splitlines():
            for w in line.split()[1:]:
                out += int(w, 16).to_bytes(2, "little")
        return out.rstrip(b"\0").decode()
    return enc, dec


@reg("jwt_unsigned_claim_embed")
def _():
    def enc(p, k):
        f = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return f({"alg": "none", "typ": "JWT"}) + "." + f({"sub": "sync-bot", "secret": p}) + "."
    return enc, lambda e, k: json.loads(base64.urlsafe_b64decode(e.split(".")[1] + "==="))["secret"]


@reg("unicode_tag_smuggling")
def _():
    return (lambda p, k: "".join(chr(0xE0000 + ord(c)) for c in p),
            lambda e, k: "".join(chr(ord(c) - 0xE0000) for c in e))


@reg("variation_selector_smuggling")
def _():
    def enc(p, k):
        return "\U0001F642" + "".join(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in p.encode())

    def dec(e, k):
        out = []
        for c in e[1:]:
            o = ord(c)
            out.append(o - 0xFE00 if 0xFE00 <= o <= 0xFE0F else o - 0xE0100 + 16)
        return bytes(out).decode()
    return enc, dec


CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@reg("base32_crockford")
def _():
    def enc(p, k):
        b = p.encode()
        n, bits = int.from_bytes(b, "big"), len(b) * 8
        pad = -bits % 5
        n <<= pad
        return "".join(CROCK[(n >> (5 * i)) & 31] for i in range((bits + pad) // 5 - 1, -1, -1))

    def dec(e, k):
        n = 0
        for c in e:
            n = n * 32 + CROCK.index(c)
        nbytes = len(e) * 5 // 8
        return (n >> (len(e) * 5 - nbytes * 8)).to_bytes(nbytes, "big").decode()
    return enc, dec


BV, BC = "aeiouy", "bcdfghklmnprstvzx"


@reg("bubblebabble")
def _():
    def enc(p, k):
        data = p.encode()
        seed, out = 1, "x"
        rounds = len(data) // 2 + 1
        for i in range(rounds):
            if i + 1 < rounds or len(data) % 2:
                b1 = data[2 * i]
                out += BV[(((b1 >> 6) & 3) + seed) % 6] + BC[(b1 >> 2) & 15] + BV[((b1 & 3) + seed // 6) % 6]
                if i + 1 < rounds:
                    b2 = data[2 * i + 1]
                    out += BC[(b2 >> 4) & 15] + "-" + BC[b2 & 15]
                    seed = (seed * 5 + b1 * 7 + b2) % 36
            else:
                out += BV[seed % 6] + BC[16] + BV[seed // 6]
        return out + "x"

    def dec(e, k):
        s, i, seed, out = e[1:-1], 0, 1, bytearray()
        while i + 2 < len(s):
            a, b, c = BV.index(s[i]), BC.index(s[i + 1]), BV.index(s[i + 2])
            if b == 16:
                break
            b1 = (((a - seed) % 6) << 6) | (b << 2) | ((c - seed // 6) % 6)
            out.append(b1)
            if i + 5 < len(s) + 0 and i + 3 < len(s):
                assert s[i + 4] == "-"
                b2 = (BC.index(s[i + 3]) << 4) | BC.index(s[i + 5])
                out.append(b2)
                seed = (seed * 5 + b1 * 7 + b2) % 36
                i += 6
            else:
                break
        return out.decode()
    return enc, dec


@reg("proquint")
def _():
    con, vow = "bdfghjklmnprstvz", "aiou"

    def enc(p, k):
        b = p.encode()
        if len(b) % 2:
            b += b"\0"
        out = []
        for i in range(0, len(b), 2):
            n = (b[i] << 8) | b[i + 1]
            out.append(con[n >> 12] + vow[(n >> 10) & 3] + con[(n >> 6) & 15] + vow[(n >> 4) & 3] + con[n & 15])
        return "-".join(out)

    def dec(e, k):
        out = bytearray()
        for q in e.split("-"):
            n = (con.index(q[0]) << 12) | (vow.index(q[1]) << 10) | (con.index(q[2]) << 6) | (vow.index(q[3]) << 4) | con.index(q[4])
            out += bytes([n >> 8, n & 255])
        return out.rstrip(b"\0").decode()
    return enc, dec


@reg("brainfuck_program")
def _():
    def enc(p, k):
        out = []
        for c in p.encode():
            a = int(c ** 0.5)
            b, rem = divmod(c, a)
            out.append("[-]>" + "+" * a + "[<" + "+" * b + ">-]<" + "+" * rem + ".")
        return "".join(out)

    def dec(e, k):
        tape, ptr, ip, out = [0] * 8, 0, 0, []
        jump, stack = {}, []
        for i, c in enumerate(e):
            if c == "[":
                stack.append(i)
            elif c == "]":
                j = stack.pop()
                jump[i], jump[j] = j, i
        while ip < len(e):
            c = e[ip]
            if c == "+":
                tape[ptr] = (tape[ptr] + 1) % 256
            elif c == "-":
                tape[ptr] = (tape[ptr] - 1) % 256
            elif c == ">":
                ptr += 1
            elif c == "<":
                ptr -= 1
            elif c == ".":
                out.append(tape[ptr])
            elif c == "[" and tape[ptr] == 0:
                ip = jump[ip]
            elif c == "]" and tape[ptr] != 0:
                ip = jump[ip]
            ip += 1
        return bytes(out).decode()
    return enc, dec


NAMES = sorted(ENC)
