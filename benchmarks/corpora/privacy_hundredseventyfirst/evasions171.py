"""Evasion source: 22 notations x 3 records; the span is the whole encoded run."""
import random

from common171 import MARK, ALNUM, HEX, owner_pw, rs
import enc171

SEED = 17105
TYPES = [
    ("aquatic_evasion_controller_password", "the chlorinator controller password", lambda r: owner_pw(r, "-_.")),
    ("aquatic_evasion_waitlist_api_key", "the lesson-waitlist API key", lambda r: "swl_live_" + rs(r, ALNUM, 20)),
    ("aquatic_evasion_wristband_hmac_hex", "the wristband top-up HMAC key", lambda r: rs(r, HEX, 32)),
]
WORDINGS = {
    "pump_room_riddle_card": ("Riddle card taped inside the pump-room door. {What} is written {rule}:\n", "\nIf you cannot work it out, you should not be in the pump room."),
    "lifeguard_break_room_puzzle": ("Break-room puzzle for the guards on rotation - {what} is written {rule}:\n", "\nFirst one to log in gets the good rescue tube this weekend."),
    "swim_club_newsletter_brain_teaser": ("Brain teaser (staff edition of the swim-club newsletter): {what} is written {rule}:\n", "\nAnswers are not printed in the next issue, ask the aquatics office."),
}


def build(reg, deny, denied_fn):
    rng = random.Random(SEED)
    out = []
    n = 1
    wlist = list(WORDINGS)
    for ei, name in enumerate(enc171.E):
        fn, rule = enc171.E[name]
        for j in range(3):
            tname, what, gen = TYPES[j]
            wording = wlist[(ei + j) % 3]
            for _ in range(500):
                plain = gen(rng)
                run = fn(plain)
                if (plain in run or run != run.strip() or "\n" in run or not reg.ok(plain) or not reg.ok(run)):
                    continue
                break
            else:
                raise RuntimeError("no evasion for " + name)
            reg.add(plain)
            reg.add(run)
            head, tail = WORDINGS[wording]
            text = head.format(what=what, What=what[0].upper() + what[1:], rule=rule) + MARK + tail
            s = text.index(MARK)
            text = text.replace(MARK, run)
            out.append({
                "id": "p171-e-%04d" % n, "type": tname, "container": "%s__%s" % (name, wording),
                "encoding": name, "text": text,
                "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname, "plain": plain, "encoding": name}],
                "source": "evasion",
            })
            n += 1
    return out
