"""Evasions: 22 encodings x 3 types; each text states its rule, then ':' and a
newline, the run on its own line, then a remark."""
import random
import re

import common271 as C
import enc271
import world271 as W

TYPES = [
    ('tasting_room_door_evasion_password', 'the new code of the tasting-room door panel',
     "owner-chosen code of the tasting-room door panel at Wrenfold (trade word + one of `- _ .` + a tail: the strict password form)"),
    ('blend_press_evasion_service_code', 'the service code of the blend press',
     "`BPS-` + 4 digits + `-` + 5 upper-case letters: service code that opens the engineer menu of the blend press (prefix invented)"),
    ('dispensary_feed_evasion_api_token', 'the API token of the dispensary feed',
     "`mdf_` + 14 base62: API token of the stock feed that Steepwise runs for Mallowmere's dispensary (prefix invented)"),
]
PLAIN_RE = {
    'tasting_room_door_evasion_password': W.PW_STRICT_RE,
    'blend_press_evasion_service_code': re.compile(r'^BPS-[0-9]{4}-[A-Z]{5}$'),
    'dispensary_feed_evasion_api_token': re.compile(r'^mdf_[0-9A-Za-z]{14}$'),
}
WORDINGS = {
    'tearoom_tray_cloth_riddle_card': (
        'Riddle card left under the tray cloth for the closing shift: {what} is spelled out below, one character at a time, each character written {rule}:\n',
        'Work it out with a pencil and put the card back under the cloth.'),
    'blending_house_canteen_quiz_sheet': (
        'Canteen quiz sheet, week {n}: whoever works out {what} first wins a tin of the second flush; every character is given {rule}:\n',
        'Answers to the quiz box by the kettle, not on the group chat.'),
    'apothecary_newsletter_brain_teaser': (
        'Brain teaser from the Mallowmere staff newsletter: {what} is hidden here one character at a time, each character written {rule}:\n',
        'The solution follows in next month\'s issue.'),
}
WORDING_NAMES = list(WORDINGS)
ENCODING_NAMES = list(enc271.ENCODINGS)


def plain(tname, rng):
    if tname == 'tasting_room_door_evasion_password':
        return W.password(rng, W.STRICT_JOINERS, 0.35)
    if tname == 'blend_press_evasion_service_code':
        return 'BPS-%s-%s' % (C.rstr(rng, C.DIGITS, 4), C.rstr(rng, C.UPPER, 5))
    return 'mdf_' + C.rstr(rng, C.B62, 14)


def wording_for(i, j):
    return WORDING_NAMES[(2 * i + j + 1) % 3]


def build(reg, seed=27105):
    rng = random.Random(seed)
    recs = []
    for i, enc in enumerate(ENCODING_NAMES):
        _, _, rule = enc271.ENCODINGS[enc]
        for j, (tname, what, _) in enumerate(TYPES):
            wname = wording_for(i, j)
            head, remark = WORDINGS[wname]
            for _ in range(200):
                p = plain(tname, rng)
                if not reg.ok(p):
                    continue
                run = enc271.encode(enc, p, rng)
                if p in run or run != run.strip() or '\n' in run or not reg.ok(run):
                    continue
                reg.add(p)
                reg.add(run)
                break
            else:
                raise RuntimeError('no plain for %s/%s' % (enc, tname))
            intro = head.format(what=what, rule=rule, n=rng.randint(3, 48))
            text = intro + run + '\n' + remark
            s = len(intro)
            recs.append({'type': tname, 'container': '%s__%s' % (enc, wname), 'encoding': enc, 'text': text,
                         'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': tname,
                                      'plain': p, 'encoding': enc}], 'source': 'evasion'})
    return recs
