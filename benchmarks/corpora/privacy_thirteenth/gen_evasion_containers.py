"""Evasion containers per encoding.  §S = encoded value; §KEY = stated XOR key."""

CONT = {
    "split_concat_lines": [
        ("py_implicit_concat_parens", 'API_TOKEN = (\n    §S\n)\nclient = Client(API_TOKEN)\n'),
        ("js_plus_concat_multiline", 'const token =\n    §S;\nfetch(url, { headers: { Authorization: `Bearer ${token}` } });\n'),
        ("java_static_final_concat", 'private static final String KEY =\n        §S;\n'),
        ("sh_adjacent_quoted_strings", '#!/bin/sh\nTOKEN=§S\ncurl -sH "Authorization: Bearer $TOKEN" https://api.example.com/v1/me\n'),
    ],
    "reversed_halves": [
        ("ctf_notes_reversed_halves", 'notes from the pentest box: key stored with each half reversed -> §S\n'),
        ("python_unreverse_halves_helper", 'def fix(s):\n    h = len(s) // 2\n    return s[:h][::-1] + s[h:][::-1]\n\nKEY = fix("§S")\n'),
        ("chat_reversed_halves_hint", '[22:01] mo: flip both halves of this and it works: §S\n'),
        ("yaml_comment_flipped_halves", 'integration:\n  # halves reversed so scanners skip it\n  key: "§S"\n'),
    ],
    "middle_dot_separated": [
        ("chat_dotted_letters_message", '[09:12] lin: typing it spaced so the bot won\'t eat it: §S\n'),
        ("markdown_table_dotted_cell", '| service | key |\n|---|---|\n| billing | §S |\n'),
        ("ini_value_interpuncts", '[upstream]\n; strip the middle dots before use\ntoken = §S\n'),
    ],
    "greek_homoglyph": [
        ("env_file_greek_lookalike_value", 'API_KEY=§S\n'),
        ("json_settings_greek_letters", '{"apiKey": "§S", "region": "eu"}\n'),
        ("wiki_table_greek_lookalike", '|| Vendor || Key ||\n| Monitoring | §S |\n'),
        ("chat_greek_letters_token", '[14:40] eleni: εδώ το κλειδί: §S\n'),
    ],
    "fullwidth_ascii": [
        ("cjk_ime_fullwidth_paste", '鍵：§S\n'),
        ("forum_post_fullwidth_key", 'posted in #help: my key is §S is that the right format?\n'),
        ("toml_value_fullwidth_chars", '[service]\ntoken = "§S"\n'),
        ("email_body_fullwidth_token", 'Subject: access\n\nKey below (copied from the PDF):\n§S\n'),
    ],
    "quoted_printable_all": [
        ("mime_part_qp_encoded_body", 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n§S\n'),
        ("python_quopri_decodestring", 'import quopri\nKEY = quopri.decodestring(b"§S").decode()\n'),
        ("mailman_archive_qp_line", '> token:\n> §S\n'),
        ("vcard_note_qp_field", 'BEGIN:VCARD\nVERSION:2.1\nFN:Build Server\nNOTE;ENCODING=QUOTED-PRINTABLE:§S\nEND:VCARD\n'),
    ],
    "punycode_label": [
        ("dns_txt_record_punycode_label", '§S.cfg.example.net. 300 IN TXT "v=1"\n'),
        ("python_punycode_decode_call", 'pw = "§S"[4:].encode().decode("punycode")\n'),
        ("chat_idn_style_password", '[18:22] jörg: the share password, IDN-encoded so it survives the bridge: §S\n'),
        ("hosts_file_punycode_entry", '10.0.0.12   §S.lan   # decode label for the share password\n'),
    ],
    "utf16be_hex_units": [
        ("windbg_du_memory_dump", '0:000> du 000001d4`3c2a1f40\n000001d4`3c2a1f40  (UTF-16BE units) §S\n'),
        ("java_char_array_hex_comment", '// password as UTF-16 code units\n// §S\nchar[] pw = load();\n'),
        ("reg_export_hex_units_value", '[HKEY_CURRENT_USER\\Software\\Example\\Sync]\n"Secret"="§S"\n'),
    ],
    "octal_byte_list": [
        ("od_b_style_dump_line", '$ od -An -b token.bin\n §S\n'),
        ("c_comment_octal_bytes", '/* key bytes (octal): §S */\nstatic const unsigned char key[] = {0};\n'),
        ("chat_octal_numbers_message", '[11:03] pete: decode these octal bytes: §S\n'),
    ],
    "percent_encode_all": [
        ("access_log_fully_encoded_param", '203.0.113.9 - - [12/Mar/2025:10:11:12 +0000] "GET /hook?k=§S HTTP/1.1" 200 2\n'),
        ("postman_url_encoded_body", 'POST /login HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nuser=ops&secret=§S\n'),
        ("js_decodeuricomponent_literal", 'const key = decodeURIComponent("§S");\n'),
        ("bookmarklet_encoded_token", 'javascript:void(fetch("/api",{headers:{"X-Key":decodeURIComponent("§S")}}))\n'),
    ],
    "base64url_nopad_in_url": [
        ("magic_link_query_param_b64url", 'Click to sign in: https://app.example.com/auth/magic?u=ops&t=§S&next=%2F\n'),
        ("webhook_url_path_b64url_segment", 'WEBHOOK=https://relay.example.net/in/§S/v1\n'),
        ("oauth_state_param_b64url", 'GET /callback?code=4/0AeaY&state=§S HTTP/1.1\n'),
        ("deep_link_app_scheme_b64url", 'fieldkit://configure?server=api.example.com&secret=§S\n'),
    ],
    "xor_key_decimal_list": [
        ("python_xor_decimal_list", 'KEY_BYTE = §KEY\nDATA = §S\nsecret = bytes(b ^ KEY_BYTE for b in DATA).decode()\n'),
        ("js_xor_array_map", 'const k = §KEY;\nconst d = §S;\nconst secret = String.fromCharCode(...d.map(b => b ^ k));\n'),
        ("ruby_xor_array_pack", 'K = §KEY\nENC = §S\nsecret = ENC.map { |b| b ^ K }.pack("C*")\n'),
        ("go_xor_comment_json_bytes", '// bytes (JSON), xor with §KEY before use: §S\nvar enc = loadEnc()\n'),
    ],
    "zlib_base85": [
        ("python_b85_zlib_one_liner", 'import base64, zlib\nTOKEN = zlib.decompress(base64.b85decode("§S")).decode()\n'),
        ("gist_obfuscated_b85_blob", '# blob (zlib + base85)\n§S\n'),
        ("jupyter_output_b85_zlib", 'Out[7]: \'§S\'\n'),
    ],
    "json_char_codes": [
        ("json_config_char_code_array", '{"service": "sync", "keyCodes": §S}\n'),
        ("js_fromcharcode_spread", 'const key = String.fromCharCode(...§S);\n'),
        ("ts_decorator_char_codes", '@Secret(§S)\nexport class SyncClient {}\n'),
        ("postman_prerequest_char_codes", 'pm.environment.set("k", String.fromCharCode.apply(null, §S));\n'),
    ],
    "spelled_characters": [
        ("phone_support_call_transcript", 'Agent: Can you read me the key?\nCaller: Sure: §S.\nAgent: Thanks.\n'),
        ("screen_reader_output_log", '[NVDA] edit, read only, §S\n'),
        ("voice_memo_transcription", 'Voice memo 12 Mar 09:14 — okay the token is §S, got it.\n'),
        ("accessibility_alt_text_field", '<img src="key.png" alt="API key: §S">\n'),
    ],
    "base32_standard": [
        ("python_b32decode_call", 'import base64\nKEY = base64.b32decode("§S").decode()\n'),
        ("env_value_base32_encoded", 'VENDOR_KEY_B32=§S\n'),
        ("qr_label_base32_text", 'label under QR: §S\n'),
    ],
    "colon_hex_bytes": [
        ("wireshark_copy_as_hex_colon", 'Copied bytes: §S\n'),
        ("openssl_style_colon_dump", 'secret:\n    §S\n'),
        ("chat_colon_hex_paste", '[15:22] ana: hex with colons, decode: §S\n'),
        ("firmware_nvram_colon_hex", 'nvram get cloud_key_hex\n§S\n'),
    ],
    "html_decimal_entities": [
        ("html_hidden_input_decimal_entities", '<input type="hidden" name="k" value="§S">\n'),
        ("email_template_decimal_entities", '<p>Your key: <code>§S</code></p>\n'),
        ("rss_item_decimal_entities", '<item><title>cfg</title><description>§S</description></item>\n'),
    ],
    "js_unicode_escape": [
        ("js_string_unicode_escapes", 'const k = "§S";\n'),
        ("json_file_unicode_escaped_value", '{"token": "§S"}\n'),
        ("java_properties_unicode_escape", 'vendor.key=§S\n'),
        ("csharp_verbatim_unicode_escapes", 'string key = "§S";\n'),
    ],
    "rot18": [
        ("python_rot18_helper_call", 'KEY = rot18("§S")  # letters rot13, digits rot5\n'),
        ("forum_spoiler_rot18", '[spoiler]rot18: §S[/spoiler]\n'),
        ("tr_rot18_pipeline", "echo '§S' | tr 'A-Za-z0-9' 'N-ZA-Mn-za-m5-90-4'\n"),
        ("puzzle_hunt_rot18_note", 'hint (rot13 + rot5): §S\n'),
    ],
    "double_base64": [
        ("shell_double_base64_decode", "echo '§S' | base64 -d | base64 -d\n"),
        ("k8s_configmap_double_encoded", 'data:\n  key.b64: §S\n'),
        ("powershell_double_frombase64", '$k = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("§S"))))\n'),
        ("dotenv_double_b64_value", 'SECRET_B64B64=§S\n'),
    ],
    "chr_call_concat": [
        ("python_chr_plus_chain", 'k = §S\n'),
        ("php_chr_dot_chain_comment", '# python-style, generated by obfuscator\n$k = eval_py("§S");\n'),
        ("sqlite_udf_chr_chain_note", '-- decode with python: §S\n'),
    ],
    "t9_multitap": [
        ("sms_multitap_typed_key", 'Sent from old Nokia: §S\n'),
        ("retro_phone_puzzle_note", 'multi-tap, # = digit: §S\n'),
        ("iot_keypad_entry_log", '[keypad] seq: §S\n'),
    ],
    "ebcdic_cp500_hex": [
        ("mainframe_hex_dump_cp500", 'BROWSE  USER.CRED.DATA   HEX ON\n §S\n'),
        ("cobol_copybook_hex_value", '       01 WS-KEY PIC X(64) VALUE X\'§S\'.\n'),
        ("python_cp500_decode_call", 'key = bytes.fromhex("§S").decode("cp500")\n'),
    ],
    "data_uri_base64": [
        ("html_anchor_data_uri_download", '<a download="key.txt" href="§S">download key</a>\n'),
        ("markdown_link_data_uri", '[key](§S)\n'),
        ("css_content_data_uri_comment", '/* §S */\nbody { margin: 0 }\n'),
    ],
}
