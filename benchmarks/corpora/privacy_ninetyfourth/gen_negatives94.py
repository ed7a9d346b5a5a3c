"""Hard negatives from the chat-ops world (seed 9406)."""
import random, hashlib, hmac, base64, uuid
from common94 import *

def u4(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))
def snow(r): return str(r.randint(10**17, 10**18 - 1))
def sid(r, p, n=10): return p + rstr(r, UP + DIG, n)

B = {}
def base(cls, kind):
    def deco(f): B.setdefault(cls, []).append((kind, f)); return f
    return deco

@base('slack_workspace_object_ids', 'slack_conversations_list_ids')
def _(r): return 'id          name       creator\n' + '\n'.join('%s  %-10s %s' % (sid(r, 'C0'), n, sid(r, 'U0')) for n in ['deploys', 'oncall', 'bots'])
@base('slack_workspace_object_ids', 'slack_event_envelope_team_ids')
def _(r): return '{"team_id":"%s","api_app_id":"%s","event":{"type":"app_mention","user":"%s","channel":"%s"},"event_id":"%s"}' % (sid(r, 'T0'), sid(r, 'A0'), sid(r, 'U0'), sid(r, 'C0'), sid(r, 'Ev0'))
@base('interaction_verify_public_key', 'discord_developer_portal_public_key')
def _(r): return 'APPLICATION ID  %s\nPUBLIC KEY      %s\n(used to verify interaction signatures; safe to share)' % (snow(r), rstr(r, HEX, 64))
@base('interaction_verify_public_key', 'nacl_verify_key_in_handler')
def _(r): return "const PUBLIC_KEY = '%s'; // ed25519 verify key from the portal\nverifyKey(body, sig, ts, PUBLIC_KEY)" % rstr(r, HEX, 64)
@base('messenger_numeric_chat_ids', 'telegram_get_updates_chat_ids')
def _(r): return '{"ok":true,"result":[{"update_id":%d,"message":{"message_id":%d,"chat":{"id":-100%d,"type":"supergroup"}}}]}' % (r.randint(10**8, 10**9), r.randint(1, 9999), r.randint(10**9, 10**10))
@base('messenger_numeric_chat_ids', 'whatsapp_phone_number_and_waba_ids')
def _(r): return 'PHONE_NUMBER_ID=%d\nWABA_ID=%d\nmessage id: wamid.%s' % (r.randint(10**14, 10**15), r.randint(10**14, 10**15), base64.b64encode(rstr(r, DIG + UP, 30).encode()).decode())
@base('request_signature_header_digest', 'slack_signature_request_headers')
def _(r): return 'X-Slack-Request-Timestamp: %d\nX-Slack-Signature: v0=%s' % (r.randint(1.7e9, 1.8e9), rstr(r, HEX, 64))
@base('request_signature_header_digest', 'forge_hub_signature_delivery_log')
def _(r): return 'X-GitHub-Delivery: %s\nX-Hub-Signature-256: sha256=%s\nX-GitHub-Event: push' % (u4(r), rstr(r, HEX, 64))
@base('deploy_platform_secret_reference', 'railway_reference_variable_syntax')
def _(r): return 'DATABASE_URL=${{Postgres.DATABASE_URL}}\nSLACK_BOT_TOKEN=${{shared.SLACK_BOT_TOKEN}}\nREDIS_URL=${{Redis.REDIS_URL}}'
@base('deploy_platform_secret_reference', 'bot_code_reads_environment')
def _(r): return "token = os.environ['DISCORD_TOKEN']  # set in Replit Secrets\n// index.js: new App({ token: process.env.SLACK_BOT_TOKEN })"
@base('masked_bot_credential_echo', 'bot_startup_log_masked_token')
def _(r): return 'INFO bolt-app: connected as @ops, token=xoxb-****-****-%s, signing secret=[set]' % rstr(r, ALNUM, 4)
@base('masked_bot_credential_echo', 'platform_dashboard_hidden_values')
def _(r): return 'Variables\n  DISCORD_TOKEN      ••••••••••••••  (hidden)\n  TELEGRAM_TOKEN     ••••••••••••••  (hidden)\n  PORT               %d' % r.choice([3000, 8080])
@base('bot_template_placeholder_value', 'starter_env_example_file')
def _(r): return 'SLACK_BOT_TOKEN=xoxb-your-bot-token\nSLACK_SIGNING_SECRET=your-signing-secret\nDISCORD_TOKEN=<paste token here>'
@base('bot_template_placeholder_value', 'tutorial_code_placeholder')
def _(r): return 'bot = telebot.TeleBot("YOUR_BOT_TOKEN_HERE")\nclient.run("INSERT_DISCORD_TOKEN")  # step %d of the tutorial' % r.randint(2, 9)
@base('federated_room_event_ids', 'matrix_room_and_event_ids')
def _(r): return 'room: !%s:matrix.example.com\nevent: $%s\nsender: @ops:matrix.example.com' % (rstr(r, ALNUM, 18), rstr(r, B64U, 43))
@base('federated_room_event_ids', 'zulip_message_and_stream_ids')
def _(r): return '{"result":"success","id":%d,"stream_id":%d,"msg":""}' % (r.randint(10**6, 10**8), r.randint(1, 999))
@base('message_idempotency_nonce', 'discord_message_nonce_field')
def _(r): return '{"content":"deploy done","nonce":"%s","tts":false}' % snow(r)
@base('message_idempotency_nonce', 'slack_client_msg_id_field')
def _(r): return '{"type":"message","client_msg_id":"%s","text":"ack"}' % u4(r)
@base('bot_dependency_lock_integrity', 'package_lock_integrity_lines')
def _(r): return '"node_modules/@slack/bolt": {\n  "version": "3.%d.0",\n  "integrity": "sha512-%s=="\n}' % (r.randint(10, 22), rstr(r, B64, 86))
@base('bot_dependency_lock_integrity', 'poetry_lock_file_hashes')
def _(r): return 'files = [\n    {file = "discord_py-2.%d.0-py3-none-any.whl", hash = "sha256:%s"},\n]' % (r.randint(1, 5), rstr(r, HEX, 64))
@base('oauth_app_public_client_id', 'slack_oauth_install_link')
def _(r): return 'https://slack.com/oauth/v2/authorize?client_id=%d.%d&scope=commands,chat:write' % (r.randint(10**11, 10**12), r.randint(10**12, 10**13))
@base('oauth_app_public_client_id', 'discord_bot_invite_url')
def _(r): return 'https://discord.com/oauth2/authorize?client_id=%s&permissions=%d&scope=bot%%20applications.commands' % (snow(r), r.randint(1000, 2**31))
@base('encrypted_bot_config_payload', 'dotenv_vault_encrypted_line')
def _(r): return 'DOTENV_VAULT_PRODUCTION="%s"' % base64.b64encode(bytes(r.getrandbits(8) for _ in range(96))).decode()
@base('encrypted_bot_config_payload', 'ejson_encrypted_secret_field')
def _(r): return '{\n  "_public_key": "%s",\n  "slack_token": "EJ[1:%s:%s:%s]"\n}' % (rstr(r, HEX, 64), rstr(r, B64, 43) + '=', rstr(r, B64, 32), rstr(r, B64, 44))
@base('hosting_deployment_identifier', 'railway_deployment_list_ids')
def _(r): return 'ID                                    STATUS   CREATED\n%s  SUCCESS  2h ago\n%s  REMOVED  1d ago' % (u4(r), u4(r))
@base('hosting_deployment_identifier', 'replit_repl_id_and_git_sha')
def _(r): return 'REPL_ID=%s\nREPL_SLUG=ops-bot\ncommit %s' % (u4(r), rstr(r, HEX, 40))
@base('chat_attachment_file_identifier', 'slack_files_upload_response')
def _(r): return '{"ok":true,"file":{"id":"%s","name":"report.csv","url_private":"https://files.slack.com/files-pri/%s-%s/report.csv"}}' % (sid(r, 'F0'), sid(r, 'T0'), sid(r, 'F0'))
@base('chat_attachment_file_identifier', 'telegram_photo_file_ids')
def _(r): return '"photo":[{"file_id":"AgAC%s","file_unique_id":"AQAD%s","width":90}]' % (rstr(r, B64U, 70), rstr(r, B64U, 12))
@base('bot_credential_talk_no_value', 'token_rotation_runbook_note')
def _(r): return 'When the Slack bot token leaks, revoke it under OAuth & Permissions, reinstall the app, and update the variable in Railway. Never paste the new token in %s.' % r.choice(['#ops', '#bots', 'a ticket'])
@base('bot_credential_talk_no_value', 'chat_request_for_password_reset')
def _(r): return '<%s> can someone reset the matrix bot password? I will DM you the new one, not here.' % r.choice(USERS)

