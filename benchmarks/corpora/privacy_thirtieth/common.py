"""Shared value generators (standard library only)."""
import base64, json, string, zlib
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
HEXL = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def b62_crc(body):
    c = zlib.crc32(body.encode()) & 0xffffffff
    out = ''
    while c:
        c, d = divmod(c, 62)
        out = B62[d] + out
    return out.rjust(6, '0')


def gh_token(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + b62_crc(body)


def crc_ok(tok):
    for p in ('ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_'):
        if tok.startswith(p) and len(tok) == 40:
            return b62_crc(tok[4:34]) == tok[34:]
    return False


def password(r, n=None):
    n = n or r.randint(12, 20)
    while True:
        core = [r.choice(ALNUM) for _ in range(n)]
        for i in range(2, n - 2, r.randint(4, 7)):
            if r.random() < 0.5:
                core[i] = r.choice('._-')
        p = ''.join(core)
        if (any(c.isupper() for c in p) and any(c.islower() for c in p) and any(c.isdigit() for c in p)
                and p[0].isalnum() and p[-1].isalnum() and not any(a in '._-' and b in '._-' for a, b in zip(p, p[1:]))):
            return p


def b64url_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(r, payload):
    return b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + rs(r, B64U, 43)


def uuid4(r):
    h = rs(r, HEXL, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '-'.join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


# everyday secret types: name -> generator(r) returning (display_value, span_start_in_display, span_value)
def _plain(fn):
    def g(r):
        v = fn(r)
        return v, 0, v
    return g


def _dsn(scheme, port, path):
    def g(r):
        pw = password(r)
        user = r.choice(['app', 'svc_api', 'deploy', 'etl', 'reporting', 'web'])
        host = r.choice(['db1.internal.example', '10.0.3.17', 'cache.lan', 'mq.stage.example', 'data.corp.example'])
        pre = f'{scheme}://{user}:'
        return pre + pw + f'@{host}:{port}{path}', len(pre), pw
    return g


EVERYDAY = {
    'aws_secret_access_key': _plain(lambda r: rs(r, string.ascii_letters + string.digits + '+/', 40)),
    'github_classic_pat': _plain(lambda r: gh_token(r, 'ghp_')),
    'npm_access_token': _plain(lambda r: gh_token(r, 'npm_')),
    'stripe_live_secret_key': _plain(lambda r: 'sk_live_51' + rs(r, ALNUM, 97)),
    'slack_bot_token': _plain(lambda r: f'xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{rs(r, ALNUM, 24)}'),
    'openai_project_api_key': _plain(lambda r: 'sk-proj-' + rs(r, B64U, 74) + 'T3BlbkFJ' + rs(r, B64U, 74)),
    'anthropic_api_key': _plain(lambda r: 'sk-ant-api03-' + rs(r, B64U, 93) + 'AA'),
    'postgres_url_password': _dsn('postgresql', 5432, '/appdb'),
    'mysql_url_password': _dsn('mysql', 3306, '/shop'),
    'redis_url_password': _dsn('redis', 6379, '/0'),
    'database_password': _plain(password),
    'jwt_signing_secret': _plain(lambda r: rs(r, B64U, 48)),
    'sendgrid_api_key': _plain(lambda r: 'SG.' + rs(r, B64U, 22) + '.' + rs(r, B64U, 43)),
    'telegram_bot_token': _plain(lambda r: f'{r.randint(10**9, 8 * 10**9)}:AA{rs(r, B64U, 33)}'),
    'twilio_auth_token': _plain(lambda r: rs(r, HEXL, 32)),
    'datadog_api_key': _plain(lambda r: rs(r, HEXL, 32)),
    'gitlab_personal_access_token': _plain(lambda r: 'glpat-' + rs(r, B64U, 20)),
    'huggingface_access_token': _plain(lambda r: 'hf_' + rs(r, string.ascii_letters, 34)),
    'google_gemini_api_key': _plain(lambda r: 'AIza' + rs(r, B64U, 35)),
    'smtp_password': _plain(password),
    'github_fine_grained_pat': _plain(lambda r: 'github_pat_11' + rs(r, string.ascii_uppercase + string.digits, 20) + '_' + rs(r, ALNUM, 59)),
    'dockerhub_personal_access_token': _plain(lambda r: 'dckr_pat_' + rs(r, B64U, 27)),
}
VAR = {
    'aws_secret_access_key': 'AWS_SECRET_ACCESS_KEY', 'github_classic_pat': 'GITHUB_TOKEN', 'npm_access_token': 'NPM_TOKEN',
    'stripe_live_secret_key': 'STRIPE_SECRET_KEY', 'slack_bot_token': 'SLACK_BOT_TOKEN', 'openai_project_api_key': 'OPENAI_API_KEY',
    'anthropic_api_key': 'ANTHROPIC_API_KEY', 'postgres_url_password': 'DATABASE_URL', 'mysql_url_password': 'MYSQL_URL',
    'redis_url_password': 'REDIS_URL', 'database_password': 'DB_PASSWORD', 'jwt_signing_secret': 'JWT_SECRET',
    'sendgrid_api_key': 'SENDGRID_API_KEY', 'telegram_bot_token': 'TELEGRAM_BOT_TOKEN', 'twilio_auth_token': 'TWILIO_AUTH_TOKEN',
    'datadog_api_key': 'DD_API_KEY', 'gitlab_personal_access_token': 'GITLAB_TOKEN', 'huggingface_access_token': 'HF_TOKEN',
    'google_gemini_api_key': 'GEMINI_API_KEY', 'smtp_password': 'SMTP_PASSWORD', 'github_fine_grained_pat': 'GH_PAT',
    'dockerhub_personal_access_token': 'DOCKERHUB_TOKEN',
}


def render(template, parts):
    """template uses {VAL}, {VAL2}, ... placeholders for span values and {X} for plain fillers.
    parts: dict name -> (string, span_rel_start or None, span_value or None, span_type)."""
    import re
    out, spans, pos = [], [], 0
    for m in re.finditer(r'\{([A-Z0-9_]+)\}', template):
        out.append(template[pos:m.start()])
        cur = sum(len(x) for x in out)
        key = m.group(1)
        s, rel, val, typ = parts[key]
        if rel is not None:
            spans.append({'value': val, 'start': cur + rel, 'end': cur + rel + len(val), 'type': typ})
        out.append(s)
        pos = m.end()
    out.append(template[pos:])
    text = ''.join(out)
    spans.sort(key=lambda s: s['start'])
    return text, spans
