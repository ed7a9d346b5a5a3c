"""Encoded / obfuscated credentials. Every span carries `plain`."""
import base64
import codecs
import random
import urllib.parse
from gen_common import mk, rs, ALNUM
from gen_passwords import pws, pwu
import gen_vendor

VT = {v[0]: v for v in gen_vendor.VENDORS}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def enc_base64(p, r):
    return base64.b64encode(p.encode()).decode()


def enc_base64url(p, r):
    return base64.urlsafe_b64encode(p.encode()).decode().rstrip("=")


def enc_hex(p, r):
    return p.encode().hex()


def enc_base32(p, r):
    return base64.b32encode(p.encode()).decode()


def enc_url(p, r):
    return "".join("%%%02X" % b for b in p.encode())


def enc_url2(p, r):
    return enc_url(p, r).replace("%", "%25")


def enc_json_u(p, r):
    return "".join("\\u%04x" % ord(c) for c in p)


def enc_html(p, r):
    return "".join("&#%d;" % ord(c) for c in p)


def enc_fullwidth(p, r):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in p)


def enc_zw(p, r):
    out = p[0]
    for c in p[1:]:
        out += (r.choice(ZW) if r.random() < .6 else "") + c
    if out == p:
        out = p[0] + ZW[0] + p[1:]
    return out


def enc_rot13(p, r):
    return codecs.encode(p, "rot13")


def enc_rev(p, r):
    return p[::-1]


def enc_qp(p, r):
    s = "".join("=%02X" % b for b in p.encode())
    # soft line break every 72 chars (on a token boundary)
    out, line = [], ""
    for i in range(0, len(s), 3):
        if len(line) + 3 > 72:
            out.append(line + "=\n")
            line = ""
        line += s[i:i + 3]
    return "".join(out) + line


def enc_codes(p, r):
    return ", ".join(str(ord(c)) for c in p)


