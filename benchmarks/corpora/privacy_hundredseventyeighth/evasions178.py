"""Evasion source: 22 notations x 3, the whole encoded run labelled, with the clean plain."""
import random
from common178 import owner_password, rstr, B62, HEXL
import enc178

SEED = 17805
TYPES = [
    ("rink_evasion_booking_password", "owner-chosen password of the ice-booking office PC (joiners - _ . only)",
     lambda r: owner_password(r, "-_.")),
    ("rink_evasion_wristband_key", "`wbk_` + 16 base62 cashless-wristband API key (prefix invented)",
     lambda r: "wbk_" + rstr(r, B62, 16)),
    ("rink_evasion_osdp_key_hex", "28 lower-case hex characters of the door controller's OSDP secure-channel key",
     lambda r: rstr(r, HEXL, 28)),
]
WORDINGS = {
    "zamboni_bay_riddle_card": ("Riddle card taped inside the Zamboni bay door.", "Flip the card back over when you are done, the night crew uses it too."),
    "curling_club_newsletter_brainteaser": ("Club newsletter, brain-teaser corner.", "First member to decode it at the bar gets a free draw entry."),
    "hockey_tournament_trivia_sheet": ("Tournament trivia sheet for the volunteers' room.", "Answers go in the envelope at the scorer's table."),
}
THING = {
    "rink_evasion_booking_password": "the booking office PC password",
    "rink_evasion_wristband_key": "the wristband top-up key",
    "rink_evasion_osdp_key_hex": "the door controller key",
}


def generate(reg):
    rng = random.Random(SEED)
    wnames = list(WORDINGS)
    recs = []
    for i, enc in enumerate(enc178.NAMES):
        for j in range(3):
            tname, _d, gen = TYPES[j]
            wording = wnames[(i + j) % 3]
            for _ in range(500):
                plain = gen(rng)
                run = enc178.encode(enc, plain)
                if plain in run or run != run.strip() or not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                if run != plain:
                    reg.add(run)
                break
            else:
                raise RuntimeError("could not draw evasion plain")
            intro, remark = WORDINGS[wording]
            head = intro + " " + THING[tname][0].upper() + THING[tname][1:] + ", written " + enc178.RULES[enc] + ":\n"
            text = head + run + "\n" + remark + "\n"
            s = len(head)
            recs.append({"type": tname, "container": enc + "__" + wording, "encoding": enc,
                         "text": text, "start": s, "end": s + len(run), "value": run, "plain": plain})
    return recs
