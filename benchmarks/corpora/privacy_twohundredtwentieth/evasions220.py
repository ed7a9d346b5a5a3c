"""Evasion source: 22 encodings x 3 secret types."""
import random

from common220 import B62, LALNUM, SLOT, rs, owner_password
from enc220 import ENCODINGS, enc

SEED = 22005
TYPES = [
    ("kart_evasion_timing_office_pc_password", "the password of the timing-office PC",
     "owner-chosen password of the timing-office PC (joiners - _ . only)"),
    ("paintball_evasion_armoury_unlock_code", "the armoury unlock code",
     "`arm_` + 16 base62; code that unlocks the marker and mask armoury door (prefix invented)"),
    ("lasertag_evasion_vest_master_token", "the vest master token",
     "`vmt-` + 20 lower-case alphanumerics; token that puts every laser-tag vest into admin mode (prefix invented)"),
]
WORDINGS = [
    ("pit_lane_noticeboard_riddle", "Pit-lane noticeboard riddle: {what} is given {rule}:\n{run}\nFirst marshal to crack it buys the teas."),
    ("marshal_briefing_quiz", "Marshal briefing quiz, question 4 – here is {what}, {rule}:\n{run}\nAnswers to race control before the first heat."),
    ("venue_newsletter_puzzle", "Venue newsletter puzzle corner. This month {what} appears {rule}:\n{run}\nNo prizes, just bragging rights."),
]


def plain_for(j, rng):
    if j == 0:
        return owner_password(rng, "-_.")
    if j == 1:
        return "arm_" + rs(rng, B62, 16)
    return "vmt-" + rs(rng, LALNUM, 20)


def records(prefix, reg):
    rng = random.Random(SEED)
    recs = []
    n = 1
    for i, (ename, family, rule) in enumerate(ENCODINGS):
        for j, (tname, what, _desc) in enumerate(TYPES):
            wname, wtpl = WORDINGS[(i + j) % 3]
            while True:
                plain = plain_for(j, rng)
                run = enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            reg.hidden.append(plain)
            tpl = wtpl.format(what=what, rule=rule, run=SLOT)
            start = tpl.index(SLOT)
            text = tpl.replace(SLOT, run)
            recs.append({"id": "%s-e-%04d" % (prefix, n), "type": tname, "container": "%s__%s" % (ename, wname),
                         "encoding": ename, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": plain, "encoding": ename}],
                         "source": "evasion"})
            n += 1
    return recs
