"""Evasion records: 22 encodings x 3."""
import enc165
from common165 import ALNUM, JOINERS_SAFE, hexs, password, rstr

TYPES = [
    ("dispatch_evasion_mdt_password", "MDT login password for Engine 14", lambda r: password(r, JOINERS_SAFE)),
    ("dispatch_evasion_paging_api_token", "paging bridge API token", lambda r: "pgt_" + rstr(r, ALNUM, 18)),
    ("dispatch_evasion_radio_gateway_hex_key", "radio gateway hex key", lambda r: hexs(r, 24)),
]

WORDINGS = [
    ("station_kitchen_whiteboard_puzzle",
     "Kitchen whiteboard, C shift. The ⟦WHAT⟧ is written ⟦RULE⟧:\n⟦RUN⟧\nWipe the board once you have copied it."),
    ("shift_log_margin_cipher",
     "Margin note in the shift log: ⟦WHAT⟧, written ⟦RULE⟧:\n⟦RUN⟧\nDecode it at the console, never read it out on the radio."),
    ("dispatch_chat_brain_teaser",
     "Brain teaser for the new call-taker -- our ⟦WHAT⟧, ⟦RULE⟧:\n⟦RUN⟧\nFirst one to log in with it buys the coffee."),
]


def build(rng, registry):
    recs = []
    n = 0
    for ei, name in enumerate(enc165.E):
        for j in range(3):
            tname, what, gen = TYPES[j]
            wname, tmpl = WORDINGS[(ei + j) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = enc165.encode(name, plain, rng)
                if (plain not in run and run == run.strip() and "\n" not in run
                        and registry.ok(plain) and registry.ok(run) and plain != run
                        and not (plain in run or run in plain)):
                    break
            else:
                raise RuntimeError("no evasion plain for " + name)
            registry.add(plain)
            registry.add(run)
            head = tmpl.split("⟦RUN⟧")[0].replace("⟦WHAT⟧", what).replace("⟦RULE⟧", enc165.rule(name))
            tail = tmpl.split("⟦RUN⟧")[1]
            text = head + run + tail
            start = len(head)
            n += 1
            recs.append({
                "id": "p165-e-%04d" % n,
                "type": tname,
                "container": name + "__" + wname,
                "encoding": name,
                "text": text,
                "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                             "plain": plain, "encoding": name}],
                "source": "evasion",
            })
    return recs
