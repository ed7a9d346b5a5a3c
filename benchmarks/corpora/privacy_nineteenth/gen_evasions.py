"""Evasion part: 33 new encodings / obfuscations, 3 records each."""
import random, string
from common import mk, render, gen, gh_token, SRC
from gen_encodings import ENC, KEYED

SEED = 19005

TOKENS = [("github_classic_pat", "GitHub", None), ("linear_personal_api_key", "Linear", "L:lin_api_ a40"),
          ("doppler_personal_token", "Doppler", "L:dp.pt. a43"), ("gitlab_personal_access_token", "GitLab", "L:glpat- b20"),
          ("huggingface_access_token", "Hugging Face", "L:hf_ a34"), ("pulumi_access_token", "Pulumi", "L:pul- h40"),
          ("shopify_admin_access_token", "Shopify", "L:shpat_ h32"), ("prefect_cloud_api_key", "Prefect", "L:pnu_ a36"),
          ("stripe_live_secret_key", "Stripe", "L:sk_live_ a24"), ("slack_bot_token", "Slack", "L:xoxb- d12 L:- d13 L:- a24")]

# encoding -> (container kind, hint, frame with {V})
SPEC = {
 "base32_standard_padded": ("totp_style_base32_config_value", "base32, decode with `base32 -d`", "secret_b32 = \"{V}\""),
 "base64url_no_padding": ("url_param_base64url_blob", "base64url without padding", "https://hooks.internal/run?cfg={V}"),
 "hex_upper_0x_bigint": ("solidity_constant_hex_literal", "it is the UTF-8 bytes as one hex literal", "uint256 constant API_BLOB = {V};"),
 "rot18_letters_digits": ("forum_post_rot18_spoiler", "ROT18: ROT13 on letters plus ROT5 on digits", "[spoiler]{V}[/spoiler]"),
 "vigenere_repeating_key": ("escape_game_vigenere_sheet", "Vigenère, key word '{K}', only letters shift", "CIPHERTEXT: {V}"),
 "columnar_transposition_keyed": ("cipher_club_columnar_note", "columnar transposition, key '{K}', '~' is padding", "{V}"),
 "chunk_order_reversed": ("pager_alert_chunks_reversed", "4-char groups, read the groups right to left", "{V}"),
 "base91_basE91": ("embedded_basE91_firmware_string", "basE91 (Henke) encoded", "CFG_BLOB \"{V}\""),
 "base62_bigint": ("short_url_style_base62_blob", "base62 of the bytes as one big integer (0-9A-Za-z)", "id={V}"),
 "base85_git_rfc1924": ("git_binary_patch_style_base85", "RFC 1924 / git base85 (python base64.b85decode)", "literal {V}"),
 "base32hex_rfc4648": ("dns_label_base32hex_blob", "base32hex (RFC 4648 extended hex alphabet), no padding", "{V}.cfg.internal. IN TXT \"v=1\""),
 "quoted_printable_forced": ("mime_part_quoted_printable_body", "quoted-printable, every byte escaped", "Content-Transfer-Encoding: quoted-printable\n\n{V}"),
 "gzip_base64": ("helm_values_gzip_base64_blob", "gzip then base64 (`base64 -d | gunzip`)", "integrationBlob: {V}"),
 "html_hex_entities": ("html_hidden_input_hex_entities", "HTML hex character references", "<input type=\"hidden\" name=\"k\" value=\"{V}\">"),
 "hex_little_endian_reversed": ("memory_dump_little_endian_hex", "hex of the bytes in reverse order (little-endian dump)", "0x7ffd5c10: {V}"),
 "ascii_decimal_codes_spaced": ("plc_register_ascii_decimal_dump", "ASCII codes in decimal", "{V}"),
 "js_es6_codepoint_escape": ("js_template_codepoint_escapes", "JS \\u{...} code point escapes", "const k = \"{V}\";"),
 "tsql_char_concat": ("tsql_stored_proc_char_concat", "T-SQL CHAR() concatenation", "SET @k = {V};"),
 "plsql_chr_pipe_concat": ("plsql_package_chr_concat", "Oracle CHR() || concatenation", "v_key := {V};"),
 "powershell_char_cast_join": ("powershell_char_array_join", "PowerShell char-array join", "$k = {V}"),
 "spreadsheet_char_formula": ("spreadsheet_cell_char_formula", "spreadsheet CHAR() formula in cell B7", "B7: {V}"),
 "math_alphanumeric_bold": ("social_post_math_bold_text", "Unicode mathematical bold letters (NFKC gives it back)", "{V}"),
 "combining_strikethrough_overlay": ("chat_strikethrough_combining_text", "every character followed by U+0336 combining long stroke", "{V}"),
 "bidi_rlo_reversed": ("commit_message_bidi_override", "stored reversed behind a right-to-left override, displays normally", "token: {V}"),
 "greek_homoglyph": ("env_value_greek_lookalike", "Latin letters swapped for Greek look-alikes", "TOKEN={V}"),
 "single_byte_xor_base64_keyed": ("malware_config_single_xor_b64", "XOR every byte with {K}, then base64", "cfg[\"k\"] = \"{V}\""),
 "rc4_keyed_hex": ("legacy_app_rc4_hex_setting", "RC4 with key '{K}', hex output", "<add key=\"ApiKeyEnc\" value=\"{V}\" />"),
 "dna_base4_nucleotides": ("bioinfo_fasta_dna_payload", "2 bits per base, A=00 C=01 G=10 T=11, MSB first", ">seq1 payload\n{V}"),
 "js_string_concat_split": ("js_bundle_string_concat_split", "split into string pieces and concatenated", "const k = {V};"),
 "unsigned_jwt_payload_claim": ("unsigned_jwt_bearer_claim", "inside the payload of an unsigned (alg none) JWT, claim api_key", "Authorization: Bearer {V}"),
 "rfc2047_encoded_word_base64": ("email_subject_encoded_word", "RFC 2047 encoded-word, base64", "Subject: {V}"),
 "progressive_caesar_shift": ("puzzle_progressive_shift_card", "position n (from 1) shifted forward by n; digits mod 10", "{V}"),
 "substitution_alphabet_keyed": ("monoalphabetic_key_sheet", "substitution alphabet abc…z → {K}", "{V}"),
}

