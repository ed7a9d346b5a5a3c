"""Evasions: 33 encodings x 3 wordings, one encoded secret per record (seed 22005)."""
import random
from common import shape, github_token, rs
from gen_encodings import ENC, HOMO

SEED = 22005

TOK = {
 'github_classic_pat': ('GitHub token', lambda r: github_token(r, 'ghp_')),
 'npm_access_token': ('npm publish token', lambda r: github_token(r, 'npm_')),
 'gitlab_personal_access_token': ('GitLab token', lambda r: 'glpat-' + shape(r, '{url20}')),
 'slack_bot_token': ('Slack bot token', lambda r: 'xoxb-' + shape(r, '{digits12}-{digits13}-{alnum24}')),
 'huggingface_access_token': ('Hugging Face token', lambda r: 'hf_' + shape(r, '{letters34}')),
 'dockerhub_personal_access_token': ('Docker Hub token', lambda r: 'dckr_pat_' + shape(r, '{url27}')),
 'digitalocean_personal_access_token': ('DigitalOcean token', lambda r: 'dop_v1_' + shape(r, '{hex64}')),
 'sendgrid_api_key': ('SendGrid key', lambda r: 'SG.' + shape(r, '{url22}.{url43}')),
}

WORDINGS = {
 'standup_chat_aside': "[09:%02d] {who}: quick aside before standup, here is the {label} for {proj} ({desc}): {enc}\n[09:%02d] {who2}: got it, will decode it locally",
 'commit_message_footnote': "chore(ci): stop echoing env in the deploy job\n\nRotation is tracked separately. Until then the {label} is below, {desc}:\n\n{enc}\n\nSigned-off-by: {who} <{mail}@corp.example>",
 'voicemail_transcript_note': "Voicemail transcript (automatic): Hi, it's {who}. I put the {label} for {proj} in the shared note so it isn't in plain text (encoding: {desc}). The note says: {enc} . Call me back if it doesn't work.",
}
WHO = ['Noor', 'Bastian', 'Keiko', 'Rafael', 'Ines', 'Olek', 'Maeve', 'Tariq']
PROJ = ['billing-api', 'the mobile build', 'nightly ETL', 'the docs site', 'staging', 'the release job']
COLKEYS = ['ZEBRAS', 'PLANET', 'WHISKY', 'FACTOR', 'GLYPHS', 'JUMBO']
WORDKEYS = ['harbor', 'lantern', 'quince', 'marble', 'thistle', 'copper']


def _key(r, enc):
    if enc == 'gronsfeld_digits_keyed':
        return ''.join(str(r.randint(1, 9)) for _ in range(r.randint(4, 6)))
    if enc == 'columnar_transposition_keyed':
        return r.choice(COLKEYS)
    if enc in ('keyword_alphabet_substitution_keyed', 'porta_cipher_keyed'):
        return r.choice(WORDKEYS)
    if enc == 'byte_add_mod256_hex_keyed':
        return str(r.randint(7, 200))
    return None


def build(avoid):
    r = random.Random(SEED)
    recs = []
    tnames = sorted(TOK)
    for enc in sorted(ENC):
        fn, keyed, desc = ENC[enc]
        for w in sorted(WORDINGS):
            while True:
                t = r.choice(tnames)
                plain = TOK[t][1](r)
                if plain in avoid:
                    continue
                if enc == 'z85_zeromq' and len(plain.encode()) % 4:
                    continue
                if enc == 'cyrillic_homoglyph_swap' and not any(c in HOMO for c in plain):
                    continue
                break
            key = _key(r, enc)
            value = fn(plain, key)
            d = desc.format(key=key) if keyed else desc
            tpl = WORDINGS[w]
            if '%02d' in tpl:
                tpl = tpl % (r.randint(0, 29), r.randint(30, 59))
            text = tpl.format(who=r.choice(WHO), who2=r.choice(WHO), label=TOK[t][0], proj=r.choice(PROJ),
                                      desc=d, enc=value, mail=rs(r, 'abcdefghijklmnopqrstuvwxyz', 6))
            ex = {'plain': plain, 'encoding': enc}
            if keyed:
                ex['encoding_key'] = key
            recs.append((enc + '__' + w, text, [(value, t, ex)], enc))
    return recs
