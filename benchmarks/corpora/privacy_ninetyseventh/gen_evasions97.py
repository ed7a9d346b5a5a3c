"""Evasions: 22 encodings x 3 wordings; the rule is stated before the run."""
import random, re
from common97 import *
from enc97 import ENC, RULE
from gen_everyday97 import TYPES

ETYPES = ['realtime_turn_long_term_user_password', 'realtime_janus_admin_api_secret', 'realtime_twilio_video_key_secret',
          'realtime_pusher_channels_app_secret', 'realtime_centrifugo_token_hmac_key', 'realtime_mqtt_ws_broker_password']
HUMAN = {'realtime_turn_long_term_user_password': 'TURN long-term password of the relay user',
         'realtime_janus_admin_api_secret': 'Janus admin_secret',
         'realtime_twilio_video_key_secret': 'Twilio API key secret for the video token service',
         'realtime_pusher_channels_app_secret': 'Pusher Channels app secret',
         'realtime_centrifugo_token_hmac_key': 'Centrifugo token HMAC secret key',
         'realtime_mqtt_ws_broker_password': 'MQTT-over-WebSocket broker password'}
WORDINGS = [
 ('turn_outage_postmortem_note', 'Postmortem follow-up for {H}: so that nobody greps it out of the wiki, the {X} is written {R}:\n{RUN}\nDecode it locally, never paste the clear value back here.\n'),
 ('sfu_onboarding_handbook_step', 'Step 4 of the SFU onboarding handbook. For the staging box {H} the {X} is given {R}:\n{RUN}\nAsk {U} if the decoded value is rejected.\n'),
 ('signaling_debug_gist_comment', '// signaling debug gist — {U}: the {X} ({H}) is below, {R}:\n{RUN}\n// delete this gist after the call\n'),
]
GEN = {t[0]: t[2] for t in TYPES}
SAFE = re.compile(r'[A-Za-z0-9_.-]+')

def generate(used):
    r = random.Random(9705)
    out, i = [], 0
    for enc in sorted(ENC):
        for wname, tpl in WORDINGS:
            t = ETYPES[i % len(ETYPES)]; i += 1
            while True:
                p = GEN[t](r)
                if enc == 'international_morse_lowercase':
                    p = p.lower()
                if enc == 'z85_zeromq_four_byte_frames' and len(p) % 4:
                    continue
                run = ENC[enc](p)
                if SAFE.fullmatch(p) and p not in used and p not in run and run == run.strip():
                    break
            used.add(p)
            text = tpl.replace('{H}', r.choice(HOSTS)).replace('{U}', r.choice(USERS)).replace('{X}', HUMAN[t]).replace('{R}', RULE[enc])
            s = text.index('{RUN}')
            text = text.replace('{RUN}', run)
            out.append({'type': t, 'container': enc + '__' + wname, 'text': text, 'encoding': enc,
                        'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': t, 'plain': p, 'encoding': enc}],
                        'source': 'evasion'})
    return out
