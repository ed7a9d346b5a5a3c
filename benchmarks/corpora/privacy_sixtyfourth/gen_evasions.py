import random
from common import *
from gen_encodings import ENC

PLAIN_TYPES = {
 'database_password': owner_password,
 'github_personal_access_token': lambda r: shape(r, "'ghp_'+a36"),
 'vpn_preshared_key': lambda r: shape(r, 'a32'),
 'smtp_password': owner_password,
 'jwt_signing_secret': lambda r: shape(r, 'a40'),
 'mqtt_broker_password': owner_password,
}
WORDINGS = {
 'homelab_discord_help_reply': ("[22:{m:02d}] {u}: ok, so you don't have to scroll up, here is the {t} {ph}:\n", "\n[22:{m2:02d}] {u}: delete this once you've copied it pls\n"),
 'nas_sticky_note_transcript': ("Transcript of the sticky note on the NAS (photo from {u}): the {t}, written {ph}:\n", "\n(don't leave this on the rack!)\n"),
 'family_group_text_from_admin': ("Dad (home IT dept.) to the family group: new {t} for the home server, written {ph}:\n", "\nAsk me before you change anything. ❤️\n"),
}

def build(pool):
    r = random.Random(6405)
    recs = []
    types = list(PLAIN_TYPES); wl = list(WORDINGS); i = 0
    for enc in sorted(ENC):
        for j in range(3):
            t = types[i % len(types)]; w = wl[(i + j) % 3]; i += 1
            for _ in range(100):
                plain = draw(r, pool, PLAIN_TYPES[t])
                ph, run = ENC[enc](r, plain)
                pre, post = WORDINGS[w]
                before = pre.format(m=r.randint(0, 55), u=r.choice(USERS), t=t.replace('_', ' '), ph=ph)
                after = post.format(m2=r.randint(56, 59), u=r.choice(USERS))
                text = before + run + after
                if plain not in text and text.count(run) == 1:
                    break
            recs.append({'type': t, 'container': enc + '__' + w, 'encoding': enc, 'text': text,
                         'secrets': [{'value': run, 'start': len(before), 'end': len(before) + len(run), 'type': t,
                                      'plain': plain, 'encoding': enc}], 'source': 'evasion'})
    return recs
