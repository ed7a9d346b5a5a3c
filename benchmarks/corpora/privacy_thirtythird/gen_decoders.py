"""Decoders, written independently of gen_encodings (own tables, own loops)."""
import binascii, re

def _u(bs): return bytes(bs).decode("utf-8")

def d_radix(base, table=None):
    def f(t, k=None):
        out = []
        for g in t.split():
            n = 0
            for ch in g:
                n = n * base + (table.index(ch) if table else int(ch))
            out.append(n)
        return _u(out)
    return f

def d_mayan(t, k=None):
    out = []
    for g in t.split(" "):
        n = 0
        for ch in g:
            v = ord(ch) - 0x1D2E0
            assert 0 <= v < 20
            n = n * 20 + v
        out.append(n)
    return _u(out)

def d_negabinary(t, k=None):
    out = []
    for g in t.split():
        n = sum(int(b) * (-2) ** i for i, b in enumerate(reversed(g)))
        out.append(n)
    return _u(out)

def d_factoradic(t, k=None):
    out = []
    for g in t.split():
        ds = [int(x) for x in g.split(":")]
        n, f = 0, 1
        for i, d in enumerate(reversed(ds)):
            if i > 0: f *= i
            assert d <= i
            n += d * f
        out.append(n)
    return _u(out)

def d_fib(t, k=None):
    out = []
    for g in t.split():
        assert g.endswith("11")
        a, b, n = 1, 2, 0
        for bit in g[:-1]:
            if bit == "1": n += a
            a, b = b, a + b
        out.append(n)
    return _u(out)

def d_base45(t, k=None):
    tab = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")}
    out = bytearray()
    for i in range(0, len(t), 3):
        g = [tab[c] for c in t[i:i + 3]]
        if len(g) == 3:
            n = g[0] + g[1] * 45 + g[2] * 2025
            assert n < 65536
            out += bytes([n >> 8, n & 255])
        else:
            n = g[0] + g[1] * 45
            assert n < 256
            out.append(n)
    return out.decode()

def d_uu(t, k=None):
    lines = t.split("\n")
    assert lines[0].startswith("begin ") and lines[-1] == "end"
    out = b""
    for ln in lines[1:-1]:
        out += binascii.a2b_uu(ln)
    return out.decode()

def d_xx(t, k=None):
    tab = {c: i for i, c in enumerate("+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")}
    lines = t.split("\n")
    assert lines[0].startswith("begin ") and lines[-1] == "end"
    out = bytearray()
    for ln in lines[1:-1]:
        n = tab[ln[0]]
        bits = bytearray()
        for i in range(1, len(ln), 4):
            v = 0
            for c in ln[i:i + 4]: v = v << 6 | tab[c]
            bits += v.to_bytes(3, "big")
        out += bits[:n]
    return out.decode()

