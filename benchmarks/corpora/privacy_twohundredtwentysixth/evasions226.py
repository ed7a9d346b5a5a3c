"""Evasion source: 22 encodings x 3 secret types."""
import random
import re

import enc226
from common226 import B62, LOWER, DIGITS, owner_password, rs, place, MARK

SEED = 22605
TYPES = [
    ("astro_evasion_dome_pc_password", "owner-chosen password of the dome PC (joiners - _ . only)",
     lambda rng: owner_password(rng, strict=True), r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$"),
    ("astro_evasion_roof_override_code", "`roc_` + 16 base62; override code of the roll-off roof controller (prefix invented)",
     lambda rng: "roc_" + rs(rng, B62, 16), r"^roc_[0-9A-Za-z]{16}$"),
    ("astro_evasion_projector_service_token", "`pst-` + 20 lower-case alphanumerics; service-mode token of the planetarium projector (prefix invented)",
     lambda rng: "pst-" + rs(rng, LOWER + DIGITS, 20), r"^pst-[a-z0-9]{20}$"),
]
WORDINGS = ["society_newsletter_brainteaser", "planetarium_quiz_card", "observatory_logbook_riddle"]
WHAT = {
    "astro_evasion_dome_pc_password": "the dome PC password",
    "astro_evasion_roof_override_code": "the roof override code",
    "astro_evasion_projector_service_token": "the projector service token",
}
INTRO = {
    "society_newsletter_brainteaser": "Brainteaser corner: for members on the observing rota, %s is written %s",
    "planetarium_quiz_card": "Quiz card for the late-show crew – %s, written %s",
    "observatory_logbook_riddle": "Logbook note for whoever opens up tonight: %s is written %s",
}
REMARK = {
    "society_newsletter_brainteaser": "Answers to the committee, not on the forum.",
    "planetarium_quiz_card": "Shred this card after the show.",
    "observatory_logbook_riddle": "Clear skies – and close the roof if it clouds over.",
}


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, encname in enumerate(enc226.ENCODINGS):
        for j, (tname, _d, gen, rx) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            for _ in range(500):
                plain = gen(rng)
                if not re.fullmatch(rx, plain) or not reg.ok(plain):
                    continue
                run = enc226.enc(encname, plain, rng)
                if plain in run or run == plain or run != run.strip() or not reg.ok(run):
                    continue
                break
            else:
                raise RuntimeError("no evasion for " + encname)
            reg.add(plain)
            reg.add(run)
            tmpl = (INTRO[wording] % (WHAT[tname], enc226.RULES[encname]) + ":\n" + MARK + "\n" + REMARK[wording])
            text, s, e = place(tmpl, run)
            recs.append({"type": tname, "container": encname + "__" + wording, "encoding": encname, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain,
                                      "encoding": encname}], "source": "evasion"})
    return recs
