"""Evasions: 22 encodings x 3 wordings; the rule is stated before the run."""
import random
from common96 import *
from enc96 import ENC

TYPES = ['esphome_ota_password', 'tasmota_web_admin_password', 'workshop_wifi_psk',
         'makerspace_mqtt_broker_password', 'print_host_pi_login_password', 'pcb_fab_portal_password']
WORDINGS = [
 ('printer_farm_handover_note', "Handover for the night shift at the print farm: the {what} is written {rule}:\n", "\nSwap spools on bay ⟨n⟩ before midnight.\n"),
 ('makerspace_induction_sheet_step', "Induction sheet, step ⟨n⟩ - you will need the {what}, here {rule}:\n", "\nSign the laser log before you leave.\n"),
 ('cad_review_side_comment', "Side comment on the enclosure CAD review: for the bench ESP the {what} follows {rule}:\n", "\nResolve this thread once the lid fits.\n"),
]
WHAT = {'esphome_ota_password': 'ESPHome OTA password', 'tasmota_web_admin_password': 'Tasmota web admin password',
        'workshop_wifi_psk': 'workshop Wi-Fi passphrase', 'makerspace_mqtt_broker_password': 'MQTT broker password',
        'print_host_pi_login_password': 'Pi login password', 'pcb_fab_portal_password': 'PCB fab portal password'}

def generate():
    r = random.Random(9605)
    out = []
    k = 0
    for enc, (f, rule) in ENC.items():
        for wi, (wname, head, tail) in enumerate(WORDINGS):
            typ = TYPES[k % len(TYPES)]; k += 1
            while True:
                plain = owner_password(r)
                run = f(plain)
                if plain not in run and run == run.strip():
                    break
            h = head.format(what=WHAT[typ], rule=rule)
            f_ = fill(r)
            h = h.replace('⟨n⟩', f_['n']); t = tail.replace('⟨n⟩', f_['n'])
            text = h + run + t
            s = len(h)
            out.append({'id': None, 'type': typ, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                        'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': typ, 'plain': plain, 'encoding': enc}],
                        'source': 'evasion', '_rule': rule})
    return out
