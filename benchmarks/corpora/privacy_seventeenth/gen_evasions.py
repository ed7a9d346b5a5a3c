"""Evasions: a self-identifying prefixed token hidden with one of 36 encodings not used before.
Each record has exactly one span (the encoded form) with plain, encoding and, when keyed, encoding_key."""
import random
from common import render, rs, hexs, ALNUM, B64URL, crc32_b62_token
from gen_encodings import ENC, KEYED

SEED = 17005

TOKENS = {
    'github_classic_pat': lambda r: crc32_b62_token(r, 'ghp_'),
    'gitlab_personal_access_token': lambda r: 'glpat-' + rs(r, ALNUM, 20),
    'slack_bot_token': lambda r: 'xoxb-%d-%d-%s' % (r.randrange(10**10, 10**12), r.randrange(10**12, 10**13), rs(r, ALNUM, 24)),
    'stripe_live_secret_key': lambda r: 'sk_live_51' + rs(r, ALNUM, 60),
    'npm_access_token': lambda r: crc32_b62_token(r, 'npm_'),
    'huggingface_access_token': lambda r: 'hf_' + rs(r, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 34),
    'dockerhub_personal_access_token': lambda r: 'dckr_pat_' + rs(r, ALNUM, 27),
    'sendgrid_api_key': lambda r: 'SG.' + rs(r, ALNUM, 22) + '.' + rs(r, ALNUM, 43),
    'anthropic_api_key': lambda r: 'sk-ant-api03-' + rs(r, ALNUM, 60) + 'AA',
    'tavily_api_key': lambda r: 'tvly-' + rs(r, ALNUM, 32),
    'runpod_api_key': lambda r: 'rpa_' + rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 44),
    'pinterest_access_token': lambda r: 'pina_' + rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 60),
    'adafruit_io_key': lambda r: 'aio_' + rs(r, ALNUM, 28),
    # lower-case only [a-z0-9_-] (Morse code, QWERTY shift)
    'sentry_user_auth_token': lambda r: 'sntryu_' + hexs(r, 64),
    'digitalocean_oauth_access_token': lambda r: 'doo_v1_' + hexs(r, 64),
    'firecrawl_api_key': lambda r: 'fc-' + hexs(r, 32),
    'e2b_api_key': lambda r: 'e2b_' + hexs(r, 40),
    'sourcegraph_cody_gateway_key': lambda r: 'slk_' + hexs(r, 64),
    'cerebras_api_key': lambda r: 'csk-' + rs(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 48),
}
LOWER = ['sentry_user_auth_token', 'digitalocean_oauth_access_token', 'firecrawl_api_key', 'e2b_api_key',
         'sourcegraph_cody_gateway_key', 'cerebras_api_key']
MIXED = [t for t in TOKENS if t not in LOWER]