WORDINGS = [
 "{who}: here is the {vendor} token for the nightly job, {hint}:\n{frame}\n",
 "# {vendor} credential for prod ({hint})\n{frame}\n",
 "Support ticket note: the customer stored their {vendor} key like this to get past the secret scanner ({hint}):\n{frame}\n",
]
WHO = ["dana", "r.okafor", "mikkel", "s.ito", "paula", "ferhat"]
VIG_KEYS = ["lantern", "harbor", "quartz"]
COL_KEYS = ["ZEBRAS", "MAPLE", "ORBIT"]
XOR_KEYS = ["0x5a", "0x3c", "0x71"]
RC4_KEYS = ["w1nd0ws-legacy", "acme-rc4-2009", "s3cr3t-k3y"]


def token(rng, i):
    typ, vendor, spec = TOKENS[i % len(TOKENS)]
    v = gh_token("ghp_", rng) if spec is None else gen(spec, rng)
    return typ, vendor, v


def greek_ok(t):
    return sum(c in "ABEHIKMNOPTXYZoviu" for c in t) >= 4


def build(forbidden):
    rng = random.Random(SEED)
    recs = []; n = 0
    for enc in sorted(SPEC):
        kind, hint, frame = SPEC[enc]
        for w in range(3):
            while True:
                typ, vendor, tok = token(rng, n); n += 1
                if tok in forbidden: continue
                if enc == "greek_homoglyph" and not greek_ok(tok): continue
                break
            key = None
            if enc == "vigenere_repeating_key": key = VIG_KEYS[w]
            elif enc == "columnar_transposition_keyed": key = COL_KEYS[w]
            elif enc == "single_byte_xor_base64_keyed": key = XOR_KEYS[w]
            elif enc == "rc4_keyed_hex": key = RC4_KEYS[w]
            elif enc == "substitution_alphabet_keyed":
                al = list(string.ascii_lowercase); rng.shuffle(al); key = "".join(al)
            val = ENC[enc](tok, key, rng)
            h = hint.replace("{K}", key or "")
            fr = frame.replace("{V}", mk(val, typ, plain=tok))
            text, spans = render(WORDINGS[w].format(who=WHO[n % len(WHO)], vendor=vendor, hint=h, frame=fr))
            sp = spans[0]; sp["encoding"] = enc
            if enc in KEYED:
                sp["encoding_key"] = key
            recs.append(dict(container=kind, encoding=enc, text=text, secrets=[sp], source=SRC % "gen_evasions"))
    return recs
