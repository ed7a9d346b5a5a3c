"""Evasions: a real secret hidden by an encoding / obfuscation that the two
earlier corpora did not use. Each record has one span with `plain` and the
record-level `encoding`; DECODE[encoding](value, key) must return plain."""
import base64
import binascii
import re
import unicodedata
from gen_common import rng, fill, S, rs, safe_pw, B62, LALNUM, b58encode, b58decode
from gen_tokens import gen

HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
        "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c",
        "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "i": "\u0456", "j": "\u0458", "s": "\u0455", "I": "\u0406"}
UNHOMO = {v: k for k, v in HOMO.items()}
MORSE = dict(zip("abcdefghijklmnopqrstuvwxyz0123456789",
                 ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. "
                 "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----.".split()))
UNMORSE = {v: k for k, v in MORSE.items()}


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def atbash(s):
    return "".join(chr(219 - ord(c)) if "a" <= c <= "z" else chr(155 - ord(c)) if "A" <= c <= "Z" else c for c in s)


def pair_swap(s):
    l = list(s)
    for i in range(0, len(l) - 1, 2):
        l[i], l[i + 1] = l[i + 1], l[i]
    return "".join(l)


def math_bold(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7CE + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


ENC = {
    "base85": lambda p, r, k: base64.b85encode(p.encode()).decode(),
    "ascii85": lambda p, r, k: base64.a85encode(p.encode(), adobe=True).decode(),
    "base58": lambda p, r, k: b58encode(p.encode()),
    "octal_escape": lambda p, r, k: "".join("\\%03o" % ord(c) for c in p),
    "c_hex_escape": lambda p, r, k: "".join("\\x%02x" % ord(c) for c in p),
    "percent_u_unicode": lambda p, r, k: "".join("%%u%04X" % ord(c) for c in p),
    "xor_hex": lambda p, r, k: bytes(b ^ k for b in p.encode()).hex(),
    "caesar_shift": lambda p, r, k: caesar(p, k),
    "atbash": lambda p, r, k: atbash(p),
    "homoglyph": lambda p, r, k: "".join(HOMO.get(c, c) for c in p),
    "math_alphanumeric": lambda p, r, k: math_bold(p),
    "bidi_override_reversed": lambda p, r, k: "\u202e" + p[::-1] + "\u202c",
    "combining_overlay": lambda p, r, k: "".join(c + "\u0336" for c in p),
    "soft_hyphen": lambda p, r, k: "\u00ad".join(p[i:i + 3] for i in range(0, len(p), 3)),
    "interleaved_decoy": lambda p, r, k: "".join(c + r.choice(B62) for c in p),
    "pair_swap": lambda p, r, k: pair_swap(p),
    "chunk_list_join": lambda p, r, k: "[" + ", ".join('"%s"' % p[i:i + 6] for i in range(0, len(p), 6)) + "]",
    "sql_char_function": lambda p, r, k: " + ".join("CHAR(%d)" % ord(c) for c in p),
    "binary_bits": lambda p, r, k: " ".join(format(ord(c), "08b") for c in p),
    "morse_code": lambda p, r, k: " ".join(MORSE[c] for c in p),
    "uuencode": lambda p, r, k: binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip("\n"),
    "base64_utf16le": lambda p, r, k: base64.b64encode(p.encode("utf-16-le")).decode(),
    "hex_of_base64": lambda p, r, k: base64.b64encode(p.encode()).hex(),
    "base64_of_reversed": lambda p, r, k: base64.b64encode(p[::-1].encode()).decode(),
}

DECODE = {
    "base85": lambda v, k: base64.b85decode(v).decode(),
    "ascii85": lambda v, k: base64.a85decode(v, adobe=True).decode(),
    "base58": lambda v, k: b58decode(v).decode(),
    "octal_escape": lambda v, k: re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), v),
    "c_hex_escape": lambda v, k: re.sub(r"\\x([0-9a-f]{2})", lambda m: chr(int(m.group(1), 16)), v),
    "percent_u_unicode": lambda v, k: re.sub(r"%u([0-9A-F]{4})", lambda m: chr(int(m.group(1), 16)), v),
    "xor_hex": lambda v, k: bytes(b ^ k for b in bytes.fromhex(v)).decode(),
    "caesar_shift": lambda v, k: caesar(v, -k),
    "atbash": lambda v, k: atbash(v),
    "homoglyph": lambda v, k: "".join(UNHOMO.get(c, c) for c in v),
    "math_alphanumeric": lambda v, k: unicodedata.normalize("NFKC", v),
    "bidi_override_reversed": lambda v, k: v.strip("\u202e\u202c")[::-1],
    "combining_overlay": lambda v, k: v.replace("\u0336", ""),
    "soft_hyphen": lambda v, k: v.replace("\u00ad", ""),
    "interleaved_decoy": lambda v, k: v[::2],
    "pair_swap": lambda v, k: pair_swap(v),
    "chunk_list_join": lambda v, k: "".join(re.findall(r'"([^"]*)"', v)),
    "sql_char_function": lambda v, k: "".join(chr(int(n)) for n in re.findall(r"CHA?R\((\d+)\)", v, re.I)),
    "binary_bits": lambda v, k: "".join(chr(int(b, 2)) for b in v.split()),
    "morse_code": lambda v, k: "".join(UNMORSE[t] for t in v.split(" ")),
    "uuencode": lambda v, k: binascii.a2b_uu(v).decode(),
    "base64_utf16le": lambda v, k: base64.b64decode(v).decode("utf-16-le"),
    "hex_of_base64": lambda v, k: base64.b64decode(bytes.fromhex(v)).decode(),
    "base64_of_reversed": lambda v, k: base64.b64decode(v).decode()[::-1],
}

