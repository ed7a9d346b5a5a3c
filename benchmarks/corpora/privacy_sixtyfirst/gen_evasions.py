"""Evasions: 22 encodings x 3 wordings; span = encoded run, with plain and encoding."""
import random
from common import *
from gen_encodings import ENC, PHRASE
from gen_everyday import TYPES

SEED = 6105
CRED = ["github_personal_access_token", "slack_bot_token", "database_password", "radius_shared_secret",
        "sip_account_password", "vpn_preshared_key"]
LABEL = {"github_personal_access_token": "GitHub token for the config-backup repo", "slack_bot_token": "Slack token of the alert bot",
         "database_password": "NMS database password", "radius_shared_secret": "RADIUS shared secret",
         "sip_account_password": "SIP trunk password", "vpn_preshared_key": "site-to-site VPN pre-shared key"}
WORDINGS = [
 ("noc_bridge_call_minutes_line", "Bridge call minutes {date} ({ticket}): {who} read out the {label} for {site} {phrase}:\n{RUN}\n(decode before use - minutes are not a vault)\n"),
 ("tower_site_sms_relay", "SMS relay from the tower crew at {site}, {date}: the {label} is {phrase}:\n{RUN}\nReply once the sector is back on air.\n"),
 ("peering_request_email_footer", "Subject: Re: PNI turn-up at {site}\n\nThanks, LOA attached. Per your request the {label} follows, {phrase}:\n{RUN}\n-- \nPeering desk, AS64{n}0\n"),
]

def generate(pool):
    r = random.Random(SEED)
    out = []
    k = 0
    for enc in ENC:
        for w, (wname, tpl) in enumerate(WORDINGS):
            typ = CRED[k % len(CRED)]; k += 1
            while True:
                plain = TYPES[typ][0](r)
                if set(plain) <= set(ALNUM + "_.-") and plain not in pool:
                    run, prm = ENC[enc](plain, r)
                    if plain not in run: break
            pool.add(plain)
            phrase = PHRASE[enc].format(**prm)
            t = fill(tpl, r, label=LABEL[typ], phrase=phrase, who=r.choice(["Mira", "Jonas", "Farid", "Ines"]), RUN=slot("V"))
            text, secrets = assemble(t, {"V": (run, typ)})
            secrets[0]["plain"] = plain
            secrets[0]["encoding"] = enc
            out.append({"type": typ, "container": enc + "__" + wname, "text": text, "secrets": secrets,
                        "source": "evasion", "encoding": enc})
    return out
