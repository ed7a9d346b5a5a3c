"""Evasion records: 22 notations x 3 secret types; each text states the rule, ':' newline, the run, a remark."""
import random

from common166 import ALNUM, HEX, LOWNUM, lower_password, password, rs
from enc166 import E

SEED = 16605
TYPES = [
    ("nursery_evasion_kiosk_password", "the sign-in kiosk password"),
    ("nursery_evasion_parent_app_api_key", "the parent-app API key"),
    ("nursery_evasion_camera_stream_token", "the room camera stream token"),
]
WORDINGS = [
    ("staffroom_noticeboard_riddle", "Staffroom noticeboard riddle: {what}, {rule}:\n{run}\nFirst one to crack it gets the good biscuits. It changes after half term."),
    ("deputy_manager_email_postscript", "P.S. so the mail filter doesn't eat it, here is {what}, {rule}:\n{run}\nWork it out yourself and please don't reply with it in clear."),
    ("room_leads_whatsapp_hint", "Room leads, sorry for the puzzle - IT says this chat is scanned. {What}, {rule}:\n{run}\nDelete this message once you have it."),
]


def _plain(rng, t, kind):
    if t == 0:
        if kind == "full":
            return password(rng, "-_.")
        if kind == "lower":
            return lower_password(rng, "-_.")
        return lower_password(rng, "")
    if t == 1:
        if kind == "full":
            return "nak_" + rs(rng, ALNUM, 24)
        if kind == "lower":
            return "nak_" + rs(rng, LOWNUM, 24)
        return rs(rng, LOWNUM, 28)
    if kind == "full":
        return rs(rng, ALNUM + "-_", 30)
    return rs(rng, HEX, 32)


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for ei, (name, (fn, kind, rule)) in enumerate(E.items()):
        for t in range(3):
            wname, wtpl = WORDINGS[(ei + t) % 3]
            tname, what = TYPES[t]
            for _ in range(200):
                plain = _plain(rng, t, kind)
                run = fn(plain)
                if plain in run or run != run.strip() or not reg.ok(plain) or not reg.ok(run):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + name)
            reg.add(plain)
            reg.add(run)
            text = wtpl.format(what=what, What=what[0].upper() + what[1:], rule=rule, run=run)
            i = text.index(":\n" + run + "\n") + 2
            out.append({
                "id": None, "type": tname, "container": name + "__" + wname, "encoding": name, "text": text,
                "secrets": [{"value": run, "start": i, "end": i + len(run), "type": tname, "plain": plain, "encoding": name}],
                "source": "evasion",
            })
    return out
