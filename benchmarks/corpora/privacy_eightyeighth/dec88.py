"""Independent decoders for p88 evasions: they receive only the encoded run."""
import re

def _ints(run, pat):
    return [int(x, 0) if x.startswith("0x") else int(x) for x in re.findall(pat, run)]

def d_excel(run):
    assert re.fullmatch(r"=CHAR\(\d+\)(&CHAR\(\d+\))*", run)
    return "".join(chr(int(x)) for x in re.findall(r"CHAR\((\d+)\)", run))

def d_dax(run):
    assert re.fullmatch(r"UNICHAR\(\d+\)( & UNICHAR\(\d+\))*", run)
    return "".join(chr(int(x)) for x in re.findall(r"UNICHAR\((\d+)\)", run))

def d_vba(run):
    assert re.fullmatch(r"ChrW\$\(&H[0-9A-F]+\)( & ChrW\$\(&H[0-9A-F]+\))*", run)
    return "".join(chr(int(x, 16)) for x in re.findall(r"&H([0-9A-F]+)", run))

def d_rraw(run):
    m = re.fullmatch(r"rawToChar\(as\.raw\(c\(((?:0x[0-9a-f]{2}(?:, )?)+)\)\)\)", run)
    return bytes(int(x, 16) for x in m.group(1).split(", ")).decode()

def d_sas(run):
    m = re.fullmatch(r"cats\(((?:byte\(\d+\)(?:, )?)+)\)", run)
    return bytes(int(x) for x in re.findall(r"byte\((\d+)\)", m.group(1))).decode()

def d_stata(run):
    assert re.fullmatch(r"char\(\d+\)( \+ char\(\d+\))*", run)
    return bytes(int(x) for x in re.findall(r"\d+", run)).decode()

def d_pq(run):
    m = re.fullmatch(r"Text\.Combine\(List\.Transform\(\{([\d, ]+)\}, Character\.FromNumber\)\)", run)
    return "".join(chr(int(x)) for x in m.group(1).split(", "))

def d_tsql(run):
    m = re.fullmatch(r"CAST\(0x([0-9A-F]+) AS VARCHAR\(\d+\)\)", run)
    return bytes.fromhex(m.group(1)).decode()

def d_b36(run):
    n = 0
    for c in run:
        n = n * 36 + "0123456789abcdefghijklmnopqrstuvwxyz".index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()

def d_z85(run):
    al = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
    assert len(run) % 5 == 0
    out = b""
    for i in range(0, len(run), 5):
        n = 0
        for c in run[i:i + 5]:
            n = n * 85 + al.index(c)
        out += n.to_bytes(4, "big")
    return out.rstrip(b"\0").decode()

def d_b45(run):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    out = bytearray()
    for i in range(0, len(run), 3):
        g = [al.index(c) for c in run[i:i + 3]]
        if len(g) == 3:
            n = g[0] + g[1] * 45 + g[2] * 2025
            out += bytes([n >> 8, n & 255])
        else:
            out.append(g[0] + g[1] * 45)
    return out.decode()

def d_uu(run):
    n = (ord(run[0]) - 32) & 63
    body = run[1:]
    out = bytearray()
    for i in range(0, len(body), 4):
        q = [(ord(c) - 32) & 63 for c in body[i:i + 4]]
        q += [0] * (4 - len(q))
        v = (q[0] << 18) | (q[1] << 12) | (q[2] << 6) | q[3]
        out += bytes([(v >> 16) & 255, (v >> 8) & 255, v & 255])
    return bytes(out[:n]).decode()

def d_bin(run):
    assert re.fullmatch(r"[01]{8}( [01]{8})*", run)
    return bytes(int(x, 2) for x in run.split()).decode()

def d_atbash(run):
    o = ""
    for c in run:
        if "a" <= c <= "z": o += chr(ord("z") - (ord(c) - ord("a")))
        elif "A" <= c <= "Z": o += chr(ord("Z") - (ord(c) - ord("A")))
        elif "0" <= c <= "9": o += str(9 - int(c))
        else: o += c
    return o

def d_vig(run, key="QLIK"):
    o, i = "", 0
    for c in run:
        if c.isascii() and c.isalpha():
            k = ord(key[i % 4]) - ord("A"); base = ord("a") if c.islower() else ord("A")
            o += chr((ord(c) - base - k) % 26 + base); i += 1
        else:
            o += c
    return o

def d_caesar(run):
    o = ""
    for c in run:
        if "a" <= c <= "z": o += "abcdefghijklmnopqrstuvwxyz"[("abcdefghijklmnopqrstuvwxyz".index(c) - 3) % 26]
        elif "A" <= c <= "Z": o += "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[("ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(c) - 3) % 26]
        elif c.isdigit(): o += str((int(c) - 3) % 10)
        else: o += c
    return o

def d_xor(run):
    assert re.fullmatch(r"(?:[0-9a-f]{2})+", run)
    return bytes(b ^ 0x5A for b in bytes.fromhex(run)).decode()

def d_rev(run):
    return "".join(reversed(run))

def d_fw(run):
    assert all(0xFF01 <= ord(c) <= 0xFF5E for c in run)
    return "".join(chr(ord(c) - 0xFF01 + 0x21) for c in run)

_M = ("a.- b-... c-.-. d-.. e. f..-. g--. h.... i.. j.--- k-.- l.-.. m-- n-. o--- p.--. q--.- r.-. s... t- u..- v...- "
      "w.-- x-..- y-.-- z--.. 0----- 1.---- 2..--- 3...-- 4....- 5..... 6-.... 7--... 8---.. 9----.")
def d_morse(run):
    table = {t[1:]: t[0] for t in _M.split()}
    table.update({".-.-.-": ".", "-....-": "-", "..--.-": "_"})
    return "".join(table[g] for g in run.split(" "))

def d_nato(run):
    words = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
    digits = "zero one two three four five six seven eight nine".split()
    o = ""
    for w in run.split(" "):
        if w in words: o += chr(ord("a") + words.index(w))
        elif w.lower() in words and w.isupper(): o += chr(ord("A") + words.index(w.lower()))
        elif w in digits: o += str(digits.index(w))
        else: o += {"dash": "-", "underscore": "_", "dot": "."}[w]
    return o

def d_geo(run):
    al = "0123456789bcdefghjkmnpqrstuvwxyz"
    bits = "".join(format(al.index(c), "05b") for c in run)
    n = len(bits) // 8
    return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(n)).decode()

DEC = {
 "excel_char_ampersand_formula": d_excel, "dax_unichar_concatenation": d_dax, "vba_chrw_hex_literal_concat": d_vba,
 "r_rawtochar_hex_vector": d_rraw, "sas_byte_function_cats": d_sas, "stata_char_function_sum": d_stata,
 "power_query_character_fromnumber_list": d_pq, "tsql_varbinary_hex_cast": d_tsql, "base36_big_integer": d_b36,
 "z85_zeromq_nul_padded": d_z85, "base45_rfc9285_alphabet": d_b45, "uuencode_single_line": d_uu,
 "binary_octets_space_separated": d_bin, "atbash_letters_and_digits": d_atbash, "vigenere_keyword_qlik": d_vig,
 "caesar_shift_three_with_digits": d_caesar, "xor_byte_5a_hex": d_xor, "reversed_character_order": d_rev,
 "fullwidth_ascii_forms": d_fw, "morse_code_space_separated": d_morse, "nato_phonetic_case_marked": d_nato,
 "geohash_base32_alphabet": d_geo,
}