# (encoding, encoder, [(container, credential type, template)]); @@0@@ = encoded span
# For split/concat templates the encoder is given by a per-container function.
E = [
    ("base64", enc_base64, [
        ("nomad_variable_b64_template", "slack_bot_token", 'template {\n  data = "{{ base64Decode \\"@@0@@\\" }}"\n  destination = "secrets/token"\n}\n'),
        ("postgres_bytea_decode_b64", "database_password", "SELECT convert_from(decode('@@0@@', 'base64'), 'UTF8');\n"),
        ("powershell_frombase64string", "azure_ad_client_secret", "$s = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('@@0@@'))\n"),
        ("java_base64_getdecoder", "stripe_secret_key", "String key = new String(Base64.getDecoder().decode(\"@@0@@\"), UTF_8);\n"),
        ("ansible_b64decode_filter", "smtp_password", "smtp_pass: \"{{ '@@0@@' | b64decode }}\"\n"),
    ]),
    ("base64_name_value_line", enc_base64, [
        ("echo_b64_append_dotenv", "GITHUB_TOKEN|github_pat_classic", "$ echo '@@0@@' | base64 -d >> .env\n"),
        ("k8s_secret_data_dotenv_blob", "DATABASE_PASSWORD|database_password", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ndata:\n  app.env: @@0@@\n"),
        ("cloud_init_write_files_b64_env", "OPENAI_API_KEY|openai_project_key", "write_files:\n  - path: /etc/app.env\n    encoding: b64\n    content: @@0@@\n"),
        ("github_actions_step_b64_env_decode", "NPM_TOKEN|npm_access_token", "- run: echo \"@@0@@\" | base64 --decode >> \"$GITHUB_ENV\"\n"),
        ("packer_user_data_b64_env", "DD_API_KEY|datadog_api_key", "\"user_data\": \"@@0@@\",\n"),
    ]),
    ("base64url", enc_base64url, [
        ("oauth_state_param_url", "google_oauth_client_secret", "https://app.example.com/cb?code=abc123&state=@@0@@\n"),
        ("go_rawurlencoding_decodestring", "huggingface_token", "b, _ := base64.RawURLEncoding.DecodeString(\"@@0@@\")\n"),
        ("deep_link_config_payload", "wifi_psk", "myapp://setup?cfg=@@0@@\n"),
        ("python_urlsafe_b64decode_pad", "anthropic_api_key", "key = base64.urlsafe_b64decode(\"@@0@@\" + \"==\").decode()\n"),
        ("jwt_claim_embedded_secret", "mqtt_password", '{"sub":"dev-17","mqtt_pw_b64u":"@@0@@"}\n'),
    ]),
    ("hex", enc_hex, [
        ("xxd_r_p_pipeline", "gitlab_pat", "$ echo @@0@@ | xxd -r -p\n"),
        ("mysql_unhex_select", "database_password", "UPDATE users SET pw = UNHEX('@@0@@') WHERE id = 1;\n"),
        ("rust_hex_decode_call", "groq_api_key", "let key = String::from_utf8(hex::decode(\"@@0@@\")?)?;\n"),
        ("dotnet_convert_fromhexstring", "sendgrid_api_key", "var key = Encoding.UTF8.GetString(Convert.FromHexString(\"@@0@@\"));\n"),
        ("esp32_nvs_csv_hex2bin", "wifi_psk", "key,type,encoding,value\nwifi,namespace,,\npsk,data,hex2bin,@@0@@\n"),
    ]),
    ("base32", enc_base32, [
        ("nix_fromjson_b32_note", "netlify_pat", "# stored base32 to keep it off grep: @@0@@\n"),
        ("java_commons_codec_base32", "linear_api_key", "String t = new String(new Base32().decode(\"@@0@@\"));\n"),
        ("base32_d_shell", "ssh_password", "$ echo @@0@@ | base32 -d\n"),
        ("toml_b32_value", "redis_password", "[cache]\nauth_b32 = \"@@0@@\"\n"),
        ("node_hi_base32_decode", "resend_api_key", "const k = base32.decode(\"@@0@@\");\n"),
    ]),
    ("url_percent", enc_url, [
        ("curl_data_urlencode_password", "web_admin_password", "curl -X POST https://router.lan/login -d 'user=admin&pass=@@0@@'\n"),
        ("nginx_access_log_query_token", "telegram_bot_token", "203.0.113.7 - - [11/Jun/2024:10:00:01 +0000] \"GET /hook?t=@@0@@ HTTP/1.1\" 200 12\n"),
        ("html_form_action_url", "ftp_password", "<form action=\"/go?pw=@@0@@\" method=\"post\"></form>\n"),
        ("set_cookie_header_encoded", "shopify_access_token", "Set-Cookie: admin_tok=@@0@@; Path=/; HttpOnly\n"),
        ("mailto_body_encoded", "wifi_psk", "<a href=\"mailto:guest@example.org?subject=wifi&body=@@0@@\">send</a>\n"),
    ]),
    ("double_url_percent", enc_url2, [
        ("sso_redirect_nested_param", "okta_api_token", "https://sso.example.com/login?next=%2Fapi%3Ftoken%3D@@0@@\n"),
        ("cdn_log_double_encoded_field", "mailgun_api_key", "2024-06-11T10:00:01Z GET /v3/messages key=@@0@@ 401\n"),
        ("tracking_pixel_url", "postmark_server_token", "<img src=\"https://t.example.net/p.gif?u=@@0@@\">\n"),
        ("oauth_redirect_uri_state", "imap_password", "redirect_uri=https%3A%2F%2Fapp%2Fcb&state=@@0@@\n"),
        ("proxy_rewrite_log", "smb_password", "rewrite: /share?pw=@@0@@ -> /share\n"),
    ]),
    ("json_unicode_escape", enc_json_u, [
        ("vscode_settings_escaped_token", "github_oauth_token", '{\n  "github.token": "@@0@@"\n}\n'),
        ("firebase_remote_config_escaped", "algolia_admin_api_key", '{"parameters":{"algolia_admin":{"defaultValue":{"value":"@@0@@"}}}}\n'),
        ("chrome_extension_storage_json", "openrouter_api_key", '{"settings":{"apiKey":"@@0@@"}}\n'),
        ("jq_output_ascii_escaped", "database_password", '$ jq -a .db.password config.json\n"@@0@@"\n'),
        ("js_object_literal_unicode", "wifi_psk", "const cfg = { psk: \"@@0@@\" };\n"),
    ]),
    ("html_decimal_entities", enc_html, [
        ("confluence_storage_format_entities", "ssh_password", "<p>root pw: <code>@@0@@</code></p>\n"),
        ("blog_post_obfuscated_password", "wifi_psk", "<p>Guest WLAN: <span>@@0@@</span></p>\n"),
        ("xml_attribute_entity_encoded", "ldap_bind_password", "<ldap bindDn=\"cn=svc,dc=example,dc=org\" bindPassword=\"@@0@@\"/>\n"),
        ("email_html_body_entities", "vpn_password", "<html><body>VPN: jdoe / @@0@@</body></html>\n"),
        ("rss_item_description_entities", "mistral_api_key", "<item><description>key=@@0@@</description></item>\n"),
    ]),
    ("fullwidth", enc_fullwidth, [
        ("wechat_message_fullwidth", "wifi_psk", "[2024-06-11 09:14] 李雷: 密码 @@0@@\n"),
        ("line_message_fullwidth_ime", "database_password", "09:14\t佐藤\tDBのパスワード：@@0@@\n"),
        ("excel_cell_fullwidth_paste", "ssh_password", "host\tuser\tpassword\nweb-3\tdeploy\t@@0@@\n"),
        ("pdf_text_extract_fullwidth", "smtp_password", "SMTP パスワード　@@0@@\n"),
        ("slack_message_fullwidth_token", "cloudflare_api_token", "> token: @@0@@ (fullwidth so the bot doesn't catch it)\n"),
    ]),
    ("zero_width", enc_zw, [
        ("google_docs_copy_zwsp", "openai_project_key", "API key for the demo: @@0@@\n"),
        ("discord_message_zwj", "discord_bot_token", "bot token @@0@@ pls dont leak\n"),
        ("yaml_value_word_joiner", "mqtt_password", "mqtt:\n  password: \"@@0@@\"\n"),
        ("markdown_readme_zwnj", "ssh_password", "Login: `pi` / `@@0@@`\n"),
        ("ini_value_zwsp", "database_password", "[db]\npassword = @@0@@\n"),
    ]),
    ("split_across_lines", None, [
        ("shell_double_quote_backslash_newline", "anthropic_api_key", "export ANTHROPIC_API_KEY=\"@@0@@\"\n"),
        ("dockerfile_arg_continuation", "npm_access_token", "ENV NPM_TOKEN=@@0@@\n"),
        ("java_properties_line_continuation", "database_password", "spring.datasource.password=@@0@@\n"),
        ("makefile_variable_continuation", "pulumi_access_token", "PULUMI_TOKEN := @@0@@\n"),
        ("c_string_literal_backslash_newline", "twilio_auth_token", "static const char *tok = \"@@0@@\";\n"),
    ]),
    ("string_concatenation", None, [
        ("js_plus_concat", "stripe_secret_key", "const k = @@0@@;\n"),
        ("python_implicit_adjacent_literals", "slack_bot_token", "TOKEN = (@@0@@)\n"),
        ("php_dot_concat", "database_password", "$pw = @@0@@;\n"),
        ("sql_double_pipe_concat", "ssh_password", "SELECT @@0@@ AS pw;\n"),
        ("lua_dotdot_concat", "rcon_password", "local rcon = @@0@@\n"),
    ]),
    ("reversed", enc_rev, [
        ("python_slice_reverse", "huggingface_token", "token = \"@@0@@\"[::-1]\n"),
        ("js_split_reverse_join", "gitlab_pat", "const t = \"@@0@@\".split(\"\").reverse().join(\"\");\n"),
        ("ruby_string_reverse_call", "smtp_password", "pw = '@@0@@'.reverse\n"),
        ("php_strrev_call", "database_password", "$pw = strrev('@@0@@');\n"),
        ("bash_rev_herestring", "wifi_psk", "$ rev <<< '@@0@@'\n"),
    ]),
    ("char_code_array", enc_codes, [
        ("js_string_fromcharcode_spread", "sendgrid_api_key", "const k = String.fromCharCode(...@@0@@);\n"),
        ("python_bytes_list_decode", "database_password", "pw = bytes(@@0@@).decode()\n"),
        ("csharp_char_array_new_string", "smtp_password", "var pw = new string(new char[] @@0@@);\n"),
        ("go_byte_slice_string", "groq_api_key", "key := string(@@0@@)\n"),
        ("java_int_stream_codes", "ssh_password", "int[] c = @@0@@;\n"),
    ]),
    ("rot13", enc_rot13, [
        ("tr_rot13_pipeline", "ssh_password", "$ echo '@@0@@' | tr 'A-Za-z' 'N-ZA-Mn-za-m'\n"),
        ("python_codecs_decode_rot13", "slack_user_token", "tok = codecs.decode(\"@@0@@\", \"rot13\")\n"),
        ("emacs_rot13_region_note", "imap_password", ";; M-x rot13-region to read:\n;; @@0@@\n"),
        ("perl_tr_rot13_inline", "database_password", "($p = '@@0@@') =~ tr/A-Za-z/N-ZA-Mn-za-m/;\n"),
        ("forum_post_rot13_spoiler", "wifi_psk", "wifi pw (rot13): @@0@@\n"),
    ]),
    ("quoted_printable", enc_qp, [
        ("mime_part_qp_body", "ssh_password", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nroot: @@0@@\n"),
        ("mbox_message_qp_token", "github_pat_classic", "From ops@example.org Tue Jun 11 09:14:22 2024\nContent-Transfer-Encoding: quoted-printable\n\ntoken=3D@@0@@\n"),
        ("eml_forward_qp_password", "vpn_password", "Content-Transfer-Encoding: quoted-printable\n\nVPN pass: @@0@@\n"),
        ("outlook_msg_qp_export", "openai_project_key", "Content-Transfer-Encoding: quoted-printable\n\nOPENAI key @@0@@\n"),
        ("mailman_archive_qp_digest", "wifi_psk", "Content-Transfer-Encoding: quoted-printable\n\nWLAN: @@0@@\n"),
    ]),
]


def _plain(rng, typ):
    if typ in VT:
        return VT[typ][2](rng)
    if typ == "google_oauth_client_secret":
        return "GOCSPX-" + rs(rng, ALNUM + "-_", 28)
    return pws(rng)


def _split(p, cont, r):
    cut = max(4, len(p) // 2 + r.randrange(-3, 4))
    a, b = p[:cut], p[cut:]
    if cont == "shell_double_quote_backslash_newline":
        return a + "\\\n" + b
    if cont == "dockerfile_arg_continuation":
        return a + "\\\n    " + b
    if cont == "java_properties_line_continuation":
        return a + "\\\n    " + b
    if cont == "makefile_variable_continuation":
        return a + "\\\n\t" + b
    return a + "\\\n" + b


def _concat(p, cont, r):
    n = 3 if len(p) > 20 else 2
    cuts = sorted(r.sample(range(2, len(p) - 1), n - 1))
    parts = [p[i:j] for i, j in zip([0] + cuts, cuts + [len(p)])]
    if cont == "js_plus_concat":
        return " +\n  ".join('"%s"' % x for x in parts)
    if cont == "python_implicit_adjacent_literals":
        return "\n    ".join('"%s"' % x for x in parts)
    if cont == "php_dot_concat":
        return " . ".join("'%s'" % x for x in parts)
    if cont == "sql_double_pipe_concat":
        return " || ".join("'%s'" % x for x in parts)
    return " .. ".join('"%s"' % x for x in parts)


def _codes_wrap(enc, cont):
    if cont == "csharp_char_array_new_string":
        return "{ " + enc + " }"
    if cont == "go_byte_slice_string":
        return "[]byte{" + enc + "}"
    if cont == "java_int_stream_codes":
        return "{" + enc + "}"
    return "[" + enc + "]"


def build(seed=4040):
    rng = random.Random(seed)
    out = []
    for encoding, fn, items in E:
        for cont, typ, tpl in items:
            name = None
            if "|" in typ:
                name, typ = typ.split("|")
            # quoting-safe plain values
            while True:
                plain = _plain(rng, typ)
                if not (set(plain) & set("'\"\\")):
                    break
            if encoding == "base64_name_value_line":
                val = fn(name + "=" + plain + "\n", rng)
            elif encoding == "split_across_lines":
                val = _split(plain, cont, rng)
            elif encoding == "string_concatenation":
                val = _concat(plain, cont, rng)
            elif encoding == "char_code_array":
                val = _codes_wrap(fn(plain, rng), cont)
            else:
                val = fn(plain, rng)
            out.append(mk(cont, tpl, [(val, typ, plain)], "gen_evasions", extra={"encoding": encoding}))
    return out
