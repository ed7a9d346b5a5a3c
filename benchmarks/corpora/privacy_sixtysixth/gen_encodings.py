"""Encoders: enc[name](plain, rng) -> (encoded_run, naming_phrase). The decoders live in
gen_decoders.py and were written separately."""
import base64, lzma

NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
        "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "niner"]
SYMW = {"-": "dash", "_": "underscore", ".": "period"}
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _codes(p):
    return [ord(c) for c in p]


def e_xz(p, rng):
    return base64.b64encode(lzma.compress(p.encode(), format=lzma.FORMAT_XZ)).decode(), \
        "xz-compressed and then Base64-encoded (base64 -d | xz -d)"


def e_rev(p, rng):
    return p[::-1], "written backwards (last character first; read it right to left)"


def e_pct(p, rng):
    return "".join("%%%02X" % b for b in p.encode()), "percent-encoded with every byte escaped (%XX, URL style)"


def e_js(p, rng):
    return "String.fromCharCode(" + ", ".join(map(str, _codes(p))) + ")", "as a JavaScript String.fromCharCode() call with decimal codes"


def e_go(p, rng):
    return "string([]byte{" + ", ".join("0x%02x" % c for c in _codes(p)) + "})", "as a Go string([]byte{...}) conversion with hex bytes"


def e_rust(p, rng):
    return "String::from_utf8(vec![" + ", ".join(map(str, _codes(p))) + "]).unwrap()", "as a Rust String::from_utf8(vec![...]) with decimal bytes"


def e_perl(p, rng):
    return 'pack("H*", "' + p.encode().hex() + '")', 'as a Perl pack("H*", ...) hex string'


def e_ps(p, rng):
    return "-join [char[]](" + ",".join(map(str, _codes(p))) + ")", "as a PowerShell -join [char[]](...) expression"


def e_b45(p, rng):
    b = p.encode()
    out = []
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        out += [B45[n % 45], B45[(n // 45) % 45], B45[n // 2025]]
    if len(b) % 2:
        n = b[-1]
        out += [B45[n % 45], B45[n // 45]]
    return "".join(out), "in Base45 (RFC 9285, the QR-code alphanumeric alphabet, two bytes per three characters)"


def e_nato(p, rng):
    w = []
    for c in p:
        if c.isdigit():
            w.append(DIGW[int(c)])
        elif c in SYMW:
            w.append(SYMW[c])
        elif c.isupper():
            w.append(NATO[ord(c) - 65].upper())
        else:
            w.append(NATO[ord(c) - 97])
    return " ".join(w), "spelled in the NATO phonetic alphabet (UPPER-CASE word = capital letter, niner = 9, dash / underscore / period)"


def e_rail(p, rng):
    rails = [[], [], []]
    r, d = 0, 1
    for c in p:
        rails[r].append(c)
        if r == 0:
            d = 1
        elif r == 2:
            d = -1
        r += d
    return "".join("".join(x) for x in rails), "as a rail-fence cipher on three rails (zigzag rows read top to bottom)"


def e_affine(p, rng):
    a = rng.choice([3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25])
    b = rng.randint(1, 25)
    out = []
    for c in p:
        if "a" <= c <= "z":
            out.append(chr((a * (ord(c) - 97) + b) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((a * (ord(c) - 65) + b) % 26 + 65))
        else:
            out.append(c)
    return "".join(out), "affine-enciphered with a=%d, b=%d (each letter x becomes a*x+b mod 26, case kept, digits and - _ . unchanged)" % (a, b)


def e_ebcdic(p, rng):
    return p.encode("cp037").hex().upper(), "as EBCDIC (code page 037) bytes in upper-case hex"


def e_mdot(p, rng):
    return "\u00b7".join(p), "letter-spaced with a middle dot (U+00B7) between every two characters"


def e_cs(p, rng):
    return "Encoding.ASCII.GetString(new byte[] { " + ", ".join(map(str, _codes(p))) + " })", "as a C# Encoding.ASCII.GetString(new byte[] {...}) call"


def e_php(p, rng):
    return ".".join("chr(%d)" % c for c in _codes(p)), "as a PHP chr() . chr() chain"


def e_ruby(p, rng):
    return "[" + ", ".join(map(str, _codes(p))) + "].pack('c*')", "as a Ruby array with .pack('c*')"


def e_lua(p, rng):
    return "string.char(" + ",".join(map(str, _codes(p))) + ")", "as a Lua string.char(...) call"


def e_json(p, rng):
    return "".join("\\u%04x" % c for c in _codes(p)), "as JSON \\u escapes (four hex digits per character)"


def e_crock(p, rng):
    bits = "".join("%08d" % int(bin(b)[2:]) for b in p.encode())
    bits += "0" * (-len(bits) % 5)
    return "".join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5)), \
        "in Crockford Base32 (0-9 A-Z without I L O U, five bits per symbol, no padding)"


def e_circ(p, rng):
    out = []
    for c in p:
        if "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif c == "0":
            out.append("\u24ea")
        elif c.isdigit():
            out.append(chr(0x2460 + int(c) - 1))
        else:
            out.append(c)
    return "".join(out), "in circled letters and digits (Unicode Enclosed Alphanumerics; - _ . unchanged)"


def e_decoy(p, rng):
    al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(c + rng.choice(al) for c in p), "padded with a decoy after every character (keep the 1st, 3rd, 5th … character, drop the rest)"


enc = {
    "xz_container_then_base64": e_xz, "reversed_character_order": e_rev,
    "percent_encoded_every_byte": e_pct, "javascript_fromcharcode_decimal": e_js,
    "go_byte_slice_hex_literal": e_go, "rust_from_utf8_vec_decimal": e_rust,
    "perl_pack_hstar_hex": e_perl, "powershell_char_array_join": e_ps,
    "base45_qr_alphabet": e_b45, "nato_phonetic_spelling": e_nato,
    "rail_fence_three_rails": e_rail, "affine_cipher_stated_keys": e_affine,
    "ebcdic_cp037_upper_hex": e_ebcdic, "middle_dot_letter_spacing": e_mdot,
    "csharp_ascii_getstring_bytes": e_cs, "php_chr_dot_chain": e_php,
    "ruby_pack_c_star_array": e_ruby, "lua_string_char_call": e_lua,
    "json_backslash_u_escapes": e_json, "crockford_base32_symbols": e_crock,
    "circled_enclosed_alphanumerics": e_circ, "decoy_interleaved_odd_positions": e_decoy,
}
