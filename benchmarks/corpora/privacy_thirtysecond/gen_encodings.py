"""Encoders for the 22 p32 evasion encodings. Decoders live separately in gen_decoders.py."""
import binascii

LABEL = {
    "rust_unicode_brace_escape": "as a Rust string literal with every character written as a \\u{..} escape",
    "lua_decimal_byte_escape": "as a Lua string of decimal byte escapes (\\ddd)",
    "perl_pack_hex_template": "as Perl code that builds it with pack(\"H*\", ...) from hex",
    "ruby_pack_c_star_array": "as a Ruby byte array turned into the string with .pack(\"c*\")",
    "go_rune_slice_literal": "as a Go rune slice converted with string([]rune{...})",
    "common_lisp_char_list": "as a Common Lisp list of character literals coerced to a string",
    "erlang_dollar_char_list": "as an Erlang list of $-character literals",
    "powershell_format_operator": "built with the PowerShell -f format operator (pieces placed by their {n} index)",
    "java_stringbuilder_reverse_call": "backwards inside a Java StringBuilder that reverses it",
    "cyclic_rotate_left_five": "rotated left by five characters (move the last five characters to the front to undo it)",
    "riffle_interleaved_halves": "riffle-shuffled: characters of the first half and the second half alternate, first half first",
    "chunk_groups_reversed_order": "in four-character groups listed last group first (read the groups from right to left)",
    "upside_down_flipped_text": "flipped upside down (turned 180 degrees: reversed, with upside-down look-alike characters)",
    "xml_cdata_split_sections": "split over several XML CDATA sections (join their contents)",
    "toml_line_ending_backslash": "as a TOML multi-line basic string using line-ending backslashes",
    "rtf_hex_char_escapes": "as RTF hex character escapes (\\'hh per byte)",
    "latex_char_decimal_command": "as TeX \\char commands with decimal character codes",
    "html_span_per_char_markup": "as HTML with every character in its own <span> element",
    "uuencode_begin_block": "uuencoded (begin 644 … end block)",
    "intel_hex_record_lines": "as Intel HEX records (data records plus end-of-file record)",
    "base45_rfc9285": "in Base45 (RFC 9285, the QR-code alphabet)",
    "asn1_der_utf8string_hex": "as a DER-encoded ASN.1 UTF8String, hex",
}
USED = sorted(LABEL)

UPSIDE = {}
_lo = "abcdefghijklmnopqrstuvwxyz"
_lo_f = "ɐqɔpǝɟƃɥᴉɾʞꞁɯuodbɹsʇnʌʍxʎz"
_up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_up_f = "∀ꓭƆꓷƎℲ⅁HIſꓘ⅂WNOԀΌꓤS⊥∩ΛMX⅄Z"
_dg = "0123456789"
_dg_f = "0ƖᄅƐㄣϛ9ㄥ86"
for a, b in zip(_lo + _up + _dg + "_-", _lo_f + _up_f + _dg_f + "‾-"):
    UPSIDE[a] = b


def _esc_ok(s, bad):
    return not any(c in bad for c in s)


def enc(name, s):
    b = s.encode()
    if name == "rust_unicode_brace_escape":
        return '"' + "".join("\\u{%x}" % ord(c) for c in s) + '"'
    if name == "lua_decimal_byte_escape":
        return '"' + "".join("\\%d" % x for x in b) + '"'
    if name == "perl_pack_hex_template":
        return 'pack("H*", "%s")' % b.hex()
    if name == "ruby_pack_c_star_array":
        return "[" + ", ".join(str(x) for x in b) + '].pack("c*")'
    if name == "go_rune_slice_literal":
        return "string([]rune{" + ", ".join("'%s'" % c for c in s) + "})"
    if name == "common_lisp_char_list":
        return "(coerce '(" + " ".join("#\\" + c for c in s) + ") 'string)"
    if name == "erlang_dollar_char_list":
        return "[" + ",".join("$" + c for c in s) + "]"
    if name == "powershell_format_operator":
        pieces = [s[i:i + 5] for i in range(0, len(s), 5)]
        n = len(pieces)
        order = [(i * 3) % n for i in range(n)] if n % 3 else list(reversed(range(n)))
        # order[k] = which original piece sits at argument position k
        fmt = "".join("{%d}" % order.index(i) for i in range(n))
        return "('" + fmt + "' -f " + ",".join("'" + pieces[order[k]] + "'" for k in range(n)) + ")"
    if name == "java_stringbuilder_reverse_call":
        return 'new StringBuilder("' + s[::-1] + '").reverse().toString()'
    if name == "cyclic_rotate_left_five":
        return s[5:] + s[:5]
    if name == "riffle_interleaved_halves":
        h = (len(s) + 1) // 2
        a, c = s[:h], s[h:]
        return "".join(a[i] + (c[i] if i < len(c) else "") for i in range(h))
    if name == "chunk_groups_reversed_order":
        g = [s[i:i + 4] for i in range(0, len(s), 4)]
        return " ".join(reversed(g))
    if name == "upside_down_flipped_text":
        return "".join(UPSIDE[c] for c in reversed(s))
    if name == "xml_cdata_split_sections":
        return "<key>" + "".join("<![CDATA[" + s[i:i + 7] + "]]>" for i in range(0, len(s), 7)) + "</key>"
    if name == "toml_line_ending_backslash":
        lines = [s[i:i + 12] for i in range(0, len(s), 12)]
        return 'token = """\\\n' + "".join("    " + ln + "\\\n" for ln in lines) + '    """'
    if name == "rtf_hex_char_escapes":
        return "{\\rtf1\\ansi " + "".join("\\'%02x" % x for x in b) + "}"
    if name == "latex_char_decimal_command":
        return "".join("\\char%d " % x for x in b).rstrip()
    if name == "html_span_per_char_markup":
        return "<code>" + "".join("<span>" + c + "</span>" for c in s) + "</code>"
    if name == "uuencode_begin_block":
        lines = [binascii.b2a_uu(b[i:i + 45], backtick=True).decode().rstrip("\n") for i in range(0, len(b), 45)]
        return "begin 644 key.txt\n" + "\n".join(lines) + "\n`\nend"
    if name == "intel_hex_record_lines":
        recs = []
        for off in range(0, len(b), 16):
            chunk = b[off:off + 16]
            body = bytes([len(chunk), off >> 8, off & 255, 0]) + chunk
            recs.append(":" + body.hex().upper() + "%02X" % ((-sum(body)) & 255))
        recs.append(":00000001FF")
        return "\n".join(recs)
    if name == "base45_rfc9285":
        A = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
        out = []
        for i in range(0, len(b), 2):
            if i + 1 < len(b):
                n = b[i] * 256 + b[i + 1]
                c, n = n % 45, n // 45
                d, e = n % 45, n // 45
                out.append(A[c] + A[d] + A[e])
            else:
                n = b[i]
                out.append(A[n % 45] + A[n // 45])
        return "".join(out)
    if name == "asn1_der_utf8string_hex":
        n = len(b)
        if n < 128:
            ln = bytes([n])
        elif n < 256:
            ln = bytes([0x81, n])
        else:
            ln = bytes([0x82, n >> 8, n & 255])
        return (b"\x0c" + ln + b).hex()
    raise KeyError(name)


def suitable(name, s):
    if name == "upside_down_flipped_text":
        return all(c in UPSIDE for c in s)
    if name == "base45_rfc9285":
        e = enc(name, s)
        return e == e.strip()
    if name in ("common_lisp_char_list", "go_rune_slice_literal", "erlang_dollar_char_list"):
        return _esc_ok(s, "'\\\" ")
    return True