# encoding -> (container kind, template); «V» = encoded span, «K» = key as stated in the text
T = {
    'ascii85_adobe': ('postscript_comment_ascii85_blob', "%!PS-Adobe-3.0\n%%Creator: «app»-render «ver»\n%%LicenseData: «V»\n%%EndComments\n/Helvetica findfont 11 scalefont setfont\n"),
    'uuencode_block': ('usenet_post_uuencoded_attachment', "From: «email»\nNewsgroups: alt.test\nSubject: config (1/1)\n\nneeded for the build box, decode with uudecode\n\n«V»\n"),
    'bzip2_base64': ('python_bz2_b64decode_call', "import base64, bz2\n\n_BLOB = \"«V»\"\nAPI_TOKEN = bz2.decompress(base64.b64decode(_BLOB)).decode()\n"),
    'zlib_hex': ('node_inflatesync_hex_buffer', "const zlib = require('zlib');\nconst TOKEN = zlib.inflateSync(Buffer.from('«V»', 'hex')).toString();\nmodule.exports = { TOKEN };\n"),
    'base58_btc_alphabet': ('config_value_base58_blob', "# values are base58 (bitcoin alphabet) so they survive copy/paste\n[upstream]\nurl = https://api.«domain»\nauth_b58 = «V»\nretries = 3\n"),
    'base36_bigint': ('python_int_base36_decode', "n = int(\"«V»\", 36)\nTOKEN = n.to_bytes((n.bit_length() + 7) // 8, \"big\").decode()\n"),
    'base45_rfc9285': ('qr_payload_base45_note', "QR payload (base45, as in the EU DCC spec) printed on the kiosk setup sheet:\n«V»\nScan with the admin app to enroll.\n"),
    'z_base32': ('tahoe_style_zbase32_cap', "# z-base-32 (human-oriented) encoded credential, see RFC 6189 appendix\nREMOTE_CAP=«V»\n"),
    'bech32_wrapped_bytes': ('bech32_tok_payload_config', "# bech32 with hrp 'tok' – checksum protects against typos\nupstream_auth: «V»\n"),
    'utf16le_base64': ('powershell_unicode_frombase64_call', "$enc = '«V»'\n$token = [System.Text.Encoding]::Unicode.GetString([System.Convert]::FromBase64String($enc))\nInvoke-RestMethod -Uri https://api.«domain»/v1/jobs -Headers @{ Authorization = \"Bearer $token\" }\n"),
    'percent_encode_all_bytes': ('url_fully_percent_encoded_param', "«ts» GET /callback?state=«hex8»&t=«V» HTTP/1.1 200 «ms»ms ua=\"«ua»\"\n"),
    'java_unicode_escape': ('java_properties_unicode_escaped', "# native2ascii output\napp.name=«app»\napp.upstream.token=«V»\napp.timeout=30\n"),
    'c_octal_escape': ('c_string_octal_escapes', "/* keep out of `strings` output? not really */\nstatic const char kToken[] = \"«V»\";\n"),
    'python_bytes_hex_escape': ('python_bytes_literal_hex_escapes', "TOKEN = b\"«V»\".decode()\nheaders = {\"Authorization\": f\"Bearer {TOKEN}\"}\n"),
    'python_chr_decimal_list': ('python_chr_join_map', "_k = «V»\nTOKEN = ''.join(map(chr, _k))\n"),
    'js_fromcharcode_hex_args': ('js_string_fromcharcode_hex', "const t = String.fromCharCode(«V»);\nfetch('https://api.«domain»/v1/me', { headers: { Authorization: 'Bearer ' + t } });\n"),
    'php_chr_dot_concat': ('php_chr_concatenation', "<?php\n$k = «V»;\n$client = new ApiClient('https://api.«domain»', $k);\n"),
    'hex_colon_separated': ('openssl_style_colon_hex_dump', "    Token (hex):\n        «V»\n"),
    'caesar_shift_keyed': ('chat_caesar_shift_hint', "[«time»] «user»: new token, shifted by «K» like last time so the bot doesn't eat it: «V»\n"),
    'affine_cipher_keyed': ('ctf_notes_affine_key', "## stage 2\naffine cipher, a,b = «K» (only letters are enciphered)\n«V»\n"),
    'autokey_vigenere_keyed': ('escape_room_autokey_card', "AUTOKEY – primer word: «K»\n«V»\n(digits and symbols unchanged)\n"),
    'xtea_ecb_keyed_hex': ('firmware_config_xtea_blob', "; device.cfg – cloud credential XTEA/ECB, key \"«K»\" (zero padded)\ncloud_cred=«V»\n"),
    'chacha20_keyed_hex': ('go_chacha20_decrypt_call', "// key = sha256(\"«PW»\"), nonce = «NONCE», counter 1\nvar encToken, _ = hex.DecodeString(\"«V»\")\n"),
    'morse_code_itu': ('ham_radio_log_morse_entry', "«date» «time»Z 7.030 MHz CW  QSO with «user»\nNOTES: «V»\n"),
    'string_reversed': ('shell_rev_pipe_export', "export API_TOKEN=$(echo '«V»' | rev)\n"),
    'base64_reversed': ('php_strrev_base64_decode', "<?php\n$t = base64_decode(strrev('«V»'));\ndefine('UPSTREAM_TOKEN', $t);\n"),
    'double_base64': ('k8s_secret_double_encoded_value', "apiVersion: v1\nkind: Secret\nmetadata:\n  name: «app»-upstream\ntype: Opaque\ndata:\n  # NOTE: value was base64'd twice by mistake in the pipeline\n  token: «V»\n"),
    'fullwidth_forms': ('chat_fullwidth_text_message', "«person»: ok here it is, wrote it in ｆｕｌｌ ｗｉｄｔｈ so the DLP doesn't flag it → «V»\n"),
    'cyrillic_homoglyph': ('env_value_cyrillic_lookalike', "«ENV»=«V»\nLOG_LEVEL=info\n"),
    'yaml_sequence_fragments': ('yaml_list_token_fragments', "upstream:\n  url: https://api.«domain»\n  # joined at runtime: ''.join(token_parts)\n  token_parts:\n  «V»\n  timeout: 20\n"),
    'sql_insert_rows_fragments': ('sql_seed_rows_token_chunks', "INSERT INTO app_settings_chunks (seq, chunk) VALUES\n  «V»;\n-- reassembled with string_agg(chunk, '' ORDER BY seq)\n"),
    'nibble_swapped_hex': ('c_nibble_swap_loop_blob', "static const char *blob = \"«V»\";\n/* each byte stored nibble-swapped: b = (b << 4) | (b >> 4) */\n"),
    'percent_u_unicode_escape': ('js_unescape_percent_u', "var t = unescape('«V»');\n"),
    'html_decimal_entities': ('html_meta_decimal_entities', "<meta name=\"x-upstream-auth\" content=\"«V»\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"),
    'qwerty_right_shift': ('chat_keyboard_shifted_paste', "«user»: argh my hands were one key to the right, it's: «V»\n«user2»: lol i'll shift it back\n"),
    'xxd_plain_hexdump': ('xxd_plain_dump_paste', "$ xxd -p token.bin\n«V»\n$ xxd -r -p token.bin | gh auth login --with-token\n"),
}
KEYS = {
    'caesar_shift_keyed': lambda r: str(r.randrange(3, 24)),
    'affine_cipher_keyed': lambda r: '%d,%d' % (r.choice([3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25]), r.randrange(1, 26)),
    'autokey_vigenere_keyed': lambda r: r.choice(['lantern', 'quartz', 'meridian', 'harbor', 'cobalt', 'juniper']),
    'xtea_ecb_keyed_hex': lambda r: r.choice(['dev1ce-k3y-2024', 'fw_cfg_secret!!', 'X7pLq2Rv9sTw4Zk']),
    'chacha20_keyed_hex': lambda r: r.choice(['correct-horse', 'release-bundle-key', 'tenant-42-pass']) + '|' + hexs(r, 24),
}


