"""Evasions: 22 reversible notations x 3 plains, each stated in words before the run."""
import random

from common170 import B62, HEXU, rs, owner_password, place
from enc170 import ENCODERS, RULES, encode

SEED = 17005
EV_TYPES = [
    ("lockshop_evasion_portal_password", "keying-portal password",
     "owner-chosen password of the keying portal (joiners - _ . only)", lambda r: owner_password(r, joiners="-_.")),
    ("lockshop_evasion_smart_lock_key", "smart-lock API key",
     "`slk_` + 16 base62 smart-lock API key (prefix invented)", lambda r: "slk_" + rs(r, B62, 16)),
    ("lockshop_evasion_osdp_hex_key", "OSDP reader key fragment",
     "24 upper-case hex characters of an OSDP reader key", lambda r: rs(r, HEXU, 24)),
]
WORDINGS = {
    "locksmith_van_riddle_card": ("Riddle card taped inside the glovebox of van 3 - the {what} is written {rule}",
                                  "Solve it before you ring the office, not after."),
    "keying_desk_puzzle_note": ("Sticky note left on the keying desk: here is the {what}, {rule}",
                                "Shred the note once you have it."),
    "dispatch_chat_cipher_game": ("Friday dispatch-chat cipher game, round two: decode the {what}, written {rule}",
                                  "First tech to log in with it wins lunch."),
}
WORDING_NAMES = list(WORDINGS)


def generate(reg, start_id):
    r = random.Random(SEED)
    out = []
    n = start_id
    for i, enc in enumerate(ENCODERS):
        for j, (typ, what, _desc, gen) in enumerate(EV_TYPES):
            wording = WORDING_NAMES[(i + j) % 3]
            for _ in range(200):
                plain = gen(r)
                run = encode(enc, plain)
                if (plain not in run and run == run.strip() and "\n" not in run
                        and reg.ok(plain) and reg.ok(run)):
                    break
            else:
                raise RuntimeError("no plain for " + enc)
            reg.items.extend([plain, run])
            intro, remark = WORDINGS[wording]
            from common170 import SLOT
            tpl = intro.format(what=what, rule=RULES[enc]) + ":\n" + SLOT + "\n" + remark
            text, s, e = place(tpl, run)
            out.append({"id": f"p170-e-{n:04d}", "type": typ, "container": f"{enc}__{wording}", "encoding": enc,
                        "text": text, "secrets": [{"value": run, "start": s, "end": e, "type": typ,
                                                    "plain": plain, "encoding": enc}], "source": "evasion"})
            n += 1
    return out
