"""Decoders, written independently of the encoders: parse the tool syntax and rebuild the value."""
import re


def _ints(s):
    return [int(x, 0) for x in re.findall(r"0[xX][0-9A-Fa-f]+|\d+", s)]


def _b(nums):
    return bytes(nums).decode()


def d_rust(s):
    m = re.fullmatch(r'b"((?:\\x[0-9a-f]{2})+)"', s); return _b(int(h, 16) for h in re.findall(r"\\x(..)", m.group(1)))

def d_perl(s):
    m = re.fullmatch(r"perl -e 'print pack\(\"H\*\", \"([0-9a-f]+)\"\)'", s); return bytes.fromhex(m.group(1)).decode()

def d_ruby(s):
    m = re.fullmatch(r'\[([\d, ]+)\]\.pack\("C\*"\)', s); return _b(_ints(m.group(1)))

def d_clojure(s):
    m = re.fullmatch(r"\(apply str \(map char \[([\d ]+)\]\)\)", s); return _b(_ints(m.group(1)))

def d_lua(s):
    m = re.fullmatch(r'"((?:\\\d{3})+)"', s); return _b(int(x) for x in re.findall(r"\\(\d{3})", m.group(1)))

def d_csharp(s):
    m = re.fullmatch(r"Encoding\.ASCII\.GetString\(new byte\[\] \{ ([0-9A-Fx, ]+) \}\)", s); return _b(_ints(m.group(1)))

def d_swift(s):
    m = re.fullmatch(r'"((?:\\u\{[0-9a-f]+\})+)"', s); return "".join(chr(int(x, 16)) for x in re.findall(r"\{([0-9a-f]+)\}", m.group(1)))

def d_erlang(s):
    m = re.fullmatch(r"<<([\d,]+)>>", s); return _b(_ints(m.group(1)))

def d_haskell(s):
    m = re.fullmatch(r"map chr \[([\d,]+)\]", s); return "".join(chr(x) for x in _ints(m.group(1)))

def d_echo_octal(s):
    m = re.fullmatch(r"\$\(echo -e '((?:\\0[0-7]{3})+)'\)", s); return _b(int(x, 8) for x in re.findall(r"\\0([0-7]{3})", m.group(1)))

def d_ansi_c(s):
    m = re.fullmatch(r"\$'((?:\\x[0-9A-F]{2})+)'", s); return bytes.fromhex(m.group(1).replace("\\x", "")).decode()

def d_rev(s):
    m = re.fullmatch(r"\$\(echo '([^']+)' \| rev\)", s); return m.group(1)[::-1]

def d_envvar(s):
    m = re.fullmatch(r"((?:P\d='[^']*'; )+)export TOKEN=\"((?:\$\{P\d\})+)\"", s)
    env = dict(re.findall(r"(P\d)='([^']*)'", m.group(1)))
    return "".join(env[k] for k in re.findall(r"\$\{(P\d)\}", m.group(2)))

def d_pattern(s):
    m = re.fullmatch(r"T='([^']+)'; echo \"\$\{T//@@/\}\"", s); return m.group(1).replace("@@", "")

def d_jinja_rev(s):
    m = re.fullmatch(r'\{\{ "([^"]+)" \| reverse \}\}', s); return m.group(1)[::-1]

def d_jinja_join(s):
    m = re.fullmatch(r'\{\{ \[((?:"[^"]*"(?:, )?)+)\] \| join \}\}', s); return "".join(re.findall(r'"([^"]*)"', m.group(1)))

def d_julia(s):
    m = re.fullmatch(r"String\(UInt8\[([0-9a-fx, ]+)\]\)", s); return _b(_ints(m.group(1)))

def d_terraform(s):
    m = re.fullmatch(r'join\("", \[((?:"[^"]*"(?:, )?)+)\]\)', s); return "".join(re.findall(r'"([^"]*)"', m.group(1)))

def d_awk(s):
    m = re.fullmatch(r"awk 'BEGIN \{ printf \"((?:%c)+)\", ([\d, ]+) \}'", s)
    nums = _ints(m.group(2)); assert len(nums) * 2 == len(m.group(1)); return _b(nums)

def d_js(s):
    m = re.fullmatch(r"String\.fromCharCode\(([\d, ]+)\)", s); return "".join(chr(x) for x in _ints(m.group(1)))

def d_elixir(s):
    m = re.fullmatch(r"List\.to_string\(\[([\d, ]+)\]\)", s); return _b(_ints(m.group(1)))

def d_zsh(s):
    m = re.fullmatch(r"parts=\(((?:'[^']*' ?)+)\); print -r -- \$\{\(j::\)parts\}", s); return "".join(re.findall(r"'([^']*)'", m.group(1)))


DEC = {
 "rust_byte_string_hex_escapes": d_rust, "perl_pack_hex_string": d_perl, "ruby_array_pack_bytes": d_ruby,
 "clojure_apply_str_char_map": d_clojure, "lua_decimal_byte_escapes": d_lua, "csharp_byte_array_getstring": d_csharp,
 "swift_unicode_scalar_escapes": d_swift, "erlang_binary_byte_list": d_erlang, "haskell_map_chr_codepoints": d_haskell,
 "bash_echo_e_octal_escapes": d_echo_octal, "bash_ansi_c_hex_quoting": d_ansi_c, "rev_pipe_command_substitution": d_rev,
 "env_var_indirection_concat": d_envvar, "bash_pattern_substitution_delete": d_pattern,
 "jinja_reverse_string_filter": d_jinja_rev, "jinja_join_list_filter": d_jinja_join, "julia_uint8_vector_string": d_julia,
 "terraform_join_function_call": d_terraform, "awk_percent_c_format": d_awk, "javascript_fromcharcode_call": d_js,
 "elixir_list_to_string_bytes": d_elixir, "zsh_array_join_flag": d_zsh,
}

# hand-worked known answers
SELFTEST = [
 ("rust_byte_string_hex_escapes", 'b"\\x48\\x69"', "Hi"), ("lua_decimal_byte_escapes", '"\\072\\105"', "Hi"),
 ("bash_echo_e_octal_escapes", "$(echo -e '\\0110\\0151')", "Hi"), ("perl_pack_hex_string", "perl -e 'print pack(\"H*\", \"4869\")'", "Hi"),
 ("swift_unicode_scalar_escapes", '"\\u{48}\\u{69}"', "Hi"), ("awk_percent_c_format", "awk 'BEGIN { printf \"%c%c\", 72, 105 }'", "Hi"),
 ("rev_pipe_command_substitution", "$(echo 'iH' | rev)", "Hi"), ("zsh_array_join_flag", "parts=('H' 'i'); print -r -- ${(j::)parts}", "Hi"),
 ("env_var_indirection_concat", "P1='H'; P2='i'; export TOKEN=\"${P1}${P2}\"", "Hi"),
]


def selftest():
    for enc, s, want in SELFTEST:
        assert DEC[enc](s) == want, (enc, s)
