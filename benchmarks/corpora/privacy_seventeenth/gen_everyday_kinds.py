"""Everyday secret kinds (common vendor tokens and passwords) used by gen_everyday."""
import base64
from common import (rs, hexs, ALNUM, B64URL, HEX, UPPER_ALNUM, crc32_b62_token, human_password,
                    strong_password, uuid4)
import string


def _aws(r): return rs(r, ALNUM + '+/', 40)
def _ghfg(r): return 'github_pat_11' + rs(r, UPPER_ALNUM, 20) + '_' + rs(r, ALNUM, 59)
def _glpat(r): return 'glpat-' + rs(r, ALNUM + '-_', 20)
def _xoxb(r): return 'xoxb-%d-%d-%s' % (r.randrange(10**10, 10**12), r.randrange(10**12, 10**13), rs(r, ALNUM, 24))
def _hook(r): return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(r, UPPER_ALNUM, 10), rs(r, UPPER_ALNUM, 10), rs(r, ALNUM, 24))
def _sk(r): return 'sk_live_51' + rs(r, ALNUM, 97)
def _rk(r): return 'rk_live_51' + rs(r, ALNUM, 97)
def _oai(r): return 'sk-proj-' + rs(r, B64URL, 74) + 'T3BlbkFJ' + rs(r, B64URL, 74)
def _ant(r): return 'sk-ant-api03-' + rs(r, B64URL, 93) + 'AA'
def _jwt(r): return hexs(r, 64) if r.random() < .5 else base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode().replace('+', 'x').replace('/', 'Q')
def _npm(r): return crc32_b62_token(r, 'npm_')
def _dckr(r): return 'dckr_pat_' + rs(r, B64URL, 27)
def _aiza(r): return 'AIza' + rs(r, B64URL, 35)
def _sg(r): return 'SG.' + rs(r, B64URL, 22) + '.' + rs(r, B64URL, 43)
def _tw(r): return hexs(r, 32)
def _disc(r):
    snow = str(r.randrange(10**17, 13 * 10**17))
    return base64.b64encode(snow.encode()).decode().rstrip('=') + '.' + rs(r, B64URL, 6) + '.' + rs(r, B64URL, 38)
def _tg(r): return '%d:AA%s' % (r.randrange(10**9, 8 * 10**9), rs(r, B64URL, 33))
def _hf(r): return 'hf_' + rs(r, string.ascii_letters, 34)
def _dd(r): return hexs(r, 32)
def _sntry(r): return 'sntryu_' + hexs(r, 64)
def _azsa(r): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
def _pw(r): return human_password(r)
def _spw(r): return strong_password(r)