E = "\u27eae\u27eb"
# encoding -> [(container, template)] ; {N} variable name
H = {
    "base85": [("python_b85decode_module_constant", "import base64\n{N} = base64.b85decode(\"" + E + "\").decode()\n"),
               ("ini_value_b85_suffix", "[upstream]\nurl = https://api.lumen-labs.net\n{n}_b85 = " + E + "\n"),
               ("jupyter_cell_b85_obfuscated", "# don't leak in screenshots\nkey = base64.b85decode(b'" + E + "').decode()\n"),
               ("go_test_fixture_b85_comment", "// b85(" + "{n}" + ") = " + E + "\nvar fixture = mustDecode85(\"see above\")\n"),
               ("git_config_b85_custom_key", "[deploy]\n\ttarget = prod\n\t{n}b85 = " + E + "\n")],
    "ascii85": [("postscript_def_ascii85_string", "%!PS\n/{n} " + E + " def\n"),
                ("python_a85decode_adobe", "secret = base64.a85decode(b\"" + E + "\", adobe=True).decode()\n"),
                ("chat_message_ascii85_blob", "[10:41] kerli: obfuscated so the bot won't flag it: " + E + "\n"),
                ("pdf_text_object_ascii85", "BT /F1 9 Tf 72 712 Td (cfg) Tj ET\n% {n}\n" + E + "\n")],
    "base58": [("node_bs58_decode_call", "const {N} = Buffer.from(bs58.decode('" + E + "')).toString('utf8');\n"),
               ("python_base58_b58decode", "{N} = base58.b58decode(\"" + E + "\").decode()\n"),
               ("dotenv_b58_suffixed_var", "{N}_B58=" + E + "\n"),
               ("rust_bs58_decode_into_vec", "let key = String::from_utf8(bs58::decode(\"" + E + "\").into_vec()?)?;\n")],
    "octal_escape": [("bash_printf_octal_subshell", "export {N}=\"$(printf '" + E + "')\"\n"),
                     ("perl_double_quoted_octal", "my ${n} = \"" + E + "\";\n"),
                     ("c_static_char_array_octal", "static const char {n}[] = \"" + E + "\";\n"),
                     ("python_bytes_octal_literal", "{N} = b\"" + E + "\".decode()\n")],
    "c_hex_escape": [("bash_ansi_c_quoted_hex", "export {N}=$'" + E + "'\n"),
                     ("js_string_hex_escapes", "const {n} = \"" + E + "\";\n"),
                     ("php_double_quoted_hex", "$cfg['{n}'] = \"" + E + "\";\n"),
                     ("rust_byte_string_hex", "const {N}: &[u8] = b\"" + E + "\";\n"),
                     ("lua_string_hex_escapes", "local {n} = \"" + E + "\"\n")],
    "percent_u_unicode": [("iis_log_cs_uri_query_percent_u", "2025-02-11 21:14:02 10.0.3.7 GET /api/login u=ops&p=" + E + " 443 - 203.0.113.9 Mozilla/5.0 200 0 0 41\n"),
                          ("js_unescape_percent_u", "var pw = unescape('" + E + "');\n"),
                          ("waf_event_json_percent_u", "{\"rule\":\"942100\",\"matched_var\":\"ARGS:password\",\"matched_data\":\"" + E + "\"}\n"),
                          ("classic_asp_unescape", "<% Dim pw : pw = Unescape(\"" + E + "\") %>\n")],
    "xor_hex": [("python_xor_hex_bytes_fromhex", "{N} = bytes(b ^ 0x{K} for b in bytes.fromhex(\"" + E + "\")).decode()\n"),
                ("c_xor_loop_hex_comment", "/* key xor 0x{K}: " + E + " */\nfor (size_t i = 0; i < n; i++) out[i] = enc[i] ^ 0x{K};\n"),
                ("js_xor_decode_hex", "const dec = Buffer.from('" + E + "', 'hex').map(b => b ^ 0x{K}).toString();\n"),
                ("go_xor_hex_decode", "enc, _ := hex.DecodeString(\"" + E + "\")\nfor i := range enc { enc[i] ^= 0x{K} }\n")],
    "caesar_shift": [("python_caesar_helper_call", "{N} = caesar(\"" + E + "\", -{k})\n"),
                     ("forum_post_caesar_hint", "pw is \"" + E + "\" (shift every letter back by {k}, digits unchanged)\n"),
                     ("tr_caesar_pipeline", "echo '" + E + "' | tr '{TRFROM}' '{TRTO}'\n"),
                     ("js_caesar_decode_call", "const {n} = shift('" + E + "', -{k});\n")],
    "atbash": [("python_atbash_maketrans", "{N} = \"" + E + "\".translate(ATBASH)\n"),
               ("tr_atbash_pipeline", "echo '" + E + "' | tr 'a-zA-Z' 'zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA'\n"),
               ("sticky_note_atbash", "router (atbash, you know the drill): " + E + "\n"),
               ("ruby_tr_atbash", "{n} = '" + E + "'.tr('a-zA-Z', ('a'..'z').to_a.reverse.join + ('A'..'Z').to_a.reverse.join)\n")],
    "homoglyph": [("dotenv_value_cyrillic_lookalikes", "{N}=" + E + "\n"),
                  ("yaml_value_mixed_script", "auth:\n  {n}: " + E + "\n"),
                  ("chat_message_homoglyph_token", "[09:12] amir: new one: " + E + "\n"),
                  ("json_config_homoglyph_value", "{\"{n}\": \"" + E + "\"}\n")],
    "math_alphanumeric": [("social_post_math_bold", "reminder to self lol \u2192 " + E + "\n"),
                          ("markdown_note_math_bold", "- **{n}**: " + E + "\n"),
                          ("discord_nickname_style_text", "mod-note: " + E + "\n"),
                          ("slides_speaker_notes_math_bold", "Speaker notes: demo account {n} = " + E + "\n")],
    "bidi_override_reversed": [("chat_message_rlo_override", "[14:02] tamar: " + E + " \u2190 the key\n"),
                               ("ini_comment_rlo_value", "[api]\n{n} = " + E + "\n"),
                               ("commit_message_rlo_text", "chore: rotate key\n\nnew value " + E + "\n"),
                               ("csv_cell_rlo_value", "service,{n}\nbilling," + E + "\n")],
    "combining_overlay": [("chat_strikethrough_combining", "[16:30] joan.m: " + E + " (old, don't use... jk it's still live)\n"),
                          ("markdown_combining_long_stroke", "~~old~~ key: " + E + "\n"),
                          ("ticket_comment_stroked_value", "Comment by ivana:\n{n} " + E + "\n"),
                          ("tweet_draft_combining_text", "draft: " + E + "\n")],
    "soft_hyphen": [("html_p_soft_hyphen_text", "<p>Login f\u00fcr das Portal: " + E + "</p>\n"),
                    ("word_docx_text_run_shy", "<w:r><w:t xml:space=\"preserve\">{n}: " + E + "</w:t></w:r>\n"),
                    ("email_html_to_text_shy", "Your temporary credential is " + E + " and expires in 24h.\n"),
                    ("epub_xhtml_paragraph_shy", "<p class=\"note\">" + E + "</p>\n")],
    "interleaved_decoy": [("python_slice_step_two", "{N} = \"" + E + "\"[::2]\n"),
                          ("js_filter_even_index", "const {n} = [...'" + E + "'].filter((_, i) => i % 2 === 0).join('');\n"),
                          ("note_every_other_char", "key (take every 2nd char starting with the 1st): " + E + "\n"),
                          ("bash_awk_odd_chars", "echo '" + E + "' | awk '{for(i=1;i<=length;i+=2)printf substr($0,i,1)}'\n")],
    "pair_swap": [("python_pair_swap_helper", "{N} = unswap(\"" + E + "\")\n"),
                  ("js_pair_swap_regex", "const {n} = '" + E + "'.replace(/(.)(.)/g, '$2$1');\n"),
                  ("sed_pair_swap_pipeline", "echo '" + E + "' | sed -E 's/(.)(.)/\\2\\1/g'\n"),
                  ("wiki_note_swapped_pairs", "{n} (pairs swapped): " + E + "\n")],
    "chunk_list_join": [("python_str_join_list", "{N} = \"\".join(" + E + ")\n"),
                        ("js_array_join_empty", "const {n} = " + E + ".join('');\n"),
                        ("php_implode_array_literal", "$key = implode('', " + E + ");\n"),
                        ("ruby_array_join", "{n} = " + E + ".join\n"),
                        ("swift_array_joined", "let {n} = " + E + ".joined()\n")],
    "sql_char_function": [("mssql_char_plus_concat", "DECLARE @pw NVARCHAR(64) = " + E + ";\n"),
                          ("mssql_linked_server_char_concat", "EXEC sp_addlinkedsrvlogin 'ERP', 'false', NULL, 'etl', " + E + ";\n"),
                          ("sqli_payload_log_char_concat", "WAF blocked: ' UNION SELECT " + E + " --\n"),
                          ("mssql_update_config_char_concat", "UPDATE dbo.Settings SET Value = " + E + " WHERE Name = '{n}';\n")],
    "binary_bits": [("chat_binary_bytes_message", "[22:10] baurzhan: " + E + "\n"),
                    ("python_int_base2_join", "{N} = ''.join(chr(int(b, 2)) for b in '" + E + "'.split())\n"),
                    ("yaml_bits_field", "{n}_bits: \"" + E + "\"\n"),
                    ("escape_room_notes_binary", "clue #3 (binary, 8-bit): " + E + "\n")],
    "morse_code": [("ham_radio_log_morse_field", "QSO 2025-02-11 21:14Z DL4ABC 14.050 CW RST 579 notes: " + E + "\n"),
                   ("chat_morse_message", "[19:40] nodira: " + E + "\n"),
                   ("python_morse_decode_call", "{N} = from_morse(\"" + E + "\")\n"),
                   ("maker_notes_morse_blink", "// LED blinks the wifi pass on boot: " + E + "\n"),
                   ("arduino_morse_const_string", "const char* MORSE_PW = \"" + E + "\";  // decoded by blink()\n")],
    "uuencode": [("uudecode_heredoc_block", "uudecode -o /dev/stdout <<'EOF'\nbegin 600 pw.txt\n" + E + "\n`\nend\nEOF\n"),
                 ("python_a2b_uu_call", "{N} = binascii.a2b_uu(b'" + E + "').decode()\n"),
                 ("usenet_post_uuencoded_body", "Newsgroups: alt.test\nSubject: cfg\n\nbegin 644 cfg.txt\n" + E + "\n`\nend\n"),
                 ("perl_unpack_u", "my $pw = unpack('u', '" + E + "');\n")],
    "base64_utf16le": [("powershell_unicode_getstring_frombase64", "$pw = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('" + E + "'))\n"),
                       ("csharp_encoding_unicode_frombase64", "var {n} = Encoding.Unicode.GetString(Convert.FromBase64String(\"" + E + "\"));\n"),
                       ("reg_file_string_b64_utf16", "[HKEY_CURRENT_USER\\Software\\Acme\\Sync]\n\"{N}_B64\"=\"" + E + "\"\n"),
                       ("intune_script_b64_utf16_param", "-Secret " + E + " -Encoding UTF16LE\n")],
    "hex_of_base64": [("shell_xxd_r_p_then_base64_d", "echo " + E + " | xxd -r -p | base64 -d\n"),
                      ("python_fromhex_b64decode", "{N} = base64.b64decode(bytes.fromhex(\"" + E + "\")).decode()\n"),
                      ("k8s_annotation_hex_b64", "metadata:\n  annotations:\n    acme.io/{n}: \"" + E + "\"\n"),
                      ("cyberchef_input_hex_b64", "Input (From Hex -> From Base64): " + E + "\n")],
    "base64_of_reversed": [("shell_base64_d_rev", "echo '" + E + "' | base64 -d | rev\n"),
                           ("python_b64decode_slice_reverse", "{N} = base64.b64decode(\"" + E + "\").decode()[::-1]\n"),
                           ("js_atob_split_reverse", "const {n} = atob('" + E + "').split('').reverse().join('');\n"),
                           ("ruby_decode64_reverse", "{n} = Base64.decode64('" + E + "').reverse\n")],
}

