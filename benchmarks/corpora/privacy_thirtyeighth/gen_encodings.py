"""Encoders (evasions). Each returns the encoded expression; PHRASE names it."""
import string
LC, UC, DG = string.ascii_lowercase, string.ascii_uppercase, string.digits

def _shift(c, k):
    if c in LC: return LC[(LC.index(c) + k) % 26]
    if c in UC: return UC[(UC.index(c) + k) % 26]
    if c in DG: return DG[(DG.index(c) + k) % 10]
    return c
def _val(c):
    if c in LC: return LC.index(c)
    if c in UC: return UC.index(c)
    if c in DG: return DG.index(c)
    return 0

def atbash(p, r):
    return "".join(LC[25 - LC.index(c)] if c in LC else UC[25 - UC.index(c)] if c in UC else DG[9 - DG.index(c)] if c in DG else c for c in p)
def vigenere(p, r, key="LANTERN"):
    return "".join(_shift(c, UC.index(key[i % len(key)])) for i, c in enumerate(p))
def beaufort(p, r, key="HARBOR"):
    out = []
    for i, c in enumerate(p):
        k = UC.index(key[i % len(key)])
        if c in LC: out.append(LC[(k - LC.index(c)) % 26])
        elif c in UC: out.append(UC[(k - UC.index(c)) % 26])
        elif c in DG: out.append(DG[(k - DG.index(c)) % 10])
        else: out.append(c)
    return "".join(out)
def autokey(p, r, primer="QUILL"):
    ks = [UC.index(x) for x in primer] + [_val(c) for c in p]
    return "".join(_shift(c, ks[i]) for i, c in enumerate(p))
def affine(p, r):
    out = []
    for c in p:
        if c in LC: out.append(LC[(5 * LC.index(c) + 8) % 26])
        elif c in UC: out.append(UC[(5 * UC.index(c) + 8) % 26])
        elif c in DG: out.append(DG[(3 * DG.index(c) + 7) % 10])
        else: out.append(c)
    return "".join(out)
KW = "ZEBRASCDFGHIJKLMNOPQTUVWXY"; KD = "7294051836"
def keyword_sub(p, r):
    return "".join(KW[UC.index(c)] if c in UC else KW[LC.index(c)].lower() if c in LC else KD[DG.index(c)] if c in DG else c for c in p)
def trithemius(p, r): return "".join(_shift(c, i) for i, c in enumerate(p))
def rot47(p, r): return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in p)
def gronsfeld(p, r, key="31415"): return "".join(_shift(c, int(key[i % len(key)])) for i, c in enumerate(p))
def caesar3(p, r): return "".join(_shift(c, 3) for c in p)
def rail3(p, r):
    rails = [[], [], []]; idx = 0; step = 1
    for c in p:
        rails[idx].append(c)
        if idx == 0: step = 1
        elif idx == 2: step = -1
        idx += step
    return "".join("".join(x) for x in rails)
def columnar(p, r, key="PLANET"):
    cols = [p[i::len(key)] for i in range(len(key))]
    order = sorted(range(len(key)), key=lambda i: (key[i], i))
    return "".join(cols[i] for i in order)
def deinterleave(p, r): return p[0::2] + p[1::2]
def block4(p, r): return "".join(p[i:i + 4][::-1] for i in range(0, len(p), 4))
def pairswap(p, r): return "".join(p[i:i + 2][::-1] for i in range(0, len(p), 2))
def indexed(p, r):
    items = [f"{i}:{c}" for i, c in enumerate(p)]; r.shuffle(items); return " ".join(items)
def _coprime(n, r):
    from math import gcd
    ks = [k for k in (3, 5, 7, 11, 13) if gcd(k, n) == 1]; return r.choice(ks)
def decimation(p, r):
    n = len(p); k = _coprime(n, r); return k, "".join(p[(k * i) % n] for i in range(n))
def rotation(p, r):
    n = r.randint(3, len(p) - 3); return n, p[n:] + p[:n]
def acrostic(p, r):
    return " ".join(c + "".join(r.choice(LC) for _ in range(r.randint(2, 4))) for c in p)
def telestich(p, r):
    return " ".join("".join(r.choice(LC) for _ in range(r.randint(2, 4))) + c for c in p)
def null3(p, r):
    al = LC + UC + DG
    return "".join(c + r.choice(al) + r.choice(al) for c in p)
def stutter(p, r): return "".join(c + c for c in p)

ENC = {
 "atbash_mirrored_alphabet": (atbash, "with the Atbash cipher (A↔Z and a↔z mirrored, digits 0↔9 mirrored, symbols kept)"),
 "vigenere_keyword_lantern": (vigenere, "Vigenère-enciphered with the keyword LANTERN (the key advances on every character, digits shift mod 10, symbols kept)"),
 "beaufort_keyword_harbor": (beaufort, "with the Beaufort cipher, keyword HARBOR (key minus character, digits mod 10, symbols kept)"),
 "autokey_primer_quill": (autokey, "with an autokey cipher primed with QUILL (then the plaintext itself is the key: letters by alphabet position, digits by value, symbols shift 0)"),
 "affine_five_eight_letters": (affine, "with an affine cipher, letters 5x+8 mod 26 and digits 3x+7 mod 10 (case and symbols kept)"),
 "mixed_alphabet_zebras_substitution": (keyword_sub, "with a keyword substitution alphabet ZEBRASCDFGHIJKLMNOPQTUVWXY (digits 0–9 become 7294051836, case kept)"),
 "trithemius_progressive_shift": (trithemius, "with the Trithemius progressive shift (character n, counted from 0, is shifted forward by n; digits mod 10)"),
 "rot47_printable_ascii": (rot47, "in ROT47 (every printable ASCII character rotated by 47 within ! to ~)"),
 "gronsfeld_numeric_key": (gronsfeld, "with the Gronsfeld cipher, numeric key 31415 (letters and digits shifted forward by the key digit)"),
 "caesar_shift_three_alnum": (caesar3, "with a Caesar shift of three (letters and digits moved forward by 3, wrapping)"),
 "rail_fence_three_rails": (rail3, "as a three-rail rail-fence transposition (read off rail by rail)"),
 "columnar_keyword_planet": (columnar, "as a columnar transposition under the keyword PLANET (rows of six, columns read in alphabetical key order)"),
 "even_odd_position_split": (deinterleave, "with the characters at even positions first and then those at odd positions (counting from 0)"),
 "block_reversal_fours": (block4, "with every block of four characters written backwards"),
 "adjacent_pair_swap": (pairswap, "with each adjacent pair of characters swapped"),
 "indexed_character_shuffle": (indexed, "as position:character pairs in shuffled order (sort by position to read it)"),
 "decimation_step_transposition": (decimation, None),
 "cyclic_rotation_stated_offset": (rotation, None),
 "acrostic_token_initials": (acrostic, "as an acrostic: the first character of each nonsense word, in order"),
 "telestich_token_finals": (telestich, "as a telestich: the last character of each nonsense word, in order"),
 "null_cipher_every_third": (null3, "as a null cipher: read every third character starting with the first"),
 "stuttered_doubled_characters": (stutter, "with every character typed twice (keep one of each pair)"),
}

def encode(name, plain, r):
    fn, phrase = ENC[name]
    res = fn(plain, r)
    if name == "decimation_step_transposition":
        k, s = res; return s, f"as a decimation transposition with step {k} (the i-th character shown is character {k}·i mod length of the secret)"
    if name == "cyclic_rotation_stated_offset":
        n, s = res; return s, f"rotated left by {n} characters (move the last {n} characters back to the front)"
    return res, phrase
