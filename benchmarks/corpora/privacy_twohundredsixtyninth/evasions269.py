"""Evasions: 22 encodings x 3 types; each text states the rule in words, then ':' and a newline,
the encoded run on its own line, then a one-line remark."""
import random
import re

import common269 as C
import enc269

TYPES = [
    ('brooder_house_door_evasion_password', 'the code of the brooder-house door panel at Caldermere',
     'owner-chosen code of the brooder-house door panel (world word + one of `- _ .` + a tail: the strict password form)'),
    ('grader_engineer_evasion_service_code', "the grader engineer's service code",
     '`GES-` + 10 upper-case alphanumerics: service code that opens the engineer pages of the Westfold grader (prefix invented)'),
    ('flock_app_evasion_api_token', "the flock app's API token",
     '`fla_` + 18 base62: API token of the flock app that Spurwing runs for Hollinbrook (prefix invented)'),
]
WORDINGS = ['hatchery_open_day_quiz_card', 'egg_club_newsletter_brainteaser', 'packing_shift_break_puzzle_sheet']
INTRO = {
    'hatchery_open_day_quiz_card': 'Caldermere open-day quiz card: %s is hidden below, one character per puzzle, set out ',
    'egg_club_newsletter_brainteaser': 'Egg club newsletter brainteaser: solve the puzzles to read %s, one character each, set out ',
    'packing_shift_break_puzzle_sheet': 'Westfold break-time puzzle sheet: %s for the night shift is spelled out one character per puzzle, set out ',
}
REMARK = {
    'hatchery_open_day_quiz_card': 'Hand your card in at the chick room window for a sticker.',
    'egg_club_newsletter_brainteaser': 'The first member to bring the answer to the next meeting wins a tray of eggs.',
    'packing_shift_break_puzzle_sheet': 'Put the sheet back in the canteen drawer when you have finished.',
}
PLAIN_SHAPES = {
    'brooder_house_door_evasion_password': None,
    'grader_engineer_evasion_service_code': re.compile(r'^GES-[A-Z0-9]{10}$'),
    'flock_app_evasion_api_token': re.compile(r'^fla_[0-9A-Za-z]{18}$'),
}


def wording_for(i, j):
    return WORDINGS[(2 * i + j + 1) % 3]


def gen_plain(j, rng):
    if j == 0:
        return C.make_password(rng, C.STRICT_JOINERS, cap=0.35)
    if j == 1:
        return 'GES-' + C.rstr(rng, C.UPALNUM, 10)
    return 'fla_' + C.rstr(rng, C.B62, 18)


def plain_ok(t, p):
    if t == 'brooder_house_door_evasion_password':
        return C.is_world_password(p, strict=True)
    return bool(PLAIN_SHAPES[t].match(p))


def build(reg, seed=26905):
    rng = random.Random(seed)
    recs = []
    for i, enc in enumerate(enc269.NAMES):
        for j, (t, what, _desc) in enumerate(TYPES):
            w = wording_for(i, j)
            while True:
                plain = gen_plain(j, rng)
                if not reg.ok(plain):
                    continue
                run = enc269.encode(enc, plain, rng)
                if plain in run or run != run.strip() or '\n' in run or not reg.ok(run):
                    continue
                if C.PW_FORM_ANY.search(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            head = (INTRO[w] % what) + enc269.ENCODINGS[enc][2] + ':\n'
            text = head + run + '\n' + REMARK[w]
            recs.append({'type': t, 'container': enc + '__' + w, 'encoding': enc, 'text': text,
                         'secrets': [{'value': run, 'start': len(head), 'end': len(head) + len(run), 'type': t,
                                      'plain': plain, 'encoding': enc}], 'source': 'evasion'})
    return recs
