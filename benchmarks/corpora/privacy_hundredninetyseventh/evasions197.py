"""Evasion source: 22 notations x 3 records; every span decodes back to its plain with dec197."""
import random

import common197 as C
import enc197

SEED = 19705

PLAIN_TYPES = [
    ("midway_evasion_genset_panel_password",
     "owner-chosen password of the generator control panel (joiners - _ . only)",
     lambda r: C.owner_pw(r, strict=True),
     "the generator panel password"),
    ("midway_evasion_ride_key_switch_code",
     "`rks_` + 20 base62, code that unlocks a ride's operator key switch (prefix invented)",
     lambda r: "rks_" + C.rs(r, C.ALNUM, 20),
     "the key-switch code for the waltzer"),
    ("midway_evasion_cash_float_safe_token",
     "`cfs-` + 16 lower-case alphanumerics, token that opens the cash-float safe in the box office (prefix invented)",
     lambda r: "cfs-" + C.rs(r, C.LOWALNUM, 16),
     "the float safe token"),
]
WORDINGS = [
    ("showmen_gazette_puzzle_corner", "Puzzle corner, Showmen's Gazette: {what} is written {rule}:\n{run}\n{remark}\n",
     "First correct answer to the office wins a bag of candyfloss."),
    ("circus_programme_riddle_page", "Riddle page of the circus programme (crew copy only) - {what}, {rule}:\n{run}\n{remark}\n",
     "Ringmaster says: solve it before the matinee or ask him at the wagon."),
    ("market_trader_newsletter_quiz", "Market traders' newsletter quiz. For the night-market crew, here is {what}, {rule}:\n{run}\n{remark}\n",
     "Answers on the board by the generator next week."),
]


def ok_run(plain, run):
    return run != plain and plain not in run and run == run.strip() and "\n" not in run


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for k, (enc, (_fam, rule, fn)) in enumerate(enc197.ENCODINGS.items()):
        for j in range(3):
            tname, _desc, pgen, what = PLAIN_TYPES[(k + j) % 3]
            wname, fmt, remark = WORDINGS[j]
            for _ in range(200):
                plain = pgen(rng)
                if not reg.ok(plain):
                    continue
                run = fn(plain, rng)
                if ok_run(plain, run) and reg.ok(run):
                    break
            else:
                raise RuntimeError("no evasion drawn for %s" % enc)
            reg.add(plain)
            reg.add(run)
            text = fmt.format(what=what, rule=rule, run=C.MARK, remark=remark)
            text, s, e = C.place(text, run)
            recs.append({"id": "%s-e-%04d" % (C.PREFIX, n), "type": tname, "container": "%s__%s" % (enc, wname),
                         "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain, "encoding": enc}],
                         "source": "evasion"})
            n += 1
    return recs