def d_bubble(t, k=None):
    V, C = "aeiouy", "bcdfghklmnprstvzx"
    assert t[0] == "x" and t[-1] == "x"
    s = t[1:-1].replace("-", "")
    seed, out, i = 1, bytearray(), 0
    while True:
        a, b, c = V.index(s[i]), C.index(s[i + 1]), V.index(s[i + 2])
        if i + 3 == len(s):
            if b == 16:
                assert a == seed % 6 and c == seed // 6, "checksum"
            else:
                hi, lo = (a - seed % 6) % 6, (c - seed // 6) % 6
                assert hi < 4 and lo < 4, "checksum"
                out.append(hi << 6 | b << 2 | lo)
            break
        hi, lo = (a - seed % 6) % 6, (c - seed // 6) % 6
        assert hi < 4 and lo < 4, "checksum"
        b1 = hi << 6 | b << 2 | lo
        b2 = C.index(s[i + 3]) << 4 | C.index(s[i + 4])
        out += bytes([b1, b2])
        seed = (seed * 5 + b1 * 7 + b2) % 36
        i += 5
    return out.decode()

def d_proquint(t, k=None):
    C, V = "bdfghjklmnprstvz", "aiou"
    out = bytearray()
    for w in t.split("-"):
        n = C.index(w[0]) << 12 | V.index(w[1]) << 10 | C.index(w[2]) << 6 | V.index(w[3]) << 4 | C.index(w[4])
        out += bytes([n >> 8, n & 255])
    return out.rstrip(b"\0").decode()

def d_ihex(t, k=None):
    out = bytearray()
    for ln in t.split("\n"):
        assert ln[0] == ":"
        raw = bytes.fromhex(ln[1:])
        assert sum(raw) & 255 == 0, "checksum"
        if raw[3] == 1: break
        assert raw[3] == 0 and (raw[1] << 8 | raw[2]) == len(out)
        out += raw[4:4 + raw[0]]
    return out.decode()

def d_srec(t, k=None):
    out = bytearray()
    for ln in t.split("\n"):
        raw = bytes.fromhex(ln[2:])
        assert raw[0] == len(raw) - 1 and (sum(raw[:-1]) + raw[-1]) & 255 == 255, "checksum"
        if ln[:2] == "S9": break
        assert ln[:2] == "S1"
        out += raw[3:-1]
    return out.decode()

def d_delta(t, k=None):
    nums = [int(x) for x in t.split(", ")]
    acc, out = 0, ""
    for i, n in enumerate(nums):
        acc = n if i == 0 else acc + n
        out += chr(acc)
    return out

def d_words(t, k=None):
    out = bytearray()
    for x in t.split(", "):
        out += int(x).to_bytes(2, "big")
    return out.rstrip(b"\0").decode()

def d_prime(t, k=None):
    idx, n, c = {}, 1, 0
    while c < 200:
        n += 1
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            c += 1; idx[n] = c
    return bytes(idx[int(x)] for x in t.split()).decode()

SYM = ("H,He,Li,Be,B,C,N,O,F,Ne,Na,Mg,Al,Si,P,S,Cl,Ar,K,Ca,Sc,Ti,V,Cr,Mn,Fe,Co,Ni,Cu,Zn,Ga,Ge,As,Se,Br,Kr,Rb,Sr,Y,Zr,"
       "Nb,Mo,Tc,Ru,Rh,Pd,Ag,Cd,In,Sn,Sb,Te,I,Xe,Cs,Ba,La,Ce,Pr,Nd,Pm,Sm,Eu,Gd,Tb,Dy,Ho,Er,Tm,Yb,Lu,Hf,Ta,W,Re,Os,Ir,Pt,"
       "Au,Hg,Tl,Pb,Bi,Po,At,Rn,Fr,Ra,Ac,Th,Pa,U,Np,Pu").split(",")
def d_elem(t, k=None):
    z = {s: i + 1 for i, s in enumerate(SYM)}
    return "".join(chr(z[s] + 32) for s in t.split())

ABC = "abcdefghijklmnopqrstuvwxyz"
def d_keyword(t, key):
    alpha = "".join(dict.fromkeys(key.lower() + ABC))
    inv = {alpha[i]: ABC[i] for i in range(26)}
    return "".join(inv[c] if c in inv else inv[c.lower()].upper() if c.lower() in inv and c.isupper() else c for c in t)

def _walk(t, key, g):
    out, j = [], 0
    for c in t:
        lc = c.lower()
        if lc in ABC and c.isalpha():
            kk = ABC.index(key[j % len(key)].lower()); j += 1
            p = ABC[g(ABC.index(lc), kk)]
            out.append(p.upper() if c.isupper() else p)
        else:
            out.append(c)
    return "".join(out)
def d_beaufort(t, key): return _walk(t, key, lambda y, k: (k - y) % 26)  # reciprocal
def d_porta(t, key):
    def g(y, k):
        p = k // 2
        if y >= 13: return (y - 13 - p) % 13
        return (y + p) % 13 + 13
    return _walk(t, key, g)
def d_trithemius(t, k=None):
    out, j = [], 0
    for c in t:
        if c.lower() in ABC and c.isalpha():
            p = ABC[(ABC.index(c.lower()) - j) % 26]; j += 1
            out.append(p.upper() if c.isupper() else p)
        else: out.append(c)
    return "".join(out)

DEC = {
 "ternary_five_trits_per_byte": d_radix(3), "septenary_three_digits_per_byte": d_radix(7),
 "dozenal_digits_per_byte": d_radix(12, "0123456789\u218a\u218b"), "mayan_numeral_vigesimal_bytes": d_mayan,
 "negabinary_base_minus_two_bytes": d_negabinary, "factoradic_digits_per_byte": d_factoradic,
 "fibonacci_coding_per_byte": d_fib, "base45_rfc9285": d_base45,
 "uuencode_begin_end_block": d_uu, "xxencode_begin_end_block": d_xx,
 "bubblebabble_checksummed": d_bubble, "proquint_word_groups": d_proquint,
 "intel_hex_data_records": d_ihex, "motorola_s1_records": d_srec,
 "codepoint_delta_list": d_delta, "uint16_big_endian_word_list": d_words,
 "nth_prime_per_byte": d_prime, "periodic_symbol_offset33": d_elem,
 "keyword_mixed_alphabet_keyed": d_keyword, "beaufort_tabula_keyed": d_beaufort,
 "porta_reciprocal_keyed": d_porta, "trithemius_progressive_shift": d_trithemius,
}

def selftests():
    """Known-answer tests from published examples or hand-worked cases."""
    assert d_base45("BB8") == "AB"                      # RFC 9285 §4.3
    assert d_base45("%69 VD92EX0") == "Hello!!"          # RFC 9285
    assert d_base45("QED8WEX0") == "ietf!"               # RFC 9285
    assert d_bubble("xesef-disof-gytuf-katof-movif-baxux") == "1234567890"   # Huima spec
    assert d_bubble("xigak-nyryk-humil-bosek-sonax") == "Pineapple"          # Huima spec
    assert d_bubble("xexax") == ""
    assert [int(x) for x in "127.0.0.1".split(".")] == list(bytes.fromhex("7f000001"))
    C, V = "bdfghjklmnprstvz", "aiou"
    assert "lusab-babad" == "-".join(C[w >> 12] + V[(w >> 10) & 3] + C[(w >> 6) & 15] + V[(w >> 4) & 3] + C[w & 15] for w in (0x7f00, 0x0001))  # proquint spec example
    assert d_negabinary("11010") == chr(6)
    assert d_factoradic("2:1:0:1:0") == "7"
    assert d_fib("001011") == chr(11) and d_fib("11") == chr(1)
    assert d_ihex(":0B0010006164647265737320676170A7\n:00000001FF".replace(":0B001000", ":0B000000").replace("A7", "B7")) == "address gap"  # Wikipedia record, relocated to 0
    assert d_prime("2 3 5 7 11") == "".join(map(chr, [1, 2, 3, 4, 5]))
    assert d_elem("H He Og".replace(" Og", "")) == "!\""
    assert d_beaufort("d", "d") == "a" and d_trithemius("ace") == "abc"
    assert d_radix(3)("02102") == "A" and d_radix(12, "0123456789\u218a\u218b")("\u218a2") == "z"
    return 14
