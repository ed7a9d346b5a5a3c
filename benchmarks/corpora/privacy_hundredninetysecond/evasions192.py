"""Evasion source: 22 notations x 3 records (one per evasion type)."""
import random

import common192 as C
import enc192
from common192 import MARK

SEED = 19205

ETYPES = [
    ("campsite_evasion_reception_pc_password", "owner-chosen password of the reception PC (joiners - _ . only)",
     lambda r: C.owner_password(r, strict=True),
     "The reception PC password for this week, written"),
    ("campsite_evasion_barrier_api_token", "`bgt_` + 20 base62, API token of the barrier controller (prefix invented)",
     lambda r: "bgt_" + C.rs(r, C.B62, 20),
     "Barrier controller API token for the late-arrivals script, written"),
    ("campsite_evasion_meter_uplink_key", "`mqk-` + 18 lower-case alphanumerics, uplink key of the hook-up meter nodes (prefix invented)",
     lambda r: "mqk-" + C.rs(r, C.LOWER_ALNUM, 18),
     "Uplink key for the new hook-up meter nodes, written"),
]
WORDINGS = [
    ("campsite_newsletter_puzzle_corner", "Puzzle corner. ", "Answers in next month's newsletter – no prizes for guessing what it unlocks."),
    ("reception_noticeboard_riddle", "Pinned on the staff side of the reception noticeboard: ", "Decode it yourself, then take this note down."),
    ("warden_hut_quiz_sheet", "Warden hut quiz, question 7. ", "First warden to decode it buys the bacon rolls."),
]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    names = list(enc192.ENCODINGS)
    for ei, name in enumerate(names):
        fn, rule, fam = enc192.ENCODINGS[name]
        for ti, (etype, _desc, gen, lead) in enumerate(ETYPES):
            wname, wpre, remark = WORDINGS[(ei + ti) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = fn(plain, rng)
                if (plain not in run and run != plain and run == run.strip() and "\n" not in run
                        and reg.ok(plain) and reg.ok(run)):
                    break
            else:
                raise RuntimeError("no plain for " + name)
            reg.add(plain)
            reg.add(run)
            tmpl = "%s%s %s:\n%s\n%s\n" % (wpre, lead, rule, MARK, remark)
            text, s, e = C.place(tmpl, run)
            out.append({
                "type": etype, "container": name + "__" + wname, "encoding": name, "text": text,
                "secrets": [{"value": run, "start": s, "end": e, "type": etype, "plain": plain, "encoding": name}],
                "source": "evasion",
            })
    return out
