"""Evasions: 22 encodings x 3 records."""
import random

import common175 as C
import enc175

TYPES = [
    ("audiology_evasion_clinic_password", "owner-chosen password of the clinic booking back office (joiners - _ . only)"),
    ("audiology_evasion_fitting_key", "`hfk_` + 16 base62 fitting-cloud API key (prefix invented)"),
    ("audiology_evasion_ltk_hex", "24 upper-case hex characters of a hearing-aid Bluetooth bonding key fragment"),
]
WORDINGS = ["fitting_room_riddle_card", "audiology_team_chat_puzzle", "screening_van_whiteboard_note"]

INTRO = {
    "fitting_room_riddle_card": "Riddle card pinned inside the fitting-room {n} cupboard - the clinic secret is written {rule}",
    "audiology_team_chat_puzzle": "Puzzle for whoever runs the late clinic tonight: the key below is written {rule}",
    "screening_van_whiteboard_note": "Written on the whiteboard in the screening van: the secret for the school tablets is written {rule}",
}
OUTRO = {
    "fitting_room_riddle_card": "Work it out yourself - it never goes into the group chat.",
    "audiology_team_chat_puzzle": "First one to crack it gets the good biscuits from reception.",
    "screening_van_whiteboard_note": "(wipe the board before the school visit starts)",
}


def _plain(rng, t):
    if t == 0:
        return C.password(rng, safe=True)
    if t == 1:
        return "hfk_" + C.rstr(rng, C.B62, 16)
    return C.rstr(rng, C.UHEX, 24)


def generate(reg, seed=17505):
    rng = random.Random(seed)
    recs = []
    for enc in enc175.ENCODINGS:
        for j in range(3):
            tname = TYPES[j][0]
            wording = WORDINGS[j]
            for _ in range(500):
                plain = _plain(rng, j)
                run = enc175.encode(enc, plain)
                if plain in run or run != run.strip():
                    continue
                if not reg.ok(plain) or not reg.ok(run) or plain in run or run in plain:
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for " + enc)
            rule = enc175.RULES[enc]
            head = INTRO[wording].replace("{rule}", rule).replace("{n}", str(rng.randint(1, 6)))
            text = head + ":\n" + run + "\n" + OUTRO[wording]
            start = len(head) + 2
            rec = {
                "id": None,
                "type": tname,
                "container": enc + "__" + wording,
                "encoding": enc,
                "text": text,
                "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                             "plain": plain, "encoding": enc}],
                "source": "evasion",
            }
            recs.append(rec)
    return recs
