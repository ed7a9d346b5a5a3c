"""Three containers per evasion encoding: (container kind, template with ⟦0⟧ for the encoded span).
{key} is replaced by the encoding key for keyed encodings."""
EC = {
    "gzip_base64": [
        ("python_gzip_b64decode_call", "import base64, gzip\nTOKEN = gzip.decompress(base64.b64decode('⟦0⟧')).decode()\n"),
        ("nodejs_gunzipsync_buffer", "const token = zlib.gunzipSync(Buffer.from('⟦0⟧', 'base64')).toString();\n"),
        ("shell_base64_d_gunzip", "echo '⟦0⟧' | base64 -d | gunzip\n"),
    ],
    "lzma_xz_base64": [
        ("python_lzma_decompress_call", "key = lzma.decompress(b64decode(\"⟦0⟧\")).decode()\n"),
        ("shell_base64_d_unxz", "KEY=$(echo ⟦0⟧ | base64 -d | xz -dc)\n"),
        ("ci_yaml_xz_blob_comment", "# decode with: base64 -d | xz -d\nsync_blob: ⟦0⟧\n"),
    ],
    "rot47": [
        ("forum_post_rot47_spoiler", "[spoiler=rot47]⟦0⟧[/spoiler]\n"),
        ("python_rot47_helper_call", "API_KEY = rot47('⟦0⟧')\n"),
        ("chat_rot47_obfuscated_msg", "{who}: key (rot47, you know the drill): ⟦0⟧\n"),
    ],
    "atbash_cipher": [
        ("puzzle_note_atbash_line", "Clue 4 (atbash): ⟦0⟧\n"),
        ("js_atbash_decode_call", "const key = atbash('⟦0⟧');\n"),
        ("ctf_writeup_atbash_flag_key", "The config stored the key atbash-encoded: `⟦0⟧`\n"),
    ],
    "vigenere_keyed": [
        ("python_vigenere_decrypt_call", "TOKEN = vigenere_decrypt('⟦0⟧', key='{key}')\n"),
        ("escape_room_vigenere_card", "Keyword: {key}\nCipher: ⟦0⟧\n"),
        ("chat_vigenere_hint_message", "{who}: it's vigenère with '{key}' → ⟦0⟧\n"),
    ],
    "nato_phonetic_spelling": [
        ("phone_call_transcript_spelled", "Agent: Can you read it back?\nCaller: Sure - ⟦0⟧.\n"),
        ("radio_log_phonetic_entry", "1432Z RELAY KEY ⟦0⟧ OVER\n"),
        ("voicemail_transcription_phonetic", "Voicemail (0:41): hi it's me, the token is ⟦0⟧, call me back\n"),
    ],
    "binary_octets": [
        ("chat_binary_joke_message", "{who}: here's the key in binary lol ⟦0⟧\n"),
        ("ctf_notes_binary_string", "found in /opt/app/.cache:\n⟦0⟧\n"),
        ("arduino_serial_monitor_binary", "12:01:33.412 -> KEYBITS: ⟦0⟧\n"),
    ],
    "ipv4_dotted_quads": [
        ("c_ipv4_fuscation_array", "const char *addrs[] = { \"⟦0⟧\" };\n"),
        ("hosts_allow_list_packed", "# allowlist (do not edit)\nallow: ⟦0⟧\n"),
        ("python_ipv4_list_decoder", "ADDRS = \"⟦0⟧\".split(\", \")\nKEY = bytes(int(x) for a in ADDRS for x in a.split('.')).rstrip(b'\\0')\n"),
    ],
    "uuid_byte_blocks": [
        ("c_uuid_fuscation_array", "const char* uuids[] = {\n    \"⟦0⟧\"\n};\n"),
        ("csharp_guid_string_array", "string[] g = {\n    \"⟦0⟧\"\n};\n"),
        ("json_uuid_list_config", "{\n  \"ids\": [\n    \"⟦0⟧\"\n  ]\n}\n"),
    ],
    "braille_pattern_bytes": [
        ("chat_braille_art_message", "{who}: ⟦0⟧ (braille bytes, decode it)\n"),
        ("profile_bio_braille_text", "bio: ⟦0⟧\n"),
        ("python_braille_decode_call", "key = bytes(ord(c) - 0x2800 for c in '⟦0⟧').decode()\n"),
    ],
    "zero_width_bit_stego": [
        ("chat_message_invisible_payload", "{who}: nothing to see here⟦0⟧ :)\n"),
        ("markdown_readme_hidden_chars", "# Project\n\nWelcome!⟦0⟧\n"),
        ("html_title_zero_width", "<title>Status⟦0⟧</title>\n"),
    ],
    "html_hex_entities": [
        ("html_data_attribute_entities", "<div id=\"cfg\" data-key=\"⟦0⟧\"></div>\n"),
        ("email_html_hex_entities", "<p>Your key: <code>⟦0⟧</code></p>\n"),
        ("svg_text_hex_entities", "<svg><text x=\"4\" y=\"12\">⟦0⟧</text></svg>\n"),
    ],
    "css_backslash_hex_escape": [
        ("css_content_property_escapes", ".k::after { content: \"⟦0⟧\"; }\n"),
        ("scss_variable_escaped_string", "$k: \"⟦0⟧\";\n"),
        ("css_custom_property_escapes", ":root { --cfg: \"⟦0⟧\"; }\n"),
    ],
    "sql_char_function_concat": [
        ("tsql_declare_char_concat", "DECLARE @k NVARCHAR(200) = ⟦0⟧;\n"),
        ("sql_injection_payload_log", "WAF blocked: q=1 UNION SELECT ⟦0⟧--\n"),
        ("sql_view_definition_char", "CREATE VIEW v_cfg AS SELECT ⟦0⟧ AS k;\n"),
    ],
    "z85_zeromq": [
        ("zeromq_curve_style_config", "[security]\nblob = \"⟦0⟧\"\n"),
        ("python_zmq_z85_decode", "key = zmq.utils.z85.decode('⟦0⟧').rstrip(b'\\0')\n"),
        ("cpp_zmq_z85_decode_call", "zmq_z85_decode(buf, \"⟦0⟧\");\n"),
    ],
    "dvorak_layout_mistype": [
        ("chat_dvorak_layout_paste", "{who}: ⟦0⟧\n{who}: ugh wrong layout, that was dvorak, you figure it out\n"),
        ("ticket_comment_garbled_layout", "Customer pasted the key as `⟦0⟧` (keyboard was on Dvorak)\n"),
        ("sms_garbled_dvorak_key", "SMS: ⟦0⟧ (sent from the dvorak tablet)\n"),
    ],
    "circled_alphanumerics": [
        ("social_post_circled_text", "{who}: ⟦0⟧ ✨\n"),
        ("discord_nickname_circled", "nick: ⟦0⟧\n"),
        ("markdown_note_circled_key", "- key: ⟦0⟧\n"),
    ],
    "rail_fence_two_rails": [
        ("python_unrail_helper_call", "TOKEN = unrail2('⟦0⟧')\n"),
        ("puzzle_card_rail_fence", "Rail fence (2): ⟦0⟧\n"),
        ("yaml_comment_rail_fence", "# rails=2\ncfg_token: ⟦0⟧\n"),
    ],
    "every_other_char_padding": [
        ("js_every_other_char_slice", "const k = '⟦0⟧'.split('').filter((_, i) => i % 2 === 0).join(''); // pad='{key}'\n"),
        ("python_stride_slice_key", "KEY = '⟦0⟧'[::2]  # filler '{key}'\n"),
        ("ini_padded_value_comment", "; take every second char (padding '{key}')\ntoken=⟦0⟧\n"),
    ],
    "rot13_of_base64": [
        ("php_str_rot13_base64_decode", "<?php $k = base64_decode(str_rot13('⟦0⟧'));\n"),
        ("python_codecs_rot13_b64", "k = b64decode(codecs.decode('⟦0⟧', 'rot13'))\n"),
        ("shell_tr_rot13_base64_d", "echo '⟦0⟧' | tr 'A-Za-z' 'N-ZA-Mn-za-m' | base64 -d\n"),
    ],
    "repeating_xor_hex": [
        ("python_xor_hex_repeating_key", "KEY = xor(bytes.fromhex('⟦0⟧'), b'{key}').decode()\n"),
        ("go_xor_hex_literal", "enc, _ := hex.DecodeString(\"⟦0⟧\") // xor with \"{key}\"\n"),
        ("malware_config_xor_blob", "[cfg]\nk={key}\nblob=⟦0⟧\n"),
    ],
    "gsm7_packed_septets_hex": [
        ("sms_pdu_user_data_hex", "AT+CMGS=42\n> 0011000B91{pn}0000AA{len}⟦0⟧\n"),
        ("modem_log_pdu_payload", "[modem] rx PDU UD=⟦0⟧\n"),
        ("python_gsm7_unpack_call", "key = gsm7_unpack(bytes.fromhex('⟦0⟧'))\n"),
    ],
    "od_x_little_endian_words": [
        ("od_x_terminal_output", "$ od -x token.bin\n⟦0⟧\n{end}\n"),
        ("chat_paste_od_dump", "{who}: here's the dump\n⟦0⟧\n{end}\n"),
        ("ticket_attachment_od_text", "Attachment (od -x):\n⟦0⟧\n{end}\n"),
    ],
    "jwt_unsigned_claim_embed": [
        ("http_authorization_unsigned_jwt", "GET /v1/sync HTTP/1.1\nAuthorization: Bearer ⟦0⟧\n"),
        ("cookie_unsigned_jwt_value", "Set-Cookie: cfg=⟦0⟧; Path=/\n"),
        ("localstorage_dump_unsigned_jwt", "localStorage['cfg'] = '⟦0⟧'\n"),
    ],
    "unicode_tag_smuggling": [
        ("llm_prompt_hidden_tags", "Please summarise this page.⟦0⟧\n"),
        ("github_issue_title_tag_chars", "title: Fix typo in docs⟦0⟧\n"),
        ("chat_emoji_tag_sequence", "{who}: 🏴⟦0⟧\n"),
    ],
    "variation_selector_smuggling": [
        ("chat_emoji_variation_payload", "{who}: ⟦0⟧ thanks!\n"),
        ("commit_message_emoji_payload", "docs: tweak wording ⟦0⟧\n"),
        ("json_status_emoji_payload", "{\"status\": \"⟦0⟧\"}\n"),
    ],
    "base32_crockford": [
        ("ulid_lookalike_config_value", "correlation_seed = \"⟦0⟧\"\n"),
        ("python_crockford_decode_call", "key = crockford_b32decode('⟦0⟧')\n"),
        ("printed_label_crockford", "SERVICE CODE: ⟦0⟧\n"),
    ],
    "bubblebabble": [
        ("ssh_keygen_bubblebabble_style", "Token fingerprint (bubblebabble): ⟦0⟧\n"),
        ("python_bubblebabble_decode", "secret = bubblebabble_decode('⟦0⟧')\n"),
        ("chat_bubblebabble_words", "{who}: read this out loud: ⟦0⟧\n"),
    ],
    "proquint": [
        ("proquint_identifier_config", "node_id: ⟦0⟧\n"),
        ("go_proquint_decode_call", "key := proquint.Decode(\"⟦0⟧\")\n"),
        ("chat_pronounceable_key", "{who}: pronounceable version: ⟦0⟧\n"),
    ],
    "brainfuck_program": [
        ("esolang_file_bf", "⟦0⟧\n"),
        ("chat_bf_code_block", "{who}: run this ```⟦0⟧```\n"),
        ("gist_bf_print_key", "# prints the staging key\n⟦0⟧\n"),
    ],
}