VTYPES = ["github_pat_classic", "npm_access_token", "gitlab_pat", "slack_bot_token", "stripe_secret_key", "huggingface_token",
          "sendgrid_api_key", "telegram_bot_token", "nvidia_api_key", "llamacloud_api_key", "xata_api_key", "e2b_api_key",
          "mailersend_api_token", "polar_access_token", "apify_token", "checkly_api_key", "sourcegraph_access_token",
          "trigger_dev_secret_key", "woocommerce_consumer_secret", "mandrill_api_key", "digitalocean_refresh_token",
          "openshift_oauth_token", "portainer_api_key", "new_relic_insert_key", "flagsmith_server_key", "coralogix_private_key"]
PWTYPES = ["database_password", "ssh_password", "wifi_psk", "smtp_password", "vpn_password", "web_admin_password", "redis_password"]


def pick_plain(r, enc, i):
    if enc == "morse_code":
        return rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", r.randrange(12, 18)), PWTYPES[i % len(PWTYPES)]
    if enc in ("homoglyph",):
        t = VTYPES[(i * 7) % len(VTYPES)]
        while True:
            v = gen(t, r)
            if sum(c in HOMO for c in v) >= 4:
                return v, t
    if enc == "uuencode":
        t = ["xata_api_key", "lichess_token", "e2b_api_key", "gitlab_pat", "checkly_api_key"][i % 5]
        return gen(t, r), t
    if i % 3 == 1:
        return safe_pw(r), PWTYPES[i % len(PWTYPES)]
    t = VTYPES[(i * 5 + len(enc)) % len(VTYPES)]
    return gen(t, r), t


