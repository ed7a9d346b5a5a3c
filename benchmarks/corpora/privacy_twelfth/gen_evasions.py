"""Evasions: a real secret hidden by an encoding not used by p10/p11 (20 encodings)."""
import base64
import email.header
import gzip
import re
import unicodedata
import zlib

from gen_common import G, S, human_password

SRC = "gen_evasions"
NATO = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
DIG = "zero one two three four five six seven eight nine".split()
FLIP = dict(zip("abcdefghijklmnopqrstuvwxyz0123456789",
                ["ɐ", "q", "ɔ", "p", "ǝ", "ɟ", "ƃ", "ɥ", "ᴉ", "ɾ", "ʞ", "l", "ɯ", "u", "o", "d", "b", "ɹ", "s", "ʇ", "n", "ʌ", "ʍ", "x", "ʎ", "z",
                 "0", "Ɩ", "ᄅ", "Ɛ", "ㄣ", "ϛ", "9", "ㄥ", "8", "6"]))
UNFLIP = {v: k for k, v in FLIP.items()}
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def rot47(s):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)


def vig(s, key, sign):
    out, i = "", 0
    for c in s:
        if c.isalpha() and c.isascii():
            base = 65 if c.isupper() else 97
            out += chr(base + (ord(c) - base + sign * (ord(key[i % len(key)]) - 97)) % 26)
            i += 1
        else:
            out += c
    return out


def crock_enc(b):
    bits = "".join("{:08b}".format(x) for x in b)
    bits += "0" * (-len(bits) % 5)
    return "".join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def crock_dec(s):
    bits = "".join("{:05b}".format(CROCK.index(c)) for c in s)
    n = len(bits) // 8
    return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(n))


def b36(n):
    a = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, d = divmod(n, 36)
        out = a[d] + out
    return out


def enc_circled(c):
    if "a" <= c <= "z":
        return chr(0x24D0 + ord(c) - 97)
    if "A" <= c <= "Z":
        return chr(0x24B6 + ord(c) - 65)
    if c == "0":
        return "⓪"
    return chr(0x2460 + ord(c) - 49)


def vs_enc(b):
    return "".join(chr(0xFE00 + x) if x < 16 else chr(0xE0100 + x - 16) for x in b)


def vs_dec(s):
    out = []
    for c in s:
        o = ord(c)
        if 0xFE00 <= o <= 0xFE0F:
            out.append(o - 0xFE00)
        elif 0xE0100 <= o <= 0xE01EF:
            out.append(o - 0xE0100 + 16)
    return bytes(out)


