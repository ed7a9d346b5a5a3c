"""Evasions: 22 encodings x 3 records; each text names the encoding before the run."""
import random
from common import SLOT, pick, hexl, owner_pw, ALNUM, USERS, fill
from gen_encodings import ENC, PHRASE

TYPES = [
    ('database_password', 'indexer database password', owner_pw),
    ('github_personal_access_token', 'GitHub token of the deploy bot', lambda r: 'ghp_' + pick(r, ALNUM, 36)),
    ('keystore_json_passphrase', 'keystore passphrase of the guardian key', owner_pw),
    ('exchange_api_secret', 'exchange API secret of the market-making account', lambda r: pick(r, ALNUM, 48)),
    ('rpc_provider_api_key', 'RPC provider key of the archive node', lambda r: pick(r, ALNUM, 32)),
    ('evm_deployer_private_key', 'deployer private key', lambda r: '0x' + hexl(r, 64)),
]

WORDINGS = {
    'validator_oncall_pager_note': 'PAGER NOTE (validator on-call, shift %n%)\nThe %d% for the fallback box, %p%:\n%R%\nDo not paste the decoded value anywhere.\n',
    'otc_desk_telegram_recap': 'Recap of the OTC desk Telegram, May %n%:\n%u% shared the %d% %p%:\n%R%\n(sent that way so the chat preview would not show it)\n',
    'audit_remediation_ticket_comment': 'Comment on AUD-%n%: the leaked %d% is still in scripts/, %p%:\n%R%\nRotate before closing this ticket.\n',
}


def generate(pool, seed=7305):
    rng = random.Random(seed)
    wl = list(WORDINGS)
    recs = []
    k = 0
    for enc in ENC:
        for j in range(3):
            t, desc, gen = TYPES[k % len(TYPES)]
            k += 1
            wording = wl[j]
            while True:
                plain = gen(rng)
                run = ENC[enc](plain)
                if plain not in run and pool.ok(plain) and run == run.strip():
                    break
            pool.vals.append(plain)
            tpl = (WORDINGS[wording].replace('%n%', str(rng.randint(10, 28))).replace('%u%', rng.choice(USERS))
                   .replace('%d%', desc).replace('%p%', PHRASE[enc]).replace('%R%', SLOT))
            text, spans = fill(tpl, run, t)
            assert plain not in text
            spans[0]['plain'] = plain
            spans[0]['encoding'] = enc
            recs.append({'type': t, 'container': enc + '__' + wording, 'encoding': enc, 'text': text,
                         'secrets': spans, 'source': 'evasion'})
    return recs
