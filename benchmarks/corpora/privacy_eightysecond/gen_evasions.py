"""Evasions: 22 encodings x 3 wordings (seed 8205)."""
import random
from common import owner_pw, spec
from enc82 import ENC, PHRASE

PLAINS = {
    'github_personal_access_token': lambda r: spec(r, 'ghp_{an36}'),
    'twilio_auth_token': lambda r: spec(r, '{hex32}'),
    'database_password': owner_pw,
    'npmrc_registry_auth_token': lambda r: spec(r, 'npm_{an36}'),
    'staging_preview_gate_password': owner_pw,
    'vercel_cli_deploy_token': lambda r: spec(r, '{an24}'),
}
WORDINGS = [
    ('preview_deploy_pr_comment', 'Bot comment on PR #{N}: the preview needs the {T} and I put it {P}:\n', '\nPlease switch this to the project env settings before merge.\n'),
    ('frontend_async_standup_note', 'Async standup, web team, day {N}. For the checkout spike I am sharing the {T} {P}:\n', '\nDecode it locally, do not paste the clear value in here.\n'),
    ('design_system_release_thread', 'Release thread for ui-kit v{N}.0 — visual tests need the {T}, written {P}:\n', '\nRotating it after the release is out.\n'),
]


def generate():
    rng = random.Random(8205)
    types = list(PLAINS)
    out = []
    k = 0
    for enc in ENC:
        for wname, head, tail in WORDINGS:
            t = types[k % len(types)]
            k += 1
            while True:
                plain = PLAINS[t](rng)
                run = ENC[enc](plain)
                h = head.replace('{N}', str(rng.randint(10, 99))).replace('{T}', t.replace('_', ' ')).replace('{P}', PHRASE[enc])
                text = h + run + tail
                if plain not in text:
                    break
            out.append(dict(type=t, container=enc + '__' + wname, encoding=enc, text=text,
                            secrets=[dict(value=run, start=len(h), end=len(h) + len(run), type=t, plain=plain, encoding=enc)],
                            source='evasion'))
    return out
