"""66 evasions: 22 encodings x 3 wordings."""
import random
from common import *
import enc86

TYPES = [("grafana_admin_bootstrap_password", owner_pw), ("loki_gateway_basic_auth_password", owner_pw),
         ("elasticsearch_log_sink_password", owner_pw), ("datadog_agent_api_key", lambda r: rs(r, HEX, 32)),
         ("otlp_exporter_api_key_header", lambda r: rs(r, ALNUM, 40)),
         ("prometheus_remote_write_bearer_token", lambda r: b64bytes(r, 24, True))]

WORDINGS = {
    "grafana_annotation_handover": ("Grafana annotation on the {svc} board ({env}): handing over the {t} so the night shift can fix the datasource. It is written {phrase}:\n", "\nDelete this annotation after use."),
    "log_pipeline_migration_mail": ("Subject: Fluent Bit -> Vector cutover for {svc}\n\nHi team, for the cutover you will need the {t}. So it does not get scraped by the log scrubber I have written it {phrase}:\n", "\nThanks, and please do not forward this mail."),
    "oncall_pager_digest_note": ("On-call digest {env}, shift {n}. The {t} for the {svc} exporter changed; here it is, {phrase}:\n", "\nAck in the channel once the scrape is green."),
}

LABEL = {t: t.replace("_", " ") for t, _ in TYPES}


def generate():
    rng = random.Random(8605)
    recs = []
    wl = list(WORDINGS)
    i = 0
    for enc in enc86.ENC:
        for w in wl:
            typ, g = TYPES[i % len(TYPES)]
            i += 1
            while True:
                plain = g(rng)
                run = enc86.ENC[enc](plain, rng) if enc == "every_other_char_decoy" else enc86.ENC[enc](plain)
                d = fillers(rng)
                head, tail = WORDINGS[w]
                head = head.format(svc=d["svc"], env=d["env"], n=d["n"], t=LABEL[typ], phrase=enc86.PHRASE[enc])
                text = head + run + tail
                if plain not in text and run == run.strip():
                    break
            start = len(head)
            recs.append({"id": None, "type": typ, "container": enc + "__" + w, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": typ, "plain": plain, "encoding": enc}],
                         "source": "evasion", "encoding": enc})
    return recs