# kind: (span type, generator, env name, wrap, group)
KINDS = {
    'aws': ('aws_secret_access_key', _aws, 'AWS_SECRET_ACCESS_KEY', '«S»', 'B64'),
    'ghp': ('github_classic_pat', lambda r: crc32_b62_token(r, 'ghp_'), 'GITHUB_TOKEN', '«S»', 'TOK'),
    'ghfg': ('github_fine_grained_pat', _ghfg, 'GH_TOKEN', '«S»', 'TOK'),
    'glpat': ('gitlab_personal_access_token', _glpat, 'GITLAB_TOKEN', '«S»', 'TOK'),
    'xoxb': ('slack_bot_token', _xoxb, 'SLACK_BOT_TOKEN', '«S»', 'TOK'),
    'hook': ('slack_incoming_webhook_url', _hook, 'SLACK_WEBHOOK_URL', '«S»', 'URL'),
    'sk': ('stripe_live_secret_key', _sk, 'STRIPE_SECRET_KEY', '«S»', 'TOK'),
    'rk': ('stripe_restricted_key', _rk, 'STRIPE_API_KEY', '«S»', 'TOK'),
    'oai': ('openai_project_api_key', _oai, 'OPENAI_API_KEY', '«S»', 'TOK'),
    'ant': ('anthropic_api_key', _ant, 'ANTHROPIC_API_KEY', '«S»', 'TOK'),
    'jwt': ('jwt_signing_secret', _jwt, 'JWT_SECRET', '«S»', 'TOK'),
    'npm': ('npm_access_token', _npm, 'NPM_TOKEN', '«S»', 'TOK'),
    'dckr': ('dockerhub_personal_access_token', _dckr, 'DOCKERHUB_TOKEN', '«S»', 'TOK'),
    'aiza': ('google_gemini_api_key', _aiza, 'GEMINI_API_KEY', '«S»', 'TOK'),
    'sg': ('sendgrid_api_key', _sg, 'SENDGRID_API_KEY', '«S»', 'TOK'),
    'tw': ('twilio_auth_token', _tw, 'TWILIO_AUTH_TOKEN', '«S»', 'TOK'),
    'disc': ('discord_bot_token', _disc, 'DISCORD_TOKEN', '«S»', 'TOK'),
    'tg': ('telegram_bot_token', _tg, 'TELEGRAM_BOT_TOKEN', '«S»', 'TOK'),
    'hf': ('huggingface_access_token', _hf, 'HF_TOKEN', '«S»', 'TOK'),
    'dd': ('datadog_api_key', _dd, 'DD_API_KEY', '«S»', 'TOK'),
    'sntry': ('sentry_user_auth_token', _sntry, 'SENTRY_AUTH_TOKEN', '«S»', 'TOK'),
    'azsa': ('azure_storage_account_key', _azsa, 'AZURE_STORAGE_CONNECTION_STRING',
             'DefaultEndpointsProtocol=https;AccountName=«org»prod;AccountKey=«S»;EndpointSuffix=core.windows.net', 'B64'),
    'pg': ('postgres_url_password', _spw, 'DATABASE_URL', 'postgresql://«dbuser»:«S»@«host»:5432/«db»?sslmode=require', 'URL'),
    'my': ('mysql_url_password', _spw, 'DATABASE_URL', 'mysql://«dbuser»:«S»@«host»:3306/«db»', 'URL'),
    'mongo': ('mongodb_srv_uri_password', _spw, 'MONGODB_URI', 'mongodb+srv://«dbuser»:«S»@cluster0.«hex8».mongodb.net/«db»?retryWrites=true&w=majority', 'URL'),
    'redis': ('redis_url_password', _spw, 'REDIS_URL', 'rediss://default:«S»@«host»:6380/0', 'URL'),
    'amqp': ('amqp_url_password', _spw, 'CELERY_BROKER_URL', 'amqps://«dbuser»:«S»@«host»:5671/prod', 'URL'),
    'dbpw': ('database_password', _pw, 'DB_PASSWORD', '«S»', 'PW'),
    'smtp': ('smtp_password', _pw, 'SMTP_PASSWORD', '«S»', 'PW'),
    'basicpw': ('http_basic_auth_password', _pw, 'BASIC_AUTH_PASSWORD', '«S»', 'X'),
    'redispw': ('redis_auth_password', _spw, 'REDIS_PASSWORD', '«S»', 'X'),
    'pgrole': ('postgres_role_password', _spw, 'PGPASSWORD', '«S»', 'X'),
    'myuser': ('mysql_user_password', _spw, 'MYSQL_PASSWORD', '«S»', 'X'),
    'mongouser': ('mongodb_user_password', _spw, 'MONGO_PASSWORD', '«S»', 'X'),
    'mysqlcli': ('mysql_cli_password', _spw, 'MYSQL_PWD', '«S»', 'X'),
    'borgpass': ('borg_repo_passphrase', _pw, 'BORG_PASSPHRASE', '«S»', 'X'),
    'nexuspw': ('maven_repository_password', _pw, 'NEXUS_PASSWORD', '«S»', 'X'),
    'oraclepw': ('oracle_db_password', _spw, 'ORACLE_PASSWORD', '«S»', 'X'),
}
GROUPS = {}
for k, v in KINDS.items():
    GROUPS.setdefault(v[4], []).append(k)
