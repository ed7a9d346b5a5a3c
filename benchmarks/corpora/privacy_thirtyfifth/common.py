import zlib, base64, json, string
A_UP = string.ascii_uppercase; A_LO = string.ascii_lowercase; DIG = string.digits
ALNUM = A_UP + A_LO + DIG
HEX = '0123456789abcdef'
B64 = ALNUM + '+/'
B64U = ALNUM + '-_'

def r(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))

def b62(n, width):
    out = ''
    while n:
        n, k = divmod(n, 62); out = ALNUM_B62[k] + out
    return out.rjust(width, '0')
ALNUM_B62 = DIG + A_UP + A_LO  # alphabet used by GitHub checksum suffix

def crc_token(rng, prefix, body=30):
    b = r(rng, ALNUM, body)
    return prefix + b + b62(zlib.crc32(b.encode()) & 0xffffffff, 6)

def crc_ok(tok, prefix):
    b = tok[len(prefix):-6]
    return b62(zlib.crc32(b.encode()) & 0xffffffff, 6) == tok[-6:]

def password(rng, n=None, punct='._-'):
    n = n or rng.randint(12, 20)
    while True:
        s = [rng.choice(ALNUM)]
        for _ in range(n - 2):
            c = rng.choice(ALNUM + punct * 1) if punct else rng.choice(ALNUM)
            if c in punct and s[-1] in punct:
                c = rng.choice(ALNUM)
            s.append(c)
        s.append(rng.choice(ALNUM))
        s = ''.join(s)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s

def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt(rng, header, payload):
    return b64u_json(header) + '.' + b64u_json(payload) + '.' + r(rng, B64U, 43)

def uuid(rng):
    h = r(rng, HEX, 32)
    return '-'.join([h[:8], h[8:12], '4' + h[13:16], rng.choice('89ab') + h[17:20], h[20:32]])

def build(parts):
    """parts: str or (value, type). Returns text, spans."""
    text = ''; spans = []
    for p in parts:
        if isinstance(p, tuple):
            v, t = p
            spans.append({'value': v, 'start': len(text), 'end': len(text) + len(v), 'type': t})
            text += v
        else:
            text += p
    return text, spans

# ---- everyday secret types (shapes follow the earlier corpora) ----
def _ev(rng, t):
    if t == 'anthropic_api_key': return 'sk-ant-api03-' + r(rng, B64U, 93) + 'AA'
    if t == 'aws_secret_access_key': return r(rng, B64, 40)
    if t == 'database_password': return password(rng)
    if t == 'datadog_api_key': return r(rng, HEX, 32)
    if t == 'dockerhub_personal_access_token': return 'dckr_pat_' + r(rng, B64U, 27)
    if t == 'github_classic_pat': return crc_token(rng, 'ghp_')
    if t == 'github_fine_grained_pat': return 'github_pat_11' + r(rng, A_UP + DIG, 20) + '_' + r(rng, ALNUM, 59)
    if t == 'gitlab_personal_access_token': return 'glpat-' + r(rng, B64U, 20)
    if t == 'google_gemini_api_key': return 'AIza' + r(rng, B64U, 35)
    if t == 'huggingface_access_token': return 'hf_' + r(rng, ALNUM, 34)
    if t == 'jwt_signing_secret': return r(rng, ALNUM, 48)
    if t in ('mysql_url_password', 'postgres_url_password', 'redis_url_password', 'smtp_password'): return password(rng)
    if t == 'npm_access_token': return crc_token(rng, 'npm_')
    if t == 'openai_project_api_key': return 'sk-proj-' + r(rng, B64U, 58) + 'T3BlbkFJ' + r(rng, B64U, 58)
    if t == 'sendgrid_api_key': return 'SG.' + r(rng, B64U, 22) + '.' + r(rng, B64U, 43)
    if t == 'slack_bot_token': return 'xoxb-' + r(rng, DIG, 12) + '-' + r(rng, DIG, 13) + '-' + r(rng, ALNUM, 24)
    if t == 'stripe_live_secret_key': return 'sk_live_51' + r(rng, ALNUM, 97)
    if t == 'telegram_bot_token': return r(rng, DIG, 10) + ':AA' + r(rng, B64U, 33)
    if t == 'twilio_auth_token': return r(rng, HEX, 32)
    raise KeyError(t)

EVERYDAY_TYPES = ['anthropic_api_key', 'aws_secret_access_key', 'database_password', 'datadog_api_key',
    'dockerhub_personal_access_token', 'github_classic_pat', 'github_fine_grained_pat', 'gitlab_personal_access_token',
    'google_gemini_api_key', 'huggingface_access_token', 'jwt_signing_secret', 'mysql_url_password', 'npm_access_token',
    'openai_project_api_key', 'postgres_url_password', 'redis_url_password', 'sendgrid_api_key', 'slack_bot_token',
    'smtp_password', 'stripe_live_secret_key', 'telegram_bot_token', 'twilio_auth_token']
VARNAME = {'anthropic_api_key': 'ANTHROPIC_API_KEY', 'aws_secret_access_key': 'AWS_SECRET_ACCESS_KEY',
    'database_password': 'DB_PASSWORD', 'datadog_api_key': 'DD_API_KEY', 'dockerhub_personal_access_token': 'DOCKERHUB_TOKEN',
    'github_classic_pat': 'GITHUB_TOKEN', 'github_fine_grained_pat': 'GH_FINE_GRAINED_TOKEN', 'gitlab_personal_access_token': 'GITLAB_TOKEN',
    'google_gemini_api_key': 'GEMINI_API_KEY', 'huggingface_access_token': 'HF_TOKEN', 'jwt_signing_secret': 'JWT_SECRET',
    'mysql_url_password': 'MYSQL_URL', 'npm_access_token': 'NPM_TOKEN', 'openai_project_api_key': 'OPENAI_API_KEY',
    'postgres_url_password': 'DATABASE_URL', 'redis_url_password': 'REDIS_URL', 'sendgrid_api_key': 'SENDGRID_API_KEY',
    'slack_bot_token': 'SLACK_BOT_TOKEN', 'smtp_password': 'SMTP_PASSWORD', 'stripe_live_secret_key': 'STRIPE_SECRET_KEY',
    'telegram_bot_token': 'TELEGRAM_BOT_TOKEN', 'twilio_auth_token': 'TWILIO_AUTH_TOKEN'}

def everyday_value(rng, t):
    """Returns list of parts for the value (DSN types label only the password)."""
    v = _ev(rng, t)
    user = rng.choice(['svc_idp', 'vpnops', 'siem_ingest', 'mdm_sync', 'keyadmin'])
    if t == 'postgres_url_password': return ['postgres://' + user + ':', (v, t), '@pg-auth.corp.example:5432/idp']
    if t == 'mysql_url_password': return ['mysql://' + user + ':', (v, t), '@mysql-sec.corp.example:3306/audit']
    if t == 'redis_url_password': return ['redis://default:', (v, t), '@redis-sessions.corp.example:6379/0']
    return [(v, t)]