ENC = {
    "rot47": (lambda p, k: rot47(p), lambda v, k: rot47(v)),
    "vigenere": (lambda p, k: vig(p, k, 1), lambda v, k: vig(v, k, -1)),
    "nato_phonetic": (lambda p, k: " ".join(NATO[ord(c) - 97] if c.isalpha() else DIG[int(c)] for c in p),
                      lambda v, k: "".join(chr(97 + NATO.index(w)) if w in NATO else str(DIG.index(w)) for w in v.split())),
    "braille_bytes": (lambda p, k: "".join(chr(0x2800 + b) for b in p.encode()), lambda v, k: bytes(ord(c) - 0x2800 for c in v).decode()),
    "base36_integer": (lambda p, k: b36(int.from_bytes(p.encode(), "big")), lambda v, k: (lambda n: n.to_bytes((n.bit_length() + 7) // 8, "big"))(int(v, 36)).decode()),
    "decimal_integer": (lambda p, k: str(int.from_bytes(p.encode(), "big")), lambda v, k: (lambda n: n.to_bytes((n.bit_length() + 7) // 8, "big"))(int(v)).decode()),
    "html_hex_entities": (lambda p, k: "".join("&#x%x;" % ord(c) for c in p), lambda v, k: "".join(chr(int(h, 16)) for h in re.findall(r"&#x([0-9a-f]+);", v))),
    "css_hex_escape": (lambda p, k: "".join("\\%06x" % ord(c) for c in p), lambda v, k: "".join(chr(int(h, 16)) for h in re.findall(r"\\([0-9a-f]{6})", v))),
    "upside_down_flip": (lambda p, k: "".join(FLIP[c] for c in reversed(p)), lambda v, k: "".join(UNFLIP[c] for c in reversed(v))),
    "unicode_tag_chars": (lambda p, k: "".join(chr(0xE0000 + ord(c)) for c in p), lambda v, k: "".join(chr(ord(c) - 0xE0000) for c in v)),
    "variation_selector_bytes": (lambda p, k: "\U0001F642" + vs_enc(p.encode()), lambda v, k: vs_dec(v).decode()),
    "gzip_base64": (lambda p, k: base64.b64encode(gzip.compress(p.encode(), 9, mtime=0)).decode(), lambda v, k: gzip.decompress(base64.b64decode(v)).decode()),
    "zlib_base64": (lambda p, k: base64.b64encode(zlib.compress(p.encode(), 9)).decode(), lambda v, k: zlib.decompress(base64.b64decode(v)).decode()),
    "base100_emoji": (lambda p, k: "".join(chr(0x1F3F7 + b) for b in p.encode()), lambda v, k: bytes(ord(c) - 0x1F3F7 for c in v).decode()),
    "zero_width_bits": (lambda p, k: "".join("\u200c" if bit == "1" else "\u200b" for b in p.encode() for bit in "{:08b}".format(b)),
                        lambda v, k: bytes(int("".join("1" if c == "\u200c" else "0" for c in v[i:i + 8]), 2) for i in range(0, len(v), 8)).decode()),
    "enclosed_alphanumeric": (lambda p, k: "".join(enc_circled(c) for c in p), lambda v, k: unicodedata.normalize("NFKC", v)),
    "rot13_of_base64": (lambda p, k: base64.b64encode(p.encode()).decode().translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")),
                        lambda v, k: base64.b64decode(v.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm"))).decode()),
    "base32_crockford": (lambda p, k: crock_enc(p.encode()), lambda v, k: crock_dec(v).decode()),
    "python_named_unicode_escape": (lambda p, k: "".join("\\N{%s}" % unicodedata.name(c) for c in p), lambda v, k: re.sub(r"\\N\{([^}]+)\}", lambda m: unicodedata.lookup(m.group(1)), v)),
    "rfc2047_encoded_word": (lambda p, k: "=?UTF-8?B?" + base64.b64encode(p.encode()).decode() + "?=", lambda v, k: email.header.decode_header(v)[0][0].decode()),
}


def decode(encoding, value, key=None):
    return ENC[encoding][1](value, key)


# plain-value generators: (type, fn, alphabet class) ; classes: any, alnum, lower
PLAINS = [
    ("deepgram_api_key", lambda g: g.hex(40), "lower"), ("wandb_api_key", lambda g: g.hex(40), "lower"),
    ("sonarr_api_key", lambda g: g.hex(32), "lower"), ("twitch_client_secret", lambda g: g.lan(30), "lower"),
    ("mattermost_personal_access_token", lambda g: g.lan(26), "lower"), ("virustotal_api_key", lambda g: g.hex(64), "lower"),
    ("vonage_api_secret", lambda g: g.b62(16), "alnum"), ("zoom_client_secret", lambda g: g.b62(32), "alnum"),
    ("render_api_key", lambda g: "rnd_" + g.b62(32), "any"), ("together_api_key", lambda g: "tgp_v1_" + g.b62(43), "any"),
    ("cal_com_api_key", lambda g: "cal_live_" + g.hex(32), "any"), ("riot_games_api_key", lambda g: "RGAPI-" + g.uuid(), "any"),
    ("artifactory_api_key", lambda g: "AKCp" + g.b62(69), "alnum"), ("doppler_personal_token", lambda g: "dp.pt." + g.b62(43), "any"),
    ("ssh_password", lambda g: human_password(g), "any"), ("wifi_psk", lambda g: human_password(g, 2), "any"),
    ("database_password", lambda g: human_password(g, 3), "any"), ("vnc_password", lambda g: human_password(g, 0), "any"),
]
NEEDS = {"nato_phonetic": "lower", "upside_down_flip": "lower", "enclosed_alphanumeric": "alnum"}

# per encoding: list of (container kind, template with @@E@@ and optionally @@K@@)
HOSTS = {
    "rot47": [("python_codecs_rot47_helper", "def r47(s): return ''.join(chr(33+(ord(c)-33+47)%94) for c in s)\nTOKEN = r47('@@E@@')\n"),
              ("bash_tr_rot47_pipeline", "export API_TOKEN=$(echo '@@E@@' | tr '!-~' 'P-~!-O')\n"),
              ("cyberchef_recipe_rot47_input", "Recipe: ROT47(47)\nInput:\n@@E@@\n"),
              ("forum_spoiler_rot47_hint", "[spoiler]rot47: @@E@@[/spoiler]\n"),
              ("node_rot47_npm_call", "const rot47 = require('rot47');\nconst key = rot47('@@E@@');\n")],
    "vigenere": [("python_vigenere_decode_call", "KEY = vigenere_decode('@@E@@', key='@@K@@')\n"),
                 ("ctf_writeup_vigenere_note", "Vigenère with keyword \"@@K@@\": @@E@@\n"),
                 ("js_vigenere_const", "const secret = unvig('@@E@@', '@@K@@');\n"),
                 ("sticky_note_vigenere_key_hint", "wifi (vig, key @@K@@): @@E@@\n")],
    "nato_phonetic": [("voice_assistant_dictation_log", "[dictation] ok the key is @@E@@ [end]\n"),
                      ("helpdesk_call_transcript_spelled", "Agent: Could you spell the token?\nCaller: Sure — @@E@@.\n"),
                      ("radio_net_log_spelled_value", "21:04 NET CTRL > passphrase follows: @@E@@ BREAK\n"),
                      ("meeting_transcript_otter_spelled", "Speaker 2  00:14:09\nYeah it's @@E@@, all lowercase.\n")],
    "braille_bytes": [("python_braille_bytes_decode", "TOKEN = bytes(ord(c) - 0x2800 for c in '@@E@@').decode()\n"),
                      ("chat_message_braille_blob", "lol try reading this: @@E@@\n"),
                      ("markdown_braille_pattern_line", "> @@E@@\n"),
                      ("js_braille_codepoint_map", "const k = [...'@@E@@'].map(c => String.fromCharCode(c.codePointAt(0) - 0x2800)).join('');\n")],
    "base36_integer": [("python_int_base36_to_bytes", "n = int('@@E@@', 36)\nTOKEN = n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()\n"),
                       ("js_bigint_base36_parse", "const n = parseBigInt('@@E@@', 36); // -> bytes -> utf8\n"),
                       ("redis_key_base36_suffix", "127.0.0.1:6379> GET cfg:tok:b36\n\"@@E@@\"\n"),
                       ("yaml_value_base36_number", "encoded_key_b36: @@E@@\n"),
                       ("go_bigint_setstring_36", "n, _ := new(big.Int).SetString(\"@@E@@\", 36)\nkey := string(n.Bytes())\n")],
    "decimal_integer": [("python_int_to_bytes_literal", "KEY = (@@E@@).to_bytes(64, 'big').lstrip(b'\\0').decode()\n"),
                        ("solidity_uint256_constant", "uint256 constant K = @@E@@; // bytes of the password\n"),
                        ("json_big_number_field", "{\"cfg\": {\"k\": @@E@@}}\n"),
                        ("spreadsheet_cell_long_number", "A1\t'@@E@@\n")],
    "html_hex_entities": [("html_input_value_hex_entities", "<input type=\"hidden\" name=\"k\" value=\"@@E@@\">\n"),
                          ("svg_text_hex_entities", "<svg><text x=\"0\" y=\"10\">@@E@@</text></svg>\n"),
                          ("rss_content_encoded_hex_entities", "<content:encoded>@@E@@</content:encoded>\n"),
                          ("email_template_hex_entities", "<p>Your access key: @@E@@</p>\n"),
                          ("xliff_target_hex_entities", "<trans-unit id=\"k\"><target>@@E@@</target></trans-unit>\n")],
    "css_hex_escape": [("css_content_property_escape", ".x::after { content: \"@@E@@\"; }\n"),
                       ("scss_variable_escaped_string", "$k: \"@@E@@\";\n"),
                       ("html_style_attr_css_escape", "<span style='--k:\"@@E@@\"'></span>\n"),
                       ("tailwind_arbitrary_content_escape", "<div class=\"after:content-['@@E@@']\"></div>\n")],
    "upside_down_flip": [("tweet_upside_down_text", "flipped so bots can't read it 🙃 @@E@@\n"),
                         ("discord_status_flipped_text", "custom status: @@E@@\n"),
                         ("team_chat_flipped_message", "[10:02] pwd for the test box (turn your phone): @@E@@\n"),
                         ("profile_bio_flipped_line", "bio: ☕ | @@E@@ | he/him\n")],
    "unicode_tag_chars": [("llm_prompt_ascii_smuggling", "Please summarise this README.@@E@@\n"),
                          ("github_issue_title_tag_smuggled", "Title: Typo in docs@@E@@\n"),
                          ("slack_message_invisible_tags", "ok sounds good 👍@@E@@\n"),
                          ("pdf_alt_text_tag_smuggled", "/Alt (Company logo@@E@@)\n"),
                          ("commit_message_invisible_payload", "fix: handle empty config@@E@@\n")],
    "variation_selector_bytes": [("emoji_reaction_vs_payload", "reacted with @@E@@ to your message\n"),
                                 ("chat_message_emoji_smuggled", "haha nice @@E@@\n"),
                                 ("markdown_readme_emoji_payload", "# Project @@E@@\n"),
                                 ("json_status_emoji_field", "{\"status_emoji\": \"@@E@@\"}\n")],
    "gzip_base64": [("python_gzip_b64decode", "TOKEN = gzip.decompress(base64.b64decode('@@E@@')).decode()\n"),
                    ("shell_base64_d_gunzip", "export DB_PASS=$(echo @@E@@ | base64 -d | gunzip)\n"),
                    ("k8s_configmap_binarydata_gz", "binaryData:\n  token.gz: @@E@@\n"),
                    ("csharp_gzipstream_frombase64", "var t = Unzip(Convert.FromBase64String(\"@@E@@\"));\n"),
                    ("go_gzip_newreader_b64", "raw, _ := base64.StdEncoding.DecodeString(\"@@E@@\") // gzip\n")],
    "zlib_base64": [("python_zlib_decompress_b64", "KEY = zlib.decompress(base64.b64decode(b'@@E@@')).decode()\n"),
                    ("php_gzuncompress_base64", "<?php $k = gzuncompress(base64_decode('@@E@@'));\n"),
                    ("node_inflatesync_base64", "const k = zlib.inflateSync(Buffer.from('@@E@@', 'base64')).toString();\n"),
                    ("java_inflater_base64_string", "byte[] z = Base64.getDecoder().decode(\"@@E@@\"); // Inflater\n")],
    "base100_emoji": [("base100_cli_decode", "$ echo '@@E@@' | base100 -d\n"),
                      ("chat_emoji_wall_message", "🎉 @@E@@\n"),
                      ("rust_base100_crate_decode", "let k = base100::decode(\"@@E@@\");\n"),
                      ("emoji_commit_message_payload", "chore: update deps @@E@@\n"),
                      ("yaml_value_emoji_blob", "emoji_key: \"@@E@@\"\n")],
    "zero_width_bits": [("markdown_line_zw_binary", "Totally normal sentence.@@E@@ Nothing here.\n"),
                        ("email_signature_zw_binary", "--\nBest regards,@@E@@\nAnna\n"),
                        ("json_description_zw_binary", "{\"description\": \"Internal tool@@E@@\"}\n"),
                        ("html_comment_zw_binary", "<!-- build 42@@E@@ -->\n"),
                        ("docstring_zw_binary", "\"\"\"Sync helper.@@E@@\"\"\"\n")],
    "enclosed_alphanumeric": [("social_post_circled_letters", "new key who dis @@E@@\n"),
                              ("slide_deck_circled_text", "Slide 7 — Demo credentials: @@E@@\n"),
                              ("chat_message_circled_token", "use this: @@E@@ (normalise it lol)\n"),
                              ("note_app_circled_value", "- staging: @@E@@\n"),
                              ("ini_value_circled", "[auth]\nkey = @@E@@\n")],
    "rot13_of_base64": [("python_codecs_rot13_b64", "TOKEN = base64.b64decode(codecs.decode('@@E@@', 'rot13')).decode()\n"),
                        ("bash_tr_rot13_base64_d", "echo '@@E@@' | tr 'A-Za-z' 'N-ZA-Mn-za-m' | base64 -d\n"),
                        ("env_file_rot13_b64_value", "SYNC_KEY_R13B64=@@E@@\n"),
                        ("ruby_tr_rot13_unpack", "k = '@@E@@'.tr('A-Za-z', 'N-ZA-Mn-za-m').unpack1('m')\n")],
    "base32_crockford": [("ulid_lookalike_crockford_field", "{\"ref\": \"@@E@@\"}\n"),
                         ("python_crockford_decode_call", "KEY = crockford_b32decode('@@E@@').decode()\n"),
                         ("go_crockford_decode_string", "k, _ := crockford.Decode(\"@@E@@\")\n"),
                         ("toml_crockford_value", "[secrets]\nk_c32 = \"@@E@@\"\n")],
    "python_named_unicode_escape": [("python_named_escape_string", "PASSWORD = \"@@E@@\"\n"),
                                    ("python_fstring_named_escape", "url = f\"postgresql://app:@@E@@@db:5432/app\"\n"),
                                    ("jupyter_cell_named_escape", "{\"source\": [\"pw = '@@E@@'\"]}\n"),
                                    ("pyproject_script_named_escape", "# scripts/seed.py\nADMIN_PW = '@@E@@'\n")],
    "rfc2047_encoded_word": [("eml_subject_encoded_word", "Subject: @@E@@\nFrom: ops@acme.dev\n\nsee subject\n"),
                             ("mime_filename_encoded_word", "Content-Disposition: attachment; filename=\"@@E@@\"\n"),
                             ("mail_log_subject_encoded", "Mar 11 09:12:44 mx1 postfix/cleanup[4411]: 7F2A: header Subject: @@E@@ from local\n"),
                             ("imap_envelope_encoded_word", "* 12 FETCH (ENVELOPE (\"Tue, 11 Mar 2025\" \"@@E@@\" NIL))\n")],
}


def build():
    g = G(12005)
    recs = []
    for enc in sorted(HOSTS):
        for kind, tpl in HOSTS[enc]:
            need = NEEDS.get(enc, "any")
            cands = [p for p in PLAINS if p[2] == need or (need == "alnum" and p[2] == "lower")] if need != "any" else PLAINS
            for _ in range(200):
                typ, fn, _c = g.choice(cands)
                plain = fn(g)
                if enc == "enclosed_alphanumeric" and not plain.isalnum():
                    continue
                key = "".join(g.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(g.r.randrange(5, 9))) if enc == "vigenere" else None
                v = ENC[enc][0](plain, key)
                bad = any(c in v for c in "'\"\\`") and enc not in ("css_hex_escape", "python_named_unicode_escape")
                if not bad and v != plain and '"' not in plain and "'" not in plain and "\\" not in plain:
                    break
            t = tpl.replace("@@K@@", key or "")
            a, b = t.split("@@E@@")
            from gen_common import assemble
            text, spans = assemble([a, S(v, typ, plain), b])
            spans[0]["encoding"] = enc
            if key:
                spans[0]["encoding_key"] = key
            recs.append({"type": typ, "container": kind, "encoding": enc, "text": text, "secrets": spans, "source": SRC})
    return recs


if __name__ == "__main__":
    rs = build()
    print(len(rs), len(set(r["encoding"] for r in rs)))
    for r in rs:
        s = r["secrets"][0]
        assert decode(r["encoding"], s["value"], s.get("encoding_key")) == s["plain"], r["container"]
    print(rs[0]["text"], rs[40]["text"])
