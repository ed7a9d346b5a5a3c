"""Encoders: developer-tool forms that rebuild a value (value -> encoded text)."""


def _split(v, k, rng):
    n = len(v)
    cuts = sorted(rng.sample(range(1, n), k - 1))
    return [v[a:b] for a, b in zip([0] + cuts, cuts + [n])]


def _bytes(v):
    return list(v.encode())


ENC = {
 "rust_byte_string_hex_escapes": lambda v, r: 'b"' + "".join("\\x%02x" % b for b in _bytes(v)) + '"',
 "perl_pack_hex_string": lambda v, r: "perl -e 'print pack(\"H*\", \"%s\")'" % v.encode().hex(),
 "ruby_array_pack_bytes": lambda v, r: "[%s].pack(\"C*\")" % ", ".join(str(b) for b in _bytes(v)),
 "clojure_apply_str_char_map": lambda v, r: "(apply str (map char [%s]))" % " ".join(str(b) for b in _bytes(v)),
 "lua_decimal_byte_escapes": lambda v, r: '"' + "".join("\\%03d" % b for b in _bytes(v)) + '"',
 "csharp_byte_array_getstring": lambda v, r: "Encoding.ASCII.GetString(new byte[] { %s })" % ", ".join("0x%02X" % b for b in _bytes(v)),
 "swift_unicode_scalar_escapes": lambda v, r: '"' + "".join("\\u{%x}" % b for b in _bytes(v)) + '"',
 "erlang_binary_byte_list": lambda v, r: "<<" + ",".join(str(b) for b in _bytes(v)) + ">>",
 "haskell_map_chr_codepoints": lambda v, r: "map chr [" + ",".join(str(b) for b in _bytes(v)) + "]",
 "bash_echo_e_octal_escapes": lambda v, r: "$(echo -e '" + "".join("\\0%03o" % b for b in _bytes(v)) + "')",
 "bash_ansi_c_hex_quoting": lambda v, r: "$'" + "".join("\\x%02X" % b for b in _bytes(v)) + "'",
 "rev_pipe_command_substitution": lambda v, r: "$(echo '%s' | rev)" % v[::-1],
 "env_var_indirection_concat": lambda v, r: (lambda ps: "; ".join("P%d='%s'" % (i + 1, p) for i, p in enumerate(ps)) + '; export TOKEN="' + "".join("${P%d}" % (i + 1) for i in range(len(ps))) + '"')(_split(v, 3, r)),
 "bash_pattern_substitution_delete": lambda v, r: "T='" + "@@".join(_split(v, 4, r)) + "'; echo \"${T//@@/}\"",
 "jinja_reverse_string_filter": lambda v, r: '{{ "%s" | reverse }}' % v[::-1],
 "jinja_join_list_filter": lambda v, r: "{{ [" + ", ".join('"%s"' % p for p in _split(v, 3, r)) + "] | join }}",
 "julia_uint8_vector_string": lambda v, r: "String(UInt8[" + ", ".join("0x%02x" % b for b in _bytes(v)) + "])",
 "terraform_join_function_call": lambda v, r: 'join("", [' + ", ".join('"%s"' % p for p in _split(v, 3, r)) + "])",
 "awk_percent_c_format": lambda v, r: "awk 'BEGIN { printf \"" + "%c" * len(v) + "\", " + ", ".join(str(b) for b in _bytes(v)) + " }'",
 "javascript_fromcharcode_call": lambda v, r: "String.fromCharCode(" + ", ".join(str(b) for b in _bytes(v)) + ")",
 "elixir_list_to_string_bytes": lambda v, r: "List.to_string([" + ", ".join(str(b) for b in _bytes(v)) + "])",
 "zsh_array_join_flag": lambda v, r: "parts=(" + " ".join("'%s'" % p for p in _split(v, 3, r)) + "); print -r -- ${(j::)parts}",
}

# how each text names the encoding (before the span)
PHRASE = {
 "rust_byte_string_hex_escapes": "as a Rust byte string literal (b\"…\" with \\x escapes)",
 "perl_pack_hex_string": "as a Perl one-liner that packs the hex string (pack \"H*\")",
 "ruby_array_pack_bytes": "as a Ruby byte array run through Array#pack(\"C*\")",
 "clojure_apply_str_char_map": "as a Clojure form that maps char over the byte values and applies str",
 "lua_decimal_byte_escapes": "as a Lua string of decimal \\ddd byte escapes",
 "csharp_byte_array_getstring": "as a C# byte array passed to Encoding.ASCII.GetString",
 "swift_unicode_scalar_escapes": "as a Swift string literal of \\u{…} Unicode scalar escapes",
 "erlang_binary_byte_list": "as an Erlang binary of byte values (<<…>>)",
 "haskell_map_chr_codepoints": "as a Haskell expression mapping chr over the code points",
 "bash_echo_e_octal_escapes": "rebuilt by a bash command substitution with echo -e and octal escapes",
 "bash_ansi_c_hex_quoting": "in bash ANSI-C quoting ($'…' with \\x hex escapes)",
 "rev_pipe_command_substitution": "reversed, rebuilt with a command substitution through rev",
 "env_var_indirection_concat": "split over shell variables P1, P2, P3 and concatenated into TOKEN (env-var indirection)",
 "bash_pattern_substitution_delete": "with @@ markers that a bash ${T//@@/} pattern substitution deletes",
 "jinja_reverse_string_filter": "as a reversed string put through the Jinja reverse filter",
 "jinja_join_list_filter": "as a list of pieces put through the Jinja join filter",
 "julia_uint8_vector_string": "as a Julia String built from a UInt8 vector",
 "terraform_join_function_call": "as pieces glued with the Terraform join() function",
 "awk_percent_c_format": "as an awk BEGIN block printing each byte with %c",
 "javascript_fromcharcode_call": "as a JavaScript String.fromCharCode call",
 "elixir_list_to_string_bytes": "as an Elixir List.to_string call over the byte values",
 "zsh_array_join_flag": "as a zsh array joined with the (j::) expansion flag",
}

TOOL_WORD = {k: k.split("_")[0] for k in ENC}
TOOL_WORD["env_var_indirection_concat"] = "indirection"