def build(seed=5500):
    r = rng(seed)
    recs = []
    ENV = {"database_password": "DB_PASSWORD", "ssh_password": "SSH_PASS", "wifi_psk": "WIFI_PSK", "smtp_password": "SMTP_PASS",
           "vpn_password": "VPN_PASSWORD", "web_admin_password": "ADMIN_PASSWORD", "redis_password": "REDIS_PASSWORD"}
    from gen_tokens import TOKENS
    i = 0
    for enc in ENC:
        for container, tmpl in H[enc]:
            k = None
            if enc == "xor_hex":
                k = r.choice([0x5A, 0x37, 0x6B, 0x21])
            if enc == "caesar_shift":
                k = r.choice([3, 5, 7, 11])
            while True:
                plain, typ = pick_plain(r, enc, i)
                val = ENC[enc](plain, r, k)
                bad = {"octal_escape": "\"'`", "c_hex_escape": "\"'`", "chunk_list_join": "'`\\",
                       "uuencode": "'\\"}.get(enc, "\"'`\\")
                if not any(c in val for c in bad) and val != plain:
                    break
            i += 1
            name = ENV.get(typ) or TOKENS[typ][0]
            t = tmpl.replace("{N}", name).replace("{n}", name.lower())
            if k is not None:
                t = t.replace("{K}", "%02x" % k).replace("{k}", str(k))
                if enc == "caesar_shift":
                    low = "abcdefghijklmnopqrstuvwxyz"
                    sh = low[k:] + low[:k]
                    t = t.replace("{TRFROM}", sh + sh.upper()).replace("{TRTO}", low + low.upper())
            sp = S(val, typ, plain)
            text, spans = fill(t, {"e": sp})
            spans[0]["encoding"] = enc
            if k is not None:
                spans[0]["encoding_key"] = k
            recs.append({"type": typ, "encoding": enc, "container": container, "text": text, "secrets": spans, "source": "gen_evasions"})
    return recs
