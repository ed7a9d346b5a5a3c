"""Evasions: 22 encodings x 3 types; the text states the rule, then ':' newline, the run, then a remark."""
import random

import common254 as C
import dec254
import enc254

SEED = 25405

TYPES = [
    ('locker_service_menu_evasion_password',
     'the locker bank\'s service-menu password',
     'owner-chosen password of the locker bank\'s service menu: world word + one of `- _ .` + a short tail (the strict password form)'),
    ('grinder_plc_evasion_service_code',
     'the grinder PLC service code',
     '`gsc.` + 14 base62; service code that opens the engineer screens of the CNC grinder PLC (prefix invented)'),
    ('parts_sync_evasion_api_token',
     'the parts-sync API token',
     '`pst_` + 22 lower-case alphanumerics; API token of the parts-catalogue sync (prefix invented)'),
]
TYPE_NAMES = [t[0] for t in TYPES]

WORDINGS = {
    'cutlers_guild_quiz_sheet': (
        'Hallamshire tea-room quiz, question %d: %s is written %s',
        'First right answer on the board wins the biscuits.'),
    'repair_van_dashboard_puzzle': (
        'Note taped to the dashboard of repair van %d: %s is written %s',
        'Do not copy it into the tablet notes.'),
    'sharpening_stall_chalk_riddle': (
        'Chalked on the back of market stall board %d: %s is written %s',
        'Rub it off before we open.'),
}
WORDING_NAMES = list(WORDINGS)

import re as _re
PLAIN_RE = {
    'locker_service_menu_evasion_password': C.STRICT_PASSWORD_RE,
    'grinder_plc_evasion_service_code': _re.compile(r'^gsc\.[0-9A-Za-z]{14}$'),
    'parts_sync_evasion_api_token': _re.compile(r'^pst_[0-9a-z]{22}$'),
}


def gen_plain(rng, tname):
    if tname == 'locker_service_menu_evasion_password':
        return C.password(rng, strict=True, cap_p=0.3)
    if tname == 'grinder_plc_evasion_service_code':
        return 'gsc.' + C.rand_str(rng, C.ALNUM, 14)
    return 'pst_' + C.rand_str(rng, C.LOWER_ALNUM, 22)


def rule_phrase(enc_name):
    r = enc254.RULES[enc_name]
    return r if r.startswith('as ') else r


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, enc_name in enumerate(enc254.ENCODINGS):
        for j, (tname, what, _) in enumerate(TYPES):
            wording = WORDING_NAMES[(2 * i + j) % 3]
            for _ in range(200):
                plain = gen_plain(rng, tname)
                run = enc254.enc(enc_name, plain, rng)
                if plain in run or run == plain or run != run.strip() or '\n' in run:
                    continue
                if dec254.decode(enc_name, run) != plain:
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError((enc_name, tname))
            intro, remark = WORDINGS[wording]
            head = intro % (rng.randrange(2, 40), what, rule_phrase(enc_name)) + ':\n'
            text = head + run + '\n' + remark
            start = len(head)
            recs.append({'type': tname, 'container': enc_name + '__' + wording, 'encoding': enc_name, 'text': text,
                         'secrets': [{'value': run, 'start': start, 'end': start + len(run), 'type': tname,
                                      'plain': plain, 'encoding': enc_name}],
                         'source': 'evasion'})
    return recs
