"""Everyday secret kinds: common tokens and passwords a developer really pastes.
Each kind returns dict(type, label, pairs=[(NAME, parts)], bearer=(header, scheme, S) or None, value=S)."""
import base64
import json
from common import (S, rs, rhex, rb64, ruuid, github_token, jwt_like, pw_safe, ALNUM, LOWER_ALNUM, UPPER_ALNUM,
                    B64URL)


def _k(t, label, pairs, sv, bearer=None):
    return {"type": t, "label": label, "pairs": pairs, "value": sv, "bearer": bearer}


def aws(r):
    sv = S(rs(r, ALNUM + "+/", 40), "aws_secret_access_key")
    return _k(sv.type, "AWS", [("AWS_ACCESS_KEY_ID", ["AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)]), ("AWS_SECRET_ACCESS_KEY", [sv])], sv)


def ghp(r):
    sv = S(github_token(r, "ghp_"), "github_classic_pat")
    return _k(sv.type, "GitHub", [("GITHUB_TOKEN", [sv])], sv, ("Authorization", "token "))


def ghfg(r):
    sv = S("github_pat_11" + rs(r, UPPER_ALNUM, 20) + "0" + rs(r, ALNUM, 1) + "_" + rs(r, ALNUM, 59), "github_fine_grained_pat")
    return _k(sv.type, "GitHub", [("GH_TOKEN", [sv])], sv, ("Authorization", "Bearer "))


def glpat(r):
    sv = S("glpat-" + rs(r, ALNUM + "-_", 20), "gitlab_personal_access_token")
    return _k(sv.type, "GitLab", [("GITLAB_TOKEN", [sv])], sv, ("PRIVATE-TOKEN", ""))


def openai(r):
    sv = S("sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74), "openai_project_api_key")
    return _k(sv.type, "OpenAI", [("OPENAI_API_KEY", [sv])], sv, ("Authorization", "Bearer "))


def anthropic(r):
    sv = S("sk-ant-api03-" + rs(r, B64URL, 93) + "AA", "anthropic_api_key")
    return _k(sv.type, "Anthropic", [("ANTHROPIC_API_KEY", [sv])], sv, ("x-api-key", ""))


def slackbot(r):
    sv = S("xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), rs(r, ALNUM, 24)), "slack_bot_token")
    return _k(sv.type, "Slack", [("SLACK_BOT_TOKEN", [sv])], sv, ("Authorization", "Bearer "))


def slackhook(r):
    sv = S("https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPPER_ALNUM, 10), rs(r, UPPER_ALNUM, 10), rs(r, ALNUM, 24)), "slack_incoming_webhook_url")
    return _k(sv.type, "Slack", [("SLACK_WEBHOOK_URL", [sv])], sv)


def stripe(r):
    sv = S("sk_live_51" + rs(r, ALNUM, 97), "stripe_live_secret_key")
    return _k(sv.type, "Stripe", [("STRIPE_SECRET_KEY", [sv])], sv, ("Authorization", "Bearer "))


def stripe_rk(r):
    sv = S("rk_live_51" + rs(r, ALNUM, 97), "stripe_restricted_key")
    return _k(sv.type, "Stripe", [("STRIPE_API_KEY", [sv])], sv, ("Authorization", "Bearer "))


def sendgrid(r):
    sv = S("SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), "sendgrid_api_key")
    return _k(sv.type, "SendGrid", [("SENDGRID_API_KEY", [sv])], sv, ("Authorization", "Bearer "))


def twilio(r):
    sv = S(rhex(r, 32), "twilio_auth_token")
    return _k(sv.type, "Twilio", [("TWILIO_ACCOUNT_SID", ["AC" + rhex(r, 32)]), ("TWILIO_AUTH_TOKEN", [sv])], sv)


def npm(r):
    sv = S(github_token(r, "npm_"), "npm_access_token")
    return _k(sv.type, "npm", [("NPM_TOKEN", [sv])], sv, ("Authorization", "Bearer "))


def dockerhub(r):
    sv = S("dckr_pat_" + rs(r, B64URL, 27), "dockerhub_personal_access_token")
    return _k(sv.type, "Docker Hub", [("DOCKERHUB_TOKEN", [sv])], sv, ("Authorization", "Bearer "))


def hf(r):
    sv = S("hf_" + rs(r, ALNUM, 34), "huggingface_access_token")
    return _k(sv.type, "Hugging Face", [("HF_TOKEN", [sv])], sv, ("Authorization", "Bearer "))


def gemini(r):
    sv = S("AIzaSy" + rs(r, B64URL, 33), "google_gemini_api_key")
    return _k(sv.type, "Gemini", [("GEMINI_API_KEY", [sv])], sv, ("x-goog-api-key", ""))


def datadog(r):
    sv = S(rhex(r, 32), "datadog_api_key")
    return _k(sv.type, "Datadog", [("DD_API_KEY", [sv])], sv, ("DD-API-KEY", ""))


def sentry(r):
    sv = S("sntryu_" + rhex(r, 64), "sentry_user_auth_token")
    return _k(sv.type, "Sentry", [("SENTRY_AUTH_TOKEN", [sv])], sv, ("Authorization", "Bearer "))


def discord(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 1))
    sv = S(base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38), "discord_bot_token")
    return _k(sv.type, "Discord", [("DISCORD_TOKEN", [sv])], sv, ("Authorization", "Bot "))


def telegram(r):
    sv = S("%d:AA%s" % (r.randrange(10 ** 9, 8 * 10 ** 9), rs(r, B64URL, 33)), "telegram_bot_token")
    return _k(sv.type, "Telegram", [("TELEGRAM_BOT_TOKEN", [sv])], sv)


def do_pat(r):
    sv = S("dop_v1_" + rhex(r, 64), "digitalocean_personal_access_token")
    return _k(sv.type, "DigitalOcean", [("DIGITALOCEAN_TOKEN", [sv])], sv, ("Authorization", "Bearer "))


def cf_token(r):
    sv = S(rs(r, B64URL, 40), "cloudflare_api_token")
    return _k(sv.type, "Cloudflare", [("CLOUDFLARE_API_TOKEN", [sv])], sv, ("Authorization", "Bearer "))


def _dsn(r, t, scheme, user, host, port, db, extra=""):
    pw = S(pw_safe(r), t)
    return pw, ["%s://%s:" % (scheme, user), pw, "@%s%s/%s%s" % (host, port, db, extra)]


def pg(r):
    pw, parts = _dsn(r, "postgres_url_password", "postgresql", r.choice(["app", "api_rw", "billing"]), r.choice(["db.internal", "pg-primary.prod.svc", "10.20.3.14"]), ":5432", r.choice(["app", "orders", "core"]), "?sslmode=require")
    return _k(pw.type, "PostgreSQL", [("DATABASE_URL", parts)], pw)


def mysql(r):
    pw, parts = _dsn(r, "mysql_url_password", "mysql", r.choice(["shop", "wp", "etl"]), r.choice(["mysql.internal", "db-1.lan"]), ":3306", r.choice(["shop", "wordpress", "warehouse"]))
    return _k(pw.type, "MySQL", [("MYSQL_URL", parts)], pw)


def mongo(r):
    pw, parts = _dsn(r, "mongodb_srv_uri_password", "mongodb+srv", r.choice(["svc", "reporting", "admin"]), "cluster0." + rs(r, LOWER_ALNUM, 5) + ".mongodb.net", "", r.choice(["app", "events"]), "?retryWrites=true&w=majority")
    return _k(pw.type, "MongoDB", [("MONGODB_URI", parts)], pw)


def redis(r):
    pw = S(pw_safe(r), "redis_url_password")
    parts = ["rediss://default:", pw, "@" + r.choice(["cache.internal", "redis-master.prod.svc"]) + ":6380/0"]
    return _k(pw.type, "Redis", [("REDIS_URL", parts)], pw)


def amqp(r):
    pw, parts = _dsn(r, "amqp_url_password", "amqps", r.choice(["worker", "celery"]), r.choice(["mq.internal", "rabbit-0.prod"]), ":5671", "%2F")
    return _k(pw.type, "RabbitMQ", [("BROKER_URL", parts)], pw)


def smtp(r):
    pw = S(pw_safe(r), "smtp_password")
    return _k(pw.type, "SMTP", [("SMTP_HOST", ["smtp." + r.choice(["mailgun.org", "office365.com", "fastmail.com", "zoho.eu"])]), ("SMTP_USER", [r.choice(["noreply", "alerts", "billing"]) + "@contoso.example"]), ("SMTP_PASSWORD", [pw])], pw)


def jwt_secret(r):
    sv = S(rhex(r, 64) if r.random() < 0.5 else rs(r, ALNUM, 64), "jwt_signing_secret")
    return _k(sv.type, "JWT", [("JWT_SECRET", [sv])], sv)


def azure_storage(r):
    key = S(rb64(r, 64), "azure_storage_account_key")
    acct = "contoso" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5)
    parts = ["DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=" % acct, key, ";EndpointSuffix=core.windows.net"]
    return _k(key.type, "Azure Storage", [("AZURE_STORAGE_CONNECTION_STRING", parts)], key)


def dbpw(r):
    pw = S(pw_safe(r), "database_password")
    return _k(pw.type, "database", [("DB_HOST", [r.choice(["db.internal", "10.0.4.21", "sql01.corp.example"])]), ("DB_USER", [r.choice(["app", "svc_report", "django"])]), ("DB_PASSWORD", [pw])], pw)


KINDS = [aws, ghp, ghfg, glpat, openai, anthropic, slackbot, slackhook, stripe, stripe_rk, sendgrid, twilio, npm,
         dockerhub, hf, gemini, datadog, sentry, discord, telegram, do_pat, cf_token, pg, mysql, mongo, redis, amqp,
         smtp, jwt_secret, azure_storage, dbpw]
