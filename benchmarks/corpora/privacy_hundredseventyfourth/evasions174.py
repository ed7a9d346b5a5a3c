"""Evasion source: 22 notations x 3 records; the span is the whole encoded run."""
import random

import common174 as C
import enc174

SEED = 17405
TYPES = [
    ("bee_evasion_scale_gateway_password", "the hive-scale gateway admin password",
     lambda r: C.owner_password(r, C.JOIN_SAFE)),
    ("bee_evasion_sensor_ingest_key", "the hive-sensor ingest key",
     lambda r: "hsk_" + C.rs(r, C.B62, 16)),
    ("bee_evasion_lorawan_appkey_hex", "the LoRaWAN AppKey of the new hive node",
     lambda r: C.rs(r, "0123456789ABCDEF", 32)),
]
WORDINGS = [
    ("honey_house_riddle_card", "Riddle card pinned above the extractor: {what} is written {rule}:\n{run}\nFirst one to log in gets the last jar of heather honey."),
    ("apiary_shed_chalkboard_puzzle", "Chalkboard in the apiary shed - so nobody walking past can read it, {what} is written {rule}:\n{run}\nWipe the board once you have typed it in."),
    ("bee_club_newsletter_quiz", "Club newsletter, puzzle corner. This month {what} is given {rule}:\n{run}\nAnswers to the secretary before the AGM, not on the forum please."),
]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    names = list(enc174.ENCODINGS)
    for ei, enc in enumerate(names):
        fn, rule, _fam = enc174.ENCODINGS[enc]
        for j in range(3):
            typ, what, gen = TYPES[j]
            wname, wtpl = WORDINGS[(ei + j) % 3]
            for _ in range(500):
                plain = gen(rng)
                run = fn(plain)
                if plain in run or run != run.strip() or not reg.ok(plain) or not reg.ok(run):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + enc)
            reg.add(plain)
            reg.add(run)
            tpl = wtpl.format(what=what, rule=rule, run=C.MARK)
            rec = C.make_positive(tpl, run, typ, enc + "__" + wname, "evasion")
            rec["encoding"] = enc
            rec["secrets"][0]["plain"] = plain
            rec["secrets"][0]["encoding"] = enc
            recs.append(rec)
    return recs
