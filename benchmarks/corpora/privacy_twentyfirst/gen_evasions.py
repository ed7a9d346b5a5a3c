from common import *
from gen_encodings import ENC, KEYED
KEYS = {'rail_fence_keyed': ['rails=3', 'rails=4', 'rails=5'], 'beaufort_cipher_keyed': ['lantern', 'copper', 'meadow'],
        'autokey_vigenere_keyed': ['harbor', 'pickle', 'summit'], 'repeating_xor_hex_keyed': ['k3y!', 'Zq9#', 'owl7']}
DESC = {
 'rot47_printable': 'ROT47', 'atbash_letters': 'Atbash (a<->z on letters)', 'rot13_then_base64': 'ROT13 and then base64',
 'hex_then_base64': 'hex, then base64 of the hex', 'double_base64': 'base64 twice', 'zlib_base64': 'zlib-compressed + base64',
 'lzma_xz_base64': 'xz (lzma) + base64', 'binary_octets_spaced': 'binary bytes', 'octal_bytes_spaced': 'octal bytes',
 'nato_phonetic_spelled': 'NATO alphabet (UPPER word = capital letter)', 'url_percent_encoded_all': 'fully percent-encoded',
 'html_decimal_entities': 'HTML decimal entities', 'css_hex_escapes': 'CSS hex escapes', 'python_bytes_literal_hex': 'a Python bytes literal',
 'base32_crockford': 'Crockford base32', 'z_base32': 'z-base-32', 'base58_flickr_bigint': 'base58 (Flickr alphabet)',
 'hexdump_canonical_block': 'hexdump -C output', 'braille_byte_patterns': 'Braille byte patterns (U+2800 + byte)',
 'rail_fence_keyed': 'rail fence cipher', 'beaufort_cipher_keyed': 'Beaufort cipher', 'autokey_vigenere_keyed': 'autokey Vigenere',
 'repeating_xor_hex_keyed': 'repeating-key XOR, hex', 'qwerty_left_shift_typo': 'every key typed one to the left on QWERTY',
 'filler_char_interleaved': 'with a * after every character (drop the stars)', 'zero_width_space_interleaved': 'zero-width spaces between characters',
 'xxencode_begin_block': 'xxencode', 'mysql_unhex_call': 'MySQL UNHEX', 'js_fromcharcode_call': 'String.fromCharCode',
 'python_chr_list_join': 'chr() codes', 'perl_pack_h_star': 'Perl pack H*', 'adjacent_pair_swapped': 'each pair of characters swapped',
 'circled_alphanumerics_nfkc': 'circled letters (NFKC them back)',
}
W = {
 'pairing_session_note': "pairing notes 11:40 – token for the staging deploy, {D}{K}:\n{{A}}\n(decode before use)",
 'dotfile_comment_hint': "# deploy token, stored as {D}{K} so grep won't catch it\n# {{A}}\nexport DEPLOY_TOKEN_FILE=~/.cache/deploy",
 'helpdesk_reply_hint': "Hi Sam, as requested here is the service token. It's {D}{K} – decode it on your side:\n\n{{A}}\n\nBest, IT",
}
def token(r, i):
    k = i % 6
    if k == 0: return 'github_classic_pat', gh_token(r, 'ghp_')
    if k == 1: return 'npm_access_token', gh_token(r, 'npm_')
    if k == 2: return 'huggingface_access_token', 'hf_' + rs(r, U + L, 34)
    if k == 3: return 'slack_bot_token', 'xoxb-%d-%d-%s' % (r.randint(10**10, 10**12), r.randint(10**12, 10**13), rs(r, AN, 24))
    if k == 4: return 'stripe_live_secret_key', 'sk_live_51' + rs(r, AN, 30)
    return 'gitlab_personal_access_token', 'glpat-' + rs(r, AN + '-_', 20)

def gen(r, forbidden):
    recs = []; i = 0
    for enc in sorted(ENC):
        for j, w in enumerate(sorted(W)):
            while True:
                t, plain = token(r, i)
                if plain in forbidden or (enc == 'qwerty_left_shift_typo' and any(c in 'qazQAZ`~' for c in plain)):
                    i += 1; continue
                break
            i += 1
            key = KEYS[enc][j] if enc in KEYED else None
            v = ENC[enc](plain, key)
            kt = (' (key: %s)' % key) if key else ''
            tpl = W[w].replace('{D}', DESC[enc]).replace('{K}', kt)
            text, spans = render(tpl, {'A': (v, t, plain)})
            spans[0]['encoding'] = enc
            if key: spans[0]['encoding_key'] = key
            recs.append({'type': t, 'container': enc + '__' + w, 'text': text, 'secrets': spans, 'source': 'evasion', 'encoding': enc})
    return recs
