"""Evasions: 22 encodings x 3 types; each text states its rule, then ':' newline, the run, newline, a remark."""
import random
import re

import common255 as C
import enc255

SEED = 25505
TYPES = [
    ('organ_room_pc_evasion_password', 'the password of the organ-room PC',
     "owner-chosen password of the perfumer's organ-room PC (joiners - _ . only)"),
    ('melt_tank_evasion_service_code', 'the service code of the melt-tank controller',
     '`wms_` + 16 base62; service code that opens the engineer menu of the melt-tank controller (prefix invented)'),
    ('formula_vault_evasion_api_token', 'the API token of the formula vault',
     '`fva-` + 22 lower-case alphanumerics; API token of the formula vault (prefix invented)'),
]
WORDINGS = [
    ('workshop_chalkboard_puzzle',
     'Chalkboard by the pour station, Friday: for whoever opens up tomorrow, %s is written %s:\n',
     "Rub it off once you're in."),
    ('soap_guild_newsletter_brainteaser',
     'Brainteaser from the staff copy of the soap guild newsletter: %s is written %s:\n',
     'Answers at the Thursday meet - please do not post it on the forum.'),
    ('candle_class_handout_quiz',
     'Back page of the tutor handout for the candle class: %s is written %s:\n',
     'Tutors only - shred after the session.'),
]
PLAIN_RE = {
    'organ_room_pc_evasion_password': C.STRICT_PASSWORD_RE,
    'melt_tank_evasion_service_code': re.compile(r'^wms_[0-9A-Za-z]{16}$'),
    'formula_vault_evasion_api_token': re.compile(r'^fva-[a-z0-9]{22}$'),
}


def gen_plain(j, rng):
    if j == 0:
        return C.password(rng, strict=True)
    if j == 1:
        return 'wms_' + C.rand_str(rng, C.BASE62, 16)
    return 'fva-' + C.rand_str(rng, C.LALNUM, 22)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    plains = []
    for i, (enc, rule) in enumerate(enc255.ENCODINGS):
        for j, (tname, what, _) in enumerate(TYPES):
            wname, head, remark = WORDINGS[(2 * i + j) % 3]
            for _ in range(200):
                plain = gen_plain(j, rng)
                if not reg.ok(plain):
                    continue
                run = enc255.enc(enc, plain, rng)
                if plain in run or run == plain or run != run.strip() or '\n' in run or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError('no plain for %s' % enc)
            plains.append(plain)
            prefix = head % (what, rule)
            text = prefix + run + '\n' + remark
            s = len(prefix)
            recs.append({'type': tname, 'container': '%s__%s' % (enc, wname), 'encoding': enc, 'text': text,
                         'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': tname,
                                      'plain': plain, 'encoding': enc}], 'source': 'evasion'})
    return recs, plains
