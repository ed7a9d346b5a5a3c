"""Evasions: 22 notations x 3; the rule is stated before the run."""
import random
from enc107 import ENC
from common107 import owner_password, rs, uuid4, B64URL, LOWNUM

SEED = 10705
PLAIN_TYPES = [
 ("agri_irrigation_controller_web_password", "the irrigation controller web password", owner_password),
 ("agri_rtk_caster_mount_password", "the RTK caster mount password", owner_password),
 ("agri_deere_ops_center_client_secret", "the Deere Operations Center client secret", lambda r: rs(r, B64URL, 43)),
 ("agri_agworld_api_token", "the Agworld API token", lambda r: rs(r, LOWNUM, 40)),
 ("agri_livestock_registry_api_key", "the herd registry API key", uuid4),
 ("agri_weather_station_api_secret", "the weather station API secret", lambda r: rs(r, LOWNUM, 32)),
]
WORDINGS = {
 "agronomy_handover_note_hint": ("Handover note for the new agronomist: {what}, written {rule}:\n{run}\n(decode it once and store it in the password manager)"),
 "grain_desk_chat_decode_aside": ("grain-desk chat, 06:40 - so the bot does not catch it, {what} is {rule}:\n{run}\nping me if it does not work"),
 "cold_chain_audit_footnote_puzzle": ("Footnote 4 of the cold-chain audit pack: {what} appears {rule}:\n{run}\nAuditors: this footnote is intentionally obscured."),
}


def generate():
    rng = random.Random(SEED)
    recs = []
    wk = list(WORDINGS)
    k = 0
    for name, (enc, rule) in ENC.items():
        for j in range(3):
            tname, what, gen = PLAIN_TYPES[k % len(PLAIN_TYPES)]
            wording = wk[(k + j) % 3]
            while True:
                plain = gen(rng)
                run = enc(plain)
                tpl = WORDINGS[wording]
                pre = tpl.split("{run}")[0].replace("{what}", what).replace("{rule}", rule)
                post = tpl.split("{run}")[1]
                text = pre + run + post
                if run == run.strip() and plain not in text:
                    break
            s, e = len(pre), len(pre) + len(run)
            recs.append({"type": tname, "container": name + "__" + wording, "encoding": name, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain, "encoding": name}],
                         "source": "evasion"})
            k += 1
    return recs


WORDING_NAMES = list(WORDINGS)
