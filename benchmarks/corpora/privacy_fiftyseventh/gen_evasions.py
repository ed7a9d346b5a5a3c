from common import G, mark, finish
from gen_encodings import ENC
LABELS = {
 "hmi_operator_password": ("HMI admin password", lambda g: g.pw()),
 "mqtt_broker_password": ("MQTT broker password", lambda g: g.pw()),
 "database_password": ("historian database password", lambda g: g.pw()),
 "wifi_network_passphrase": ("shop-floor Wi-Fi passphrase", lambda g: g.pw()),
 "github_personal_access_token": ("GitHub token for the firmware repo", lambda g: "ghp_" + g.an(36)),
 "slack_bot_token": ("Slack bot token of the alarm bot", lambda g: "xoxb-" + g.dig(12) + "-" + g.dig(13) + "-" + g.an(24)),
}
WORDINGS = {
 "field_tech_radio_log_entry": "RADIO LOG 07:{n} | field tech to control room: the {L} is sent {ph}:\n{run}\n| end of entry, please confirm receipt.",
 "firmware_commit_message_note": "commit {h}\nAuthor: bench-ci <ci@plant3.example>\n\n    Add provisioning for bench rig {n}\n\n    Note: the {L} is written {ph}:\n{run}\n    (rotate after the audit)",
 "plc_cabinet_sticky_note_ocr": "[OCR, sticky note inside cabinet +A{n}] {L}, {ph}:\n{run}\n-- ask the shift lead before using it",
}

def generate(seed=5705):
    g = G(seed)
    recs, types, wd = [], list(LABELS), list(WORDINGS)
    i = 0
    for e in ENC:
        for j in range(3):
            t = types[i % len(types)]; L, fn = LABELS[t]
            while True:
                p = fn(g)
                if e != "z85_zeromq" or len(p) % 4 == 0:
                    break
            ph, run = ENC[e](p, i)
            w = wd[j]
            txt = WORDINGS[w].format(n="%02d" % g.randint(0, 59), h=g.hex(40), L=L, ph=ph, run=mark(run))
            text, spans = finish(txt, [t])
            spans[0]["plain"] = p; spans[0]["encoding"] = e
            recs.append(dict(type=t, container=e + "__" + w, text=text, secrets=spans, source="evasion", encoding=e))
            i += 1
    return recs
