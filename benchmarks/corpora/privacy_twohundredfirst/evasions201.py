"""Evasions: 22 encodings x 3 records."""
import random

from common201 import BASE62, LALNUM, owner_password, rstr
from enc201 import ENCODINGS, enc

SEED = 20105

PLAIN_TYPES = [
    ("tabletop_evasion_back_office_pc_password", "the back-office PC password",
     "owner-chosen password of the shop's back-office PC (joiners - _ . only)",
     lambda rng: owner_password(rng, strict=True)),
    ("tabletop_evasion_till_drawer_unlock_code", "the till drawer unlock code",
     "`tdu_` + 16 base62, unlock code of the cafe till's cash drawer service mode (prefix invented)",
     lambda rng: "tdu_" + rstr(rng, BASE62, 16)),
    ("tabletop_evasion_lan_switch_enable_token", "the LAN switch enable token",
     "`lse-` + 20 lower-case alphanumerics, enable token of the LAN-party core switch (prefix invented)",
     lambda rng: "lse-" + rstr(rng, LALNUM, 20)),
]

WORDINGS = [
    ("cafe_newsletter_riddle_box", "Riddle box of the month: {what}, written {rule}:\n{run}\nFirst staff member to decode it gets a free flat white.\n"),
    ("lan_party_scavenger_hunt_clue", "Scavenger hunt clue #7 - {what}, written {rule}:\n{run}\nBring the decoded value to the admin desk, not to the chat.\n"),
    ("game_night_quiz_card", "Staff quiz card: {what}, written {rule}:\n{run}\nAnswers go in the sealed envelope behind the till.\n"),
]


def generate(reg, start_index=1):
    rng = random.Random(SEED)
    recs = []
    idx = start_index
    names = list(ENCODINGS)
    for ei, name in enumerate(names):
        family, rule = ENCODINGS[name]
        for ti, (typ, what, _desc, gen) in enumerate(PLAIN_TYPES):
            wname, wtmpl = WORDINGS[(ei + ti) % 3]
            for _ in range(1000):
                plain = gen(rng)
                run = enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if reg.ok(plain) and reg.ok(run):
                    reg.add(plain)
                    reg.add(run)
                    break
            else:
                raise RuntimeError("no plain for " + name)
            head = wtmpl.split("{run}")[0].format(what=what, rule=rule)
            text = wtmpl.format(what=what, rule=rule, run=run)
            start = len(head)
            span = {"value": run, "start": start, "end": start + len(run), "type": typ,
                    "plain": plain, "encoding": name}
            recs.append({"id": "p201-e-%04d" % idx, "type": typ, "container": "%s__%s" % (name, wname),
                         "encoding": name, "text": text, "secrets": [span], "source": "evasion"})
            idx += 1
    return recs
