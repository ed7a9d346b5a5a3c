"""Evasion source: 22 notations x 3 records."""
import random
from common181 import owner_password, rs, B62, hexs
import enc181

SEED = 18105
TYPES = [
    ("crag_evasion_front_desk_password", "front-desk PC password", "owner-chosen password of the climbing-gym front-desk PC (joiners - _ . only)",
     lambda r: owner_password(r, strict=True)),
    ("crag_evasion_waiver_kiosk_key", "waiver kiosk API key", "`wvk_` + 16 base62 waiver-kiosk API key (prefix invented)",
     lambda r: "wvk_" + rs(r, B62, 16)),
    ("crag_evasion_pinsetter_hmac_hex", "pinsetter controller HMAC key", "24 lower-case hex characters of the pinsetter controller's HMAC key",
     lambda r: hexs(r, 24)),
]
WORDINGS = [
    ("chalk_bucket_riddle_card", "Riddle card taped to the chalk bucket by the auto-belays.",
     "Solve it, log in, then wipe the card."),
    ("league_night_puzzle_flyer", "League-night puzzle flyer, left on the scorer's desk at lane 12.",
     "First team to crack it gets a free pitcher; nobody else needs it."),
    ("prize_counter_brain_teaser", "Brain teaser pinned behind the arcade prize counter.",
     "Staff only - do not read it out to guests."),
]

def generate(reg):
    r = random.Random(SEED)
    recs = []
    for ei, (enc, rule) in enumerate(enc181.ENCODINGS):
        for j in range(3):
            typ, label, _desc, gen = TYPES[j]
            wname, intro, remark = WORDINGS[(ei + j) % 3]
            for _ in range(200):
                plain = gen(r)
                run = enc181.encode(enc, plain, r)
                if plain in run or run != run.strip() or "\n" in run:
                    continue
                if reg.ok(plain) and reg.ok(run) and not (plain in run or run in plain):
                    reg.add(plain); reg.add(run)
                    break
            else:
                raise RuntimeError("evasion draw failed")
            text = "%s\nThe %s is written %s:\n%s\n%s" % (intro, label, rule, run, remark)
            s = text.index(":\n" + run + "\n") + 2
            recs.append((typ, enc + "__" + wname, text, s, s + len(run), enc, plain))
    return recs
