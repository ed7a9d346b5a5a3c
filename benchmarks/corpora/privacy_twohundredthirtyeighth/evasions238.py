"""Evasion records: 22 encodings x 3 secret types."""
import random
import re

from common238 import password, rs, PW_STRICT
from enc238 import ENCODINGS, enc

SEED = 23805
TYPES = [
    ("studio_evasion_editing_pc_password", "the password of the studio editing PC",
     "owner-chosen password of the studio editing PC (joiners - _ . only)", lambda r: password(r, strict=True),
     PW_STRICT),
    ("minilab_evasion_service_code", "the minilab service code",
     "`mlb_` + 16 base62; service code that unlocks the engineer menu of the lab minilab (prefix invented)",
     lambda r: "mlb_" + rs(r, "an", 16), re.compile(r"^mlb_[A-Za-z0-9]{16}$")),
    ("gallery_evasion_download_token", "the gallery download token",
     "`gdl-` + 20 lower-case alphanumerics; token that unlocks full-resolution downloads of a client gallery (prefix invented)",
     lambda r: "gdl-" + rs(r, "lan", 20), re.compile(r"^gdl-[a-z0-9]{20}$")),
]
WORDINGS = [
    ("photo_lab_counter_quiz_card", "Quiz card pinned by the lab counter. ", "Whoever decodes it first gets the next roll developed free."),
    ("studio_darkroom_riddle_note", "Riddle note taped inside the darkroom door. ", "Solve it under the safelight, then put the note back."),
    ("wedding_album_puzzle_sticker", "Puzzle sticker on the back of a sample wedding album. ", "Peel it off once you have typed it in."),
]


def generate(reg, next_id):
    rng = random.Random(SEED)
    recs = []
    for i, (encname, family, rule) in enumerate(ENCODINGS):
        for j, (typ, what, _desc, gen, _rx) in enumerate(TYPES):
            wording, intro, remark = WORDINGS[(i + j) % 3]
            while True:
                plain = gen(rng)
                run = enc(encname, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            pre = f"{intro}{what[0].upper() + what[1:]} is written {rule}:\n"
            text = pre + run + "\n" + remark
            recs.append({
                "id": next_id(), "type": typ, "container": f"{encname}__{wording}", "encoding": encname, "text": text,
                "secrets": [{"value": run, "start": len(pre), "end": len(pre) + len(run), "type": typ,
                             "plain": plain, "encoding": encname}],
                "source": "evasion"})
    return recs