WRAP = ['', '__in_slack_thread_paste', '__in_bot_repo_issue', '__in_oncall_handoff_doc', '__in_bot_deploy_log', '__in_discord_dev_channel']
WTPL = {'__in_slack_thread_paste': '<{u}> here is what I see:\n```\n{t}\n```', '__in_bot_repo_issue': '### Steps to reproduce\n\n{t}\n\n(not a secret, safe to post)',
        '__in_oncall_handoff_doc': 'Handoff {d}:\n> {t}', '__in_bot_deploy_log': '[deploy {d}] {t}', '__in_discord_dev_channel': '**{u}**: pasted output\n{t}'}

DOCS = [  # (kind, text builder) -- public documentation / standards values
 ('telegram_bot_api_docs_example_token', lambda: 'The Bot API docs show a token like 110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw (documentation sample, not a live bot).'),
 ('sha1_empty_input_in_webhook_test', lambda: 'assert sha1(b"").hexdigest() == "%s"  # empty payload' % hashlib.sha1(b'').hexdigest()),
 ('sha256_abc_in_signature_unit_test', lambda: 'expected digest of "abc": %s' % hashlib.sha256(b'abc').hexdigest()),
 ('hmac_sha1_rfc2202_case_two_in_hook_verifier', lambda: '# RFC 2202 test case 2 (key "Jefe")\nexpect(hmac_sha1("Jefe", "what do ya want for nothing?")).toBe("%s")' % hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha1').hexdigest()),
 ('md5_quick_brown_fox_in_bot_checksum_doc', lambda: 'md5("The quick brown fox jumps over the lazy dog") = %s' % hashlib.md5(b'The quick brown fox jumps over the lazy dog').hexdigest()),
]
DOC_EXPECT = {'sha1': 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'sha256abc': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
              'hmac2202': 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79', 'md5fox': '9e107d9d372bb6826bd81d3542a419d6'}
DOC_CLASS = 'published_test_vector_value'

def build(seed=9406):
    r = random.Random(seed)
    out = []
    for cls in B:
        for kind, f in B[cls]:
            for w in WRAP:
                t = f(r)
                if w:
                    t = WTPL[w].replace('{t}', t).replace('{u}', r.choice(USERS)).replace('{d}', '2026-0%d-1%d' % (r.randint(1, 9), r.randint(0, 9)))
                out.append((cls, kind + w, t))
    for kind, f in DOCS:
        out.append((DOC_CLASS, kind, f()))
    return out
