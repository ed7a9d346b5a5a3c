"""Evasions: 22 encodings x 3 records; the span is the whole encoded run."""
import random

from common182 import world_password, rstr, B62, HEXL
from enc182 import ENCODINGS

SEED = 18205

ETYPES = [
    ("wash_evasion_bay_controller_password", "owner-chosen password of the wash-bay controller (joiners - _ . only)",
     "the bay-controller login", lambda r: world_password(r, "-_.")),
    ("wash_evasion_lpr_gateway_key", "`lpr_` + 16 base62, key of the plate-camera gateway (prefix invented)",
     "the plate-camera gateway key", lambda r: "lpr_" + rstr(r, B62, 16)),
    ("wash_evasion_dosing_key_hex", "28 lower-case hex characters of the dosing-controller telemetry key",
     "the dosing-controller telemetry key", lambda r: rstr(r, HEXL, 28)),
]
WORDINGS = [
    ("wash_bay_breakroom_puzzle_sheet",
     "Break-room puzzle #«N» – here is «NOUN», written «RULE»:\n«RUN»\nFirst one to crack it gets a free ceramic wash on Friday.\n"),
    ("detailing_newsletter_cipher_corner",
     "Cipher corner (studio newsletter, issue «N»). This month we hid «NOUN» in plain sight, «RULE»:\n«RUN»\nSend your answer to the studio lead, not to the group chat.\n"),
    ("tyre_shop_counter_riddle_card",
     "Counter riddle card «N» – «NOUN», «RULE»:\n«RUN»\nDecode it before the spring swap rush starts.\n"),
]


def acceptable(name, plain, run):
    if plain in run or "\n" in run or run != run.strip() or not run:
        return False
    if name == "cyrillic_homoglyph_swap" and sum(1 for a, b in zip(plain, run) if a != b) < 2:
        return False
    return True


def generate(reg, start_id):
    rng = random.Random(SEED)
    out = []
    n = start_id
    for ei, (name, (rule, _fam, enc)) in enumerate(ENCODINGS.items()):
        for j in range(3):
            typ, _desc, noun, gen = ETYPES[j]
            for _ in range(500):
                plain = gen(rng)
                run = enc(plain, rng)
                if acceptable(name, plain, run) and reg.ok(plain) and reg.ok(run):
                    break
            else:
                raise RuntimeError("no acceptable plain for " + name)
            reg.add(plain)
            reg.add(run)
            wname, wtpl = WORDINGS[(ei + j) % 3]
            t = wtpl.replace("«N»", str(rng.randint(3, 48))).replace("«NOUN»", noun).replace("«RULE»", rule)
            i = t.index("«RUN»")
            text = t[:i] + run + t[i + 5:]
            out.append({"id": "p182-e-%04d" % n, "type": typ, "container": name + "__" + wname, "encoding": name,
                        "text": text,
                        "secrets": [{"value": run, "start": i, "end": i + len(run), "type": typ, "plain": plain,
                                     "encoding": name}],
                        "source": "evasion"})
            n += 1
    return out
