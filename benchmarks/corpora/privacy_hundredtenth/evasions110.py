"""Evasions: 22 notations x 3; the rule is stated before the run."""
import random
from common110 import *
import enc110

ETYPES = [
 ("avops_evasion_gds_client_secret", "GDS shopping client secret", lambda r: rs(r, ALNUM, 24)),
 ("avops_evasion_crew_portal_password", "crew portal admin password", owner_password),
 ("avops_evasion_aodb_api_key", "AODB API key", lambda r: rs(r, HEX, 32)),
]
WORDINGS = [
 ("occ_chat_riddle_aside", lambda what, rule: "Not pasting it in clear because the bot scrapes this channel. The %s is written %s:\n" % (what, rule), "\n(decode it yourself, then delete this message)\n"),
 ("mro_wiki_obfuscation_footnote", lambda what, rule: "Footnote 3. For the migration test the %s is given below %s:\n" % (what, rule), "\nRotate it after the cut-over weekend.\n"),
 ("efb_forum_decoder_challenge", lambda what, rule: "Friday puzzle for the EFB team: the %s of the staging box, %s:\n" % (what, rule), "\nFirst one to log in buys coffee.\n"),
]


def build(seed=11005):
    r = random.Random(seed)
    E = enc110.make_enc(random.Random(seed + 50))
    recs = []
    i = 0
    for ei, (name, (f, rule)) in enumerate(E.items()):
        for k in range(3):
            t, what, gen = ETYPES[(k + ei) % 3]
            wname, intro, outro = WORDINGS[k]
            while True:
                plain = gen(r)
                run = f(plain)
                if run == run.strip():
                    break
            head = intro(what, rule)
            text = head + run + outro
            s = len(head)
            recs.append({"type": t, "container": name + "__" + wname, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": plain, "encoding": name}],
                         "source": "evasion", "encoding": name, "_rule": rule})
            i += 1
    return recs
