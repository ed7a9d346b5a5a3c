"""Evasions: 22 encodings x 3 secret types = 66 records."""
import random

from common246 import B62, LALNUM, owner_password, rs
from enc246 import ENCODINGS, RULES, enc

SEED = 24605

TYPES = [
    ("grow_office_pc_evasion_password", "the password of the grow-room office PC",
     "owner-chosen password of the grow-room office PC (joiners - _ . only)"),
    ("autoclave_evasion_service_code", "the autoclave's engineer service code",
     "`acv_` + 16 base62; service code that unlocks the engineer menu of the spawn-lab autoclave (prefix invented)"),
    ("harvest_sync_evasion_api_token", "the harvest-sync API token",
     "`hst-` + 20 lower-case alphanumerics; API token of the harvest-sync service (prefix invented)"),
]

WORDINGS = [
    ("spawn_lab_quiz_card",
     "Spawn-lab quiz card {n}: {what} is written here {rule}",
     "First one to read it out at the Friday meeting gets the last lion's mane kit."),
    ("packhouse_breakroom_puzzle",
     "Packhouse break-room puzzle – for the curious, {what} is on this note {rule}",
     "Don't write the answer on the whiteboard, just tell Ella."),
    ("forager_newsletter_riddle",
     "Forager co-op newsletter, riddle corner {n}: {what}, set down {rule}",
     "Answers by the next foray; the editor will not print the solution."),
]


def plain_for(rng, j):
    if j == 0:
        return owner_password(rng, strict=True)
    if j == 1:
        return "acv_" + rs(rng, B62, 16)
    return "hst-" + rs(rng, LALNUM, 20)


def generate(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    idx = start_index
    for i, name in enumerate(ENCODINGS):
        for j, (typ, what, _) in enumerate(TYPES):
            w_name, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = plain_for(rng, j)
                run = enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for %s" % name)
            head = intro.format(n=rng.randint(2, 40), what=what, rule=RULES[name])
            text = head + ":\n" + run + "\n" + remark
            start = len(head) + 2
            recs.append({
                "id": "p246-e-%04d" % idx, "type": typ, "container": name + "__" + w_name,
                "encoding": name, "text": text,
                "secrets": [{"value": run, "start": start, "end": start + len(run), "type": typ,
                             "plain": plain, "encoding": name}],
                "source": "evasion"})
            idx += 1
    return recs
