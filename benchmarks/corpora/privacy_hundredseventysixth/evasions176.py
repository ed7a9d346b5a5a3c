"""Evasion records: 22 notations x 3, each run decoded back by dec176 at build time."""
import random

from common176 import B62, HEX, JOINERS_SAFE, owner_password, rs
from enc176 import ENCODINGS, RULES, encode

SEED = 17605

ETYPES = [
    ("tune_evasion_bench_password", "the repair-bench PC password",
     "owner-chosen password of the repair-bench PC (joiners - _ . only)", lambda r: owner_password(r, JOINERS_SAFE)),
    ("tune_evasion_valuation_key", "the valuation API key",
     "`ivk_` + 16 base62 valuation API key (prefix invented)", lambda r: "ivk_" + rs(r, B62, 16)),
    ("tune_evasion_firmware_hmac_hex", "the first 24 hex digits of the firmware HMAC key",
     "24 lower-case hex characters of the firmware-signing HMAC key", lambda r: rs(r, HEX, 24)),
]
WORDINGS = [
    ("repair_bench_riddle_tag",
     "Tag taped under repair bench 3: {what}, written {rule}:\n{run}\nIf you can read this you can log in; don't tell the customers."),
    ("band_room_whiteboard_puzzle",
     "Band-room whiteboard puzzle of the week: {what}, written {rule}:\n{run}\nFirst section leader to decode it gets the good music stand."),
    ("tuner_newsletter_brain_teaser",
     "Tuners' newsletter brain teaser: {what}, written {rule}:\n{run}\nAnswer in next month's issue (and please don't actually use it)."),
]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    no = 1
    for enc in ENCODINGS:
        for j in range(3):
            tname, what, _desc, gen = ETYPES[j]
            wname, wtpl = WORDINGS[j]
            for _ in range(500):
                plain = gen(rng)
                if enc == "z85_zeromq" and len(plain.encode()) % 4:
                    continue
                run = encode(enc, plain, rng)
                if plain in run or run != run.strip() or not reg.ok(plain) or not reg.ok(run):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + enc)
            reg.add(plain)
            reg.add(run)
            head = wtpl.split("{run}")[0].replace("{what}", what).replace("{rule}", RULES[enc])
            tail = wtpl.split("{run}")[1]
            text = head + run + tail
            start = len(head)
            recs.append({
                "id": "p176-e-%04d" % no, "type": tname, "container": enc + "__" + wname, "encoding": enc,
                "text": text,
                "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                             "plain": plain, "encoding": enc}],
                "source": "evasion",
            })
            no += 1
    return recs
