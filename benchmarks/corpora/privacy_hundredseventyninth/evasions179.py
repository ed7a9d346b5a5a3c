"""Evasion records: a secret written in a reversible notation, the rule stated in words."""
import random
from common179 import B62, HEXL, rstr, owner_password
import enc179

SEED = 17905
TYPES = [
    ("bloom_evasion_relay_password", "owner-chosen password of the florist relay terminal (joiners - _ . only)",
     lambda r: owner_password(r, "-_."), "the relay terminal password"),
    ("bloom_evasion_ticketing_key", "`tix_` + 16 base62 ticketing API key (prefix invented)",
     lambda r: "tix_" + rstr(r, B62, 16), "the door-scanner ticketing key"),
    ("bloom_evasion_van_key_hex", "26 lower-case hex characters of the van tracker key",
     lambda r: rstr(r, HEXL, 26), "the van tracker key"),
]
WORDINGS = [
    ("florist_cold_room_riddle_card", "Riddle card taped inside the cold-room door (florist team).",
     "First to crack it skips the 6 a.m. flower-market run."),
    ("wedding_planner_newsletter_puzzle", "Studio newsletter, puzzle corner.",
     "Answers go to the planning desk before Friday's tasting."),
    ("venue_staffroom_whiteboard_cipher", "Photo of the venue staff-room whiteboard, transcribed.",
     "Rub it off once the Saturday crew has noted it down."),
]


def generate(reg):
    r = random.Random(SEED)
    recs = []
    n = 0
    for ei, name in enumerate(enc179.ENCODINGS):
        _fam, rule, _fn = enc179.ENCODINGS[name]
        for j in range(3):
            tname, _desc, gen, what = TYPES[(ei + j) % 3]
            wname, intro, remark = WORDINGS[j]
            for _ in range(200):
                plain = gen(r)
                run = enc179.encode(name, plain, r)
                if (plain not in run and run == run.strip() and "\n" not in run
                        and reg.ok(plain) and reg.ok(run)):
                    break
            else:
                raise RuntimeError("no usable plain for " + name)
            reg.add(plain)
            reg.add(run)
            head = f"{intro} {what[0].upper() + what[1:]} is given below {rule}:\n"
            text = head + run + "\n" + remark
            n += 1
            recs.append({
                "id": f"p179-e-{n:04d}", "type": tname, "container": f"{name}__{wname}", "encoding": name,
                "text": text,
                "secrets": [{"value": run, "start": len(head), "end": len(head) + len(run), "type": tname,
                             "plain": plain, "encoding": name}],
                "source": "evasion"})
    return recs
