"""Evasion records for p167: 22 notations x 3 records."""
import random

from common167 import B62, owner_password, rand_str, hexs, JOINERS_SAFE
from enc167 import ENCODINGS, RULES, encode

SEED = 16705

ETYPES = [
    ("lawn_evasion_portal_password", "owner-chosen password of the pesticide-use portal",
     lambda r: owner_password(r, JOINERS_SAFE)),
    ("lawn_evasion_gateway_api_key", "bait-station gateway API key (`bsk_` + 16 base62, prefix invented)",
     lambda r: "bsk_" + rand_str(r, B62, 16)),
    ("lawn_evasion_sensor_hex_key", "trap-sensor AppKey fragment (24 upper-case hex)",
     lambda r: hexs(r, 24, upper=True)),
]

WORDINGS = {
    "truck_dashboard_riddle_card": (
        "Card taped under the sun visor of truck {n}: the {what} is below, {rule}",
        "Flip the card over if you get stuck; do not photograph it."),
    "crew_breakroom_puzzle_sheet": (
        "Breakroom puzzle sheet, week {n}. First crew to crack it gets lunch. The {what} is written {rule}",
        "Answers go to the office, not the group chat."),
    "route_chat_brain_teaser": (
        "Route chat, 6:05 AM - Dana: since you all keep forgetting it, the {what} is below, {rule}",
        "Dana: you're welcome. Deleting this at noon."),
}
WORDING_NAMES = list(WORDINGS)

WHAT = {
    "lawn_evasion_portal_password": "pesticide-use portal password",
    "lawn_evasion_gateway_api_key": "bait gateway key",
    "lawn_evasion_sensor_hex_key": "trap sensor key",
}


def generate(reg, start_id):
    rng = random.Random(SEED)
    out = []
    n = start_id
    for ei, enc in enumerate(ENCODINGS):
        for j in range(3):
            etype, _, gen = ETYPES[(ei + j) % 3]
            wording = WORDING_NAMES[(ei + 2 * j) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = encode(enc, plain, rng)
                if (plain not in run and reg.ok(plain) and reg.ok(run) and run == run.strip()
                        and "\n" not in run):
                    break
            else:
                raise RuntimeError("no evasion plain for " + enc)
            reg.add(plain)
            reg.add(run)
            head, tail = WORDINGS[wording]
            head = head.format(n=rng.randint(2, 19), what=WHAT[etype], rule=RULES[enc])
            text = head + ":\n" + run + "\n" + tail
            start = len(head) + 2
            span = {"value": run, "start": start, "end": start + len(run), "type": etype,
                    "plain": plain, "encoding": enc}
            out.append({"id": "p167-e-%04d" % n, "type": etype, "container": enc + "__" + wording,
                        "encoding": enc, "text": text, "secrets": [span], "source": "evasion"})
            n += 1
    return out
