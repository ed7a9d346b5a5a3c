"""Evasions: 22 notations x 3 wordings; the rule is stated before the run."""
import string
from common103 import Gen, ALNUM, HEXL
from enc103 import ENC

M = "\ue000"
ETYPES = {
    "harbor_dj_handover_password": "pw",
    "icecast_relay_master_password": "pw",
    "obs_websocket_server_password": "pw",
    "podcast_host_upload_api_token": "a32",
    "audio_bucket_access_secret": "a40",
    "plugin_activation_secret_hex": "h32",
}
WORDINGS = [
    ("stream_handover_doc_hint", "Handover for the late show. So it doesn't get scraped, the {what} is written {rule}:\n{RUN}\nDecode it before you go live.\n"),
    ("plugin_readme_obfuscated_step", "Step 4 (internal builds only): the {what} below is written {rule}:\n{RUN}\nThen run ./activate.sh.\n"),
    ("radio_forum_puzzle_post", "Puzzle for the station crew. The {what} is written {rule}:\n{RUN}\nFirst to log in buys coffee.\n"),
]


def generate(rng, used):
    g = Gen(rng, used)
    recs = []
    tnames = list(ETYPES)
    i = 0
    for enc in sorted(ENC):
        rule, f = ENC[enc]
        for wname, tpl in WORDINGS:
            t = tnames[i % len(tnames)]
            i += 1
            kind = ETYPES[t]
            if enc == "polybius_six_by_six_pairs":
                t, kind = "plugin_activation_secret_hex", "h32"
            if enc == "proquint_uint16_words" and kind == "pw":
                t, kind = "podcast_host_upload_api_token", "a32"
            for _ in range(100):
                if kind == "pw":
                    p = g.password(seps="-_.", dmin=2, dmax=2)
                else:
                    n = int(kind[1:])
                    p = g.uniq(lambda: g.s(HEXL if kind[0] == "h" else ALNUM, n))
                run = f(p)
                text = tpl.replace("{what}", t.replace("_", " ")).replace("{rule}", rule).replace("{RUN}", M)
                s = text.index(M)
                text = text.replace(M, run)
                if p not in text and run == run.strip():
                    break
                used.discard(p)
            recs.append({"type": t, "container": f"{enc}__{wname}", "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": p, "encoding": enc}],
                         "source": "evasion"})
    return recs