def _ok(enc, plain):
    if enc in ('morse_code_itu',):
        return set(plain) <= set('abcdefghijklmnopqrstuvwxyz0123456789._-')
    if enc == 'qwerty_right_shift':
        return set(plain) <= set('abcdefghijklmnopqrstuvwxyz0123456789_-')
    if enc == 'cyrillic_homoglyph':
        return sum(c in 'acepxyABCEHKMOPTX' for c in plain) >= 4
    return True


def build(forbidden=()):
    rng = random.Random(SEED)
    recs = []
    ti = 0
    for enc in sorted(T):
        cont, tpl = T[enc]
        for i in range(3):
            pool = LOWER if enc in ('morse_code_itu', 'qwerty_right_shift') else MIXED + LOWER
            while True:
                ttype = pool[(ti + rng.randrange(len(pool))) % len(pool)]
                plain = TOKENS[ttype](rng)
                if _ok(enc, plain) and plain not in forbidden:
                    break
            ti += 1
            key = KEYS[enc](rng) if enc in KEYED else None
            v = ENC[enc](plain, key)
            extra = {'ENV': 'UPSTREAM_TOKEN'}
            if key is not None:
                extra['K'] = key
                if enc == 'chacha20_keyed_hex':
                    extra['PW'], extra['NONCE'] = key.split('|')
            sp_extra = {'plain': plain, 'encoding': enc}
            if key is not None:
                sp_extra['encoding_key'] = key
            text, spans = render(tpl, rng, {'V': (v, ttype, None)}, extra)
            spans[0].update(sp_extra)
            recs.append({'type': ttype, 'container': cont, 'encoding': enc, 'text': text, 'secrets': spans,
                         'source': 'gen_evasions'})
    return recs


if __name__ == '__main__':
    r = build()
    print(len(r))
    for x in r[::9]:
        print(x['container'], x['encoding']); print(x['text'])
