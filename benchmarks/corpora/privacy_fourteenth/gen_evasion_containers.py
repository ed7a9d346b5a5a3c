"""Containers for evasions: name -> [(kind, f(V, key) -> template)], V is the span marker."""

TEMPLATES = {
    'c_hex_escape_string': [
        ('c_source_hex_escaped_literal', lambda V, k: f'/* obfuscated so grep does not find it */\nstatic const char kToken[] = "{V}";\n'),
        ('python_bytes_hex_escape_decode', lambda V, k: f'TOKEN = b"{V}".decode()\nclient = Client(token=TOKEN)\n'),
    ],
    'c_octal_escape_string': [
        ('bash_ansi_c_quoted_octal', lambda V, k: f"export API_TOKEN=$'{V}'\n./sync --push\n"),
        ('printf_octal_escape_pipe', lambda V, k: f"printf '{V}' | gh secret set DEPLOY_TOKEN\n"),
    ],
    'java_signed_byte_array': [
        ('java_new_string_byte_array', lambda V, k: f'private static final String KEY = new String(new byte[]{{{V}}}, StandardCharsets.UTF_8);\n'),
        ('kotlin_bytearrayof_string', lambda V, k: f'val apiKey = String(byteArrayOf({V}))\n'),
    ],
    'xxd_include_array': [
        ('xxd_i_header_output', lambda V, k: f'$ xxd -i token.txt\nunsigned char token_txt[] = {{\n  {V}\n}};\nunsigned int token_txt_len = 0;\n'),
        ('arduino_progmem_byte_array', lambda V, k: f'const uint8_t CLOUD_KEY[] PROGMEM = {{\n  {V}\n}};\n'),
    ],
    'uuencode': [
        ('usenet_post_uuencoded_attachment', lambda V, k: f'Subject: creds for the mirror\nNewsgroups: alt.test\n\n{V}\n'),
        ('shell_uudecode_heredoc', lambda V, k: f"uudecode -o /dev/stdout <<'EOF'\n{V}\nEOF\n"),
    ],
    'ascii85_adobe': [
        ('postscript_ascii85_string', lambda V, k: f'%!PS\n/apikey {V} cvx exec def\n'),
        ('python_a85decode_adobe_call', lambda V, k: f'import base64\nKEY = base64.a85decode("{V}", adobe=True).decode()\n'),
    ],
    'base58_text': [
        ('node_bs58_decode_call', lambda V, k: f"const bs58 = require('bs58');\nconst token = Buffer.from(bs58.decode('{V}')).toString();\n"),
        ('base58_cli_decode_pipe', lambda V, k: f'$ echo {V} | base58 -d\n'),
    ],
    'base45_rfc9285': [
        ('python_base45_b45decode', lambda V, k: f'from base45 import b45decode\nSECRET = b45decode("{V}").decode()\n'),
        ('qr_payload_base45_note', lambda V, k: f'QR payload (base45, scan with the kiosk app):\n{V}\n'),
    ],
    'morse_code': [
        ('ham_radio_net_log_morse', lambda V, k: f'2025-05-02 19:40Z de OH2XYZ: key for the club API follows in cw\n{V}\n73\n'),
        ('escape_room_clue_card_morse', lambda V, k: f'Clue 4 (decode to unlock the admin panel):\n{V}\n'),
    ],
    'jcuken_layout_mistype': [
        ('chat_wrong_keyboard_layout_paste', lambda V, k: f'[09:14] dima: токен: {V}\n[09:14] dima: ой, раскладка не та, переведи на англ\n'),
        ('telegram_note_wrong_layout', lambda V, k: f'ключ (набран в русской раскладке, лень переключать): {V}\n'),
    ],
    'shell_backslash_newline_split': [
        ('dockerfile_env_line_continuation', lambda V, k: f'FROM alpine:3.20\nENV API_TOKEN="{V}"\nRUN ./install.sh\n'),
        ('bash_export_backslash_continuation', lambda V, k: f'export DEPLOY_TOKEN="{V}"\n'),
    ],
    'email_quote_rewrap': [
        ('email_reply_quoted_token_wrapped', lambda V, k: f'On Fri, May 2, 2025 at 9:14 AM Ops wrote:\n> new key for the integration:\n> {V}\n> please rotate the old one\n\nThanks, done.\n'),
        ('mailing_list_quote_chain', lambda V, k: f'>>> Sent the token privately.\n> Posting here by mistake:\n> {V}\n'),
    ],
    'base64_utf16le': [
        ('powershell_unicode_getstring_b64', lambda V, k: f"$t = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{V}'))\nInvoke-RestMethod -Headers @{{Authorization=\"Bearer $t\"}} $uri\n"),
        ('csharp_encoding_unicode_b64', lambda V, k: f'var key = Encoding.Unicode.GetString(Convert.FromBase64String("{V}"));\n'),
    ],
    'bzip2_base64': [
        ('python_bz2_decompress_b64', lambda V, k: f'import bz2, base64\nTOKEN = bz2.decompress(base64.b64decode("{V}")).decode()\n'),
        ('shell_base64_d_bunzip2', lambda V, k: f'TOKEN=$(echo {V} | base64 -d | bunzip2)\n'),
    ],
    'base64_chunk_array_join': [
        ('js_atob_chunk_join', lambda V, k: f'const k = atob({V}.join(""));\n'),
        ('python_b64_chunks_join', lambda V, k: f'KEY = base64.b64decode("".join({V})).decode()\n'),
    ],
    'charcode_offset_shift': [
        ('js_fromcharcode_minus_offset', lambda V, k: f'const t = String.fromCharCode(...{V}.map(c => c - {k}));\n'),
        ('python_chr_minus_offset', lambda V, k: f"TOKEN = ''.join(chr(c - {k}) for c in {V})\n"),
    ],
    'double_percent_encoding': [
        ('access_log_double_encoded_param', lambda V, k: f'{{"ts":"2025-05-02T09:14:55Z","req":"GET /cb?state=x&token={V} HTTP/1.1","status":302}}\n'),
        ('redirect_url_double_encoded', lambda V, k: f'Location: https://app.example.net/login?next=%2Fsync%3Fkey%3D{V}\n'),
    ],
    'math_bold_alphanumerics': [
        ('social_bio_fancy_text', lambda V, k: f'✨ dev | coffee | 𝗸𝗲𝘆: {V} ✨\n'),
        ('discord_status_bold_text', lambda V, k: f'custom status: {V}\n'),
    ],
    'cyrillic_homoglyph': [
        ('env_value_cyrillic_lookalike', lambda V, k: f'# pasted from the wiki\nSERVICE_TOKEN={V}\n'),
        ('forum_post_homoglyph_token', lambda V, k: f'Quote: the key that works for me is {V} (copied from my notes)\n'),
    ],
    'combining_strikethrough': [
        ('chat_strikethrough_text', lambda V, k: f'nvm the old key ~{V}~ was revoked... or was it\n'),
        ('profile_strikethrough_generator_text', lambda V, k: f'about: {V}\n'),
    ],
    'soft_hyphen_interleaved': [
        ('html_page_copy_soft_hyphens', lambda V, k: f'<p class="hyphenate">Your token: {V}</p>\n'),
        ('wiki_copy_with_shy', lambda V, k: f'Token (copied from Confluence): {V}\n'),
    ],
    'space_grouped_blocks': [
        ('phone_dictation_grouped_key', lambda V, k: f'Support call notes: customer read out the key in blocks: {V}\n'),
        ('printed_recovery_sheet_grouped', lambda V, k: f'KEY  {V}\nKeep this sheet in the safe.\n'),
    ],
    'bidi_override_reversed': [
        ('source_comment_trojan_bidi', lambda V, k: f'const token = "{V}"; // looks normal in the editor\n'),
        ('chat_rtl_override_message', lambda V, k: f'here: {V}\n'),
    ],
    'regional_indicator_letters': [
        ('discord_message_regional_letters', lambda V, k: f'key is {V} lol\n'),
        ('slack_emoji_letters_message', lambda V, k: f':key: {V}\n'),
    ],
    'intel_hex_records': [
        ('firmware_config_partition_ihex', lambda V, k: f'; config partition dump (avrdude -U eeprom:r:cfg.hex:i)\n{V}\n'),
        ('srecord_cat_ihex_output', lambda V, k: f'$ srec_cat secrets.bin -binary -o - -intel\n{V}\n'),
    ],
    'ipv6_address_list': [
        ('c_ipfuscation_address_array', lambda V, k: f'const char* ADDRS[] = {{ "{V}" }}; // RtlIpv6StringToAddressA\n'),
        ('python_ipv6_packed_list', lambda V, k: f'addrs = ["{V}"]\nkey = b"".join(ipaddress.IPv6Address(a).packed for a in addrs).rstrip(b"\\0")\n'),
    ],
    'char_table_index_lookup': [
        ('js_obfuscator_table_lookup', lambda V, k: f'const _0x3f = {V};\nconst key = _0x3f[1].map(i => _0x3f[0][i]).join("");\n'),
        ('python_table_index_join', lambda V, k: f'_t = {V}\nKEY = "".join(_t[0][i] for i in _t[1])\n'),
    ],
}
