import random
from common import _ev, EVERYDAY_TYPES
from gen_encodings import ENC
SEED = 35005
WORDINGS = {
 'red_team_debrief_chat': ('Debrief: the cred we pulled off the jump host ({T}) is below, ', '. Please rotate after the readout.'),
 'soc_shift_handover_note': ('Handover for the night shift — the {T} from the phishing case is ', '. Ticket stays open until rotation.'),
 'mdm_helpdesk_ticket_reply': ('Hi, as requested here is the {T} for the kiosk enrolment, ', '. Delete this reply once you are done.'),
}
LAYOUTS = ['colon_then_same_line', 'colon_then_fenced_block']
def gen():
    rng = random.Random(SEED)
    out = []; wl = list(WORDINGS); k = 0
    types = EVERYDAY_TYPES[:]
    for enc, (f, ok, phrase, ml) in ENC.items():
        for j in range(3):
            w = wl[(k) % 3]; k += 1
            lay = LAYOUTS[1] if ml else LAYOUTS[(k // 3 + j) % 2]
            while True:
                t = rng.choice(types)
                if enc == 'phone_keypad_multitap' and t not in ('twilio_auth_token', 'datadog_api_key'):
                    continue
                p = _ev(rng, t)
                if ml or enc in ('acrostic_line_initials', 'word_initials_sentence', 'braille_grade1_unicode_cells'):
                    if len(p) > 40: continue
                if ok(p): break
            v = f(p, rng)
            a, b = WORDINGS[w]
            a = a.replace('{T}', t.replace('_', ' ')) + phrase
            if lay == 'colon_then_same_line':
                text = a + ': '; end = b
            else:
                text = a + ':\n```\n'; end = '\n```\n' + b.lstrip('. ')
            start = len(text); text += v; stop = len(text); text += end
            out.append({'type': t, 'container': enc + '__' + w, 'layout': lay, 'text': text, 'encoding': enc,
                        'secrets': [{'value': v, 'start': start, 'end': stop, 'type': t, 'plain': p, 'encoding': enc}]})
    return out
