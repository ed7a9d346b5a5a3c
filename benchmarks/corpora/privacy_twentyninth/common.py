"""Shared helpers: random value generators, span-building records."""
import base64, binascii, json, random, string
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + '+/'
URLSAFE = ALNUM + '-_'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

def rs(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))

def b62(n, width=6):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, '0')

def crc_token(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + b62(binascii.crc32(body.encode()) & 0xffffffff)

def crc_ok(tok):
    i = tok.index('_') + 1
    body, chk = tok[i:i + 30], tok[i + 30:]
    return len(chk) == 6 and b62(binascii.crc32(body.encode()) & 0xffffffff) == chk

def password(rng, n=None):
    n = n or rng.randint(12, 20)
    while True:
        core = rs(rng, ALNUM + '._-', n - 2)
        p = rng.choice(ALNUM) + core + rng.choice(ALNUM)
        if '..' in p or '--' in p or '__' in p or '._' in p or '_.' in p or '-.' in p or '.-' in p:
            continue
        if any(c.isupper() for c in p) and any(c.islower() for c in p) and any(c.isdigit() for c in p):
            return p

def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

# Everyday secret types: returns (full value placed after VAR=, inner offset of span, span value)
def everyday_value(rng, t):
    def plain(v):
        return v, 0, v
    if t == 'aws_secret_access_key':
        return plain(rs(rng, ALNUM + '/+', 40))
    if t == 'anthropic_api_key':
        return plain('sk-ant-api03-' + rs(rng, URLSAFE, 93) + 'AA')
    if t == 'azure_storage_account_key':
        return plain(base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode())
    if t == 'cloudflare_api_token':
        return plain(rs(rng, URLSAFE, 40))
    if t in ('database_password', 'smtp_password'):
        return plain(password(rng))
    if t in ('datadog_api_key', 'twilio_auth_token'):
        return plain(rs(rng, HEX, 32))
    if t == 'digitalocean_personal_access_token':
        return plain('dop_v1_' + rs(rng, HEX, 64))
    if t == 'dockerhub_personal_access_token':
        return plain('dckr_pat_' + rs(rng, URLSAFE, 27))
    if t == 'github_classic_pat':
        return plain(crc_token(rng, 'ghp_'))
    if t == 'npm_access_token':
        return plain(crc_token(rng, 'npm_'))
    if t == 'github_fine_grained_pat':
        return plain('github_pat_11' + rs(rng, string.ascii_uppercase + string.digits, 20) + '_' + rs(rng, ALNUM, 59))
    if t == 'gitlab_personal_access_token':
        return plain('glpat-' + rs(rng, URLSAFE, 20))
    if t == 'google_gemini_api_key':
        return plain('AIza' + rs(rng, URLSAFE, 35))
    if t == 'huggingface_access_token':
        return plain('hf_' + rs(rng, string.ascii_letters, 34))
    if t == 'jwt_signing_secret':
        return plain(rs(rng, ALNUM, 48))
    if t == 'openai_project_api_key':
        return plain('sk-proj-' + rs(rng, URLSAFE, 74) + 'T3BlbkFJ' + rs(rng, URLSAFE, 74))
    if t == 'sendgrid_api_key':
        return plain('SG.' + rs(rng, URLSAFE, 22) + '.' + rs(rng, URLSAFE, 43))
    if t == 'sentry_user_auth_token':
        return plain('sntryu_' + rs(rng, HEX, 64))
    if t == 'slack_bot_token':
        return plain('xoxb-' + rs(rng, string.digits, 11) + '-' + rs(rng, string.digits, 13) + '-' + rs(rng, ALNUM, 24))
    if t == 'slack_incoming_webhook_url':
        return plain('https://hooks.slack.com/services/T' + rs(rng, string.ascii_uppercase + string.digits, 10) + '/B' + rs(rng, string.ascii_uppercase + string.digits, 10) + '/' + rs(rng, ALNUM, 24))
    if t == 'stripe_live_secret_key':
        return plain('sk_live_51' + rs(rng, ALNUM, 97))
    if t == 'stripe_restricted_key':
        return plain('rk_live_51' + rs(rng, ALNUM, 97))
    if t == 'telegram_bot_token':
        return plain(str(rng.randint(1000000000, 7999999999)) + ':AA' + rs(rng, URLSAFE, 33))
    if t in ('postgres_url_password', 'mysql_url_password', 'redis_url_password', 'amqp_url_password', 'mongodb_srv_uri_password'):
        pw = password(rng)
        user = rng.choice(['app', 'svc_api', 'worker', 'reporting', 'deploy'])
        host = rng.choice(['db.internal.example', '10.0.4.17', 'cache-1.corp.example', 'mq.lab.example', 'cluster0.abcd1.mongodb.net'])
        pre = {'postgres_url_password': f'postgresql://{user}:', 'mysql_url_password': f'mysql://{user}:',
               'redis_url_password': 'redis://default:', 'amqp_url_password': f'amqp://{user}:',
               'mongodb_srv_uri_password': f'mongodb+srv://{user}:'}[t]
        post = {'postgres_url_password': f'@{host}:5432/appdb', 'mysql_url_password': f'@{host}:3306/shop',
                'redis_url_password': f'@{host}:6379/0', 'amqp_url_password': f'@{host}:5672/jobs',
                'mongodb_srv_uri_password': '@cluster0.abcd1.mongodb.net/app?retryWrites=true'}[t]
        return pre + pw + post, len(pre), pw
    if t == 'gcp_service_account_private_key':
        body = 'MIIEv' + rs(rng, B64, 1200)
        lines = '\\n'.join(body[i:i + 64] for i in range(0, len(body), 64))
        v = '-----BEGIN PRIVATE KEY-----\\n' + lines + '\\n-----END PRIVATE KEY-----\\n'
        return plain(v)
    raise KeyError(t)

EVERYDAY_TYPES = ['amqp_url_password', 'anthropic_api_key', 'aws_secret_access_key', 'azure_storage_account_key',
    'cloudflare_api_token', 'database_password', 'datadog_api_key', 'digitalocean_personal_access_token',
    'dockerhub_personal_access_token', 'gcp_service_account_private_key', 'github_classic_pat', 'github_fine_grained_pat',
    'gitlab_personal_access_token', 'google_gemini_api_key', 'huggingface_access_token', 'jwt_signing_secret',
    'mongodb_srv_uri_password', 'mysql_url_password', 'npm_access_token', 'openai_project_api_key', 'postgres_url_password',
    'redis_url_password', 'sendgrid_api_key', 'sentry_user_auth_token', 'slack_bot_token', 'slack_incoming_webhook_url',
    'smtp_password', 'stripe_live_secret_key', 'stripe_restricted_key', 'telegram_bot_token', 'twilio_auth_token']
VAR_NAMES = {'amqp_url_password': 'AMQP_URL', 'anthropic_api_key': 'ANTHROPIC_API_KEY', 'aws_secret_access_key': 'AWS_SECRET_ACCESS_KEY',
    'azure_storage_account_key': 'AZURE_STORAGE_KEY', 'cloudflare_api_token': 'CLOUDFLARE_API_TOKEN', 'database_password': 'DB_PASSWORD',
    'datadog_api_key': 'DD_API_KEY', 'digitalocean_personal_access_token': 'DIGITALOCEAN_TOKEN', 'dockerhub_personal_access_token': 'DOCKERHUB_TOKEN',
    'gcp_service_account_private_key': 'GCP_PRIVATE_KEY', 'github_classic_pat': 'GITHUB_TOKEN', 'github_fine_grained_pat': 'GH_PAT',
    'gitlab_personal_access_token': 'GITLAB_TOKEN', 'google_gemini_api_key': 'GEMINI_API_KEY', 'huggingface_access_token': 'HF_TOKEN',
    'jwt_signing_secret': 'JWT_SECRET', 'mongodb_srv_uri_password': 'MONGODB_URI', 'mysql_url_password': 'MYSQL_URL',
    'npm_access_token': 'NPM_TOKEN', 'openai_project_api_key': 'OPENAI_API_KEY', 'postgres_url_password': 'DATABASE_URL',
    'redis_url_password': 'REDIS_URL', 'sendgrid_api_key': 'SENDGRID_API_KEY', 'sentry_user_auth_token': 'SENTRY_AUTH_TOKEN',
    'slack_bot_token': 'SLACK_BOT_TOKEN', 'slack_incoming_webhook_url': 'SLACK_WEBHOOK_URL', 'smtp_password': 'SMTP_PASSWORD',
    'stripe_live_secret_key': 'STRIPE_SECRET_KEY', 'stripe_restricted_key': 'STRIPE_RESTRICTED_KEY', 'telegram_bot_token': 'TELEGRAM_BOT_TOKEN',
    'twilio_auth_token': 'TWILIO_AUTH_TOKEN'}

def build_text(parts):
    """parts: list of str or (value, type). Returns text, spans."""
    text, spans = '', []
    for p in parts:
        if isinstance(p, tuple):
            v, t = p
            spans.append({'value': v, 'start': len(text), 'end': len(text) + len(v), 'type': t})
            text += v
        else:
            text += p
    return text, spans

def split_template(tpl, mapping):
    """tpl with {NAME} markers; mapping NAME -> str or (value,type). Literal braces as {{ }}."""
    import re
    parts, pos = [], 0
    for m in re.finditer(r'\{\{|\}\}|\{([A-Z_0-9]+)\}', tpl):
        parts.append(tpl[pos:m.start()])
        if m.group(0) == '{{':
            parts.append('{')
        elif m.group(0) == '}}':
            parts.append('}')
        else:
            parts.append(mapping[m.group(1)])
        pos = m.end()
    parts.append(tpl[pos:])
    return build_text(parts)

def least_used_pairing(rng, kinds, types, per_kind):
    use = {t: 0 for t in types}
    out = []
    for k in kinds:
        chosen = []
        for _ in range(per_kind):
            cands = [t for t in types if t not in chosen]
            m = min(use[t] for t in cands)
            c = rng.choice(sorted(t for t in cands if use[t] == m))
            use[c] += 1
            chosen.append(c)
        out.append((k, chosen))
    return out
