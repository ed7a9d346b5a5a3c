"""Evasion records: 22 notations x 3 plains."""
import random

import enc198
from common198 import SEED_EVASION, owner_password, rs, B62, HEX

EV_TYPES = [
    ("squeegee_evasion_round_office_pc_password", "owner-chosen password of the round office PC (joiners - _ . only)",
     lambda r: owner_password(r, True), "the round office PC password"),
    ("squeegee_evasion_tank_gateway_unlock_token", "`tgu_` + 20 base62, unlock token of the van tank gateway's service mode (prefix invented)",
     lambda r: "tgu_" + rs(r, B62, 20), "the tank gateway unlock token"),
    ("squeegee_evasion_franchise_vault_master_code", "`fvm-` + 16 lower-case hex, master code of the franchise document vault (prefix invented)",
     lambda r: "fvm-" + rs(r, HEX, 16), "the franchise vault master code"),
]

WORDINGS = [
    ("crew_newsletter_puzzle_corner",
     "Puzzle corner, crew newsletter week <<N>>. For whoever opens up on Monday: <<WHAT>> is written <<RULE>>:\n<<RUN>>\nFirst one to crack it gets the good squeegee rubber.\n"),
    ("depot_noticeboard_riddle",
     "DEPOT NOTICEBOARD - do not photograph. <<WHAT_CAP>>, written <<RULE>>:\n<<RUN>>\nTake it down once you have it memorised.\n"),
    ("franchise_quiz_email",
     "Subject: Friday quiz (week <<N>>)\n\nHi all, so the filters don't eat it again, <<WHAT>> this week is written <<RULE>>:\n<<RUN>>\nAnswers by reply, not in the group chat please.\n"),
]


def build(registry):
    r = random.Random(SEED_EVASION)
    records = []
    for ei, (name, (_enc, rule, _fam)) in enumerate(enc198.ENCODINGS.items()):
        for k in range(3):
            tname, _desc, gen, what = EV_TYPES[k]
            wname, wtpl = WORDINGS[(ei + k) % 3]
            for _ in range(200):
                plain = gen(r)
                if not registry.ok(plain):
                    continue
                run = enc198.encode(name, plain, r)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not registry.ok(run):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + name)
            registry.add(plain)
            registry.add(run)
            text = (wtpl.replace("<<N>>", str(r.randint(2, 52))).replace("<<WHAT_CAP>>", what[0].upper() + what[1:])
                    .replace("<<WHAT>>", what).replace("<<RULE>>", rule))
            start = text.index("<<RUN>>")
            text = text.replace("<<RUN>>", run)
            records.append({"type": tname, "container": name + "__" + wname, "encoding": name, "text": text,
                            "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                         "plain": plain, "encoding": name}],
                            "source": "evasion"})
    return records
