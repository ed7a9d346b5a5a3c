"""New credential types (absent from the p15 / p16 type lists): one generator per type.
Entry: type -> (vendor display name, env var name, API host, auth style, generator, shape note).
auth: 'bearer' | 'hdr:<Header-Name>' | 'scheme:<Word>' (Authorization: <Word> <value>) | 'query:<param>' | 'basic' (value is the password)
shape: 'rule' (prefix / length confirmed in a public rule set), 'doc' (vendor documentation, from memory),
'name' (no distinctive prefix: length and alphabet only), 'struct' (structure built and re-verified)."""
import base64, hashlib, hmac, json, string
from common import (rs, hexs, uuid4, ALNUM, LOWER_ALNUM, UPPER_ALNUM, B64URL, HEX, crc32_b62_token,
                    b58check, bech32_encode, crc16_xmodem, B58_RIPPLE, b64u)

A, L, U, H, B = ALNUM, LOWER_ALNUM, UPPER_ALNUM, HEX, B64URL
D = string.digits


def P(prefix, alpha, n, suffix=''):
    return lambda r: prefix + rs(r, alpha, n) + suffix


def _uuid(r): return uuid4(r)


def _grafana_legacy(r):
    payload = json.dumps({'k': rs(r, A, 32), 'n': 'ci-' + rs(r, L, 6), 'id': r.randrange(1, 40)}, separators=(',', ':'))
    return base64.b64encode(payload.encode()).decode().rstrip('=')


def _neptune(r):
    inner = base64.b64encode(json.dumps({'api_address': 'https://app.neptune.ai', 'api_url': 'https://app.neptune.ai',
                                          'api_key': uuid4(r)}, separators=(',', ':')).encode()).decode()
    return inner.rstrip('=')


def _tinybird(r):
    body = json.dumps({'u': uuid4(r), 'id': uuid4(r), 'host': 'gcp-europe-west3'}, separators=(',', ':'))
    return 'p.' + b64u(body.encode()) + '.' + rs(r, B, 43)


def _stellar(r):
    raw = bytes([18 << 3]) + bytes(r.getrandbits(8) for _ in range(32))
    c = crc16_xmodem(raw)
    return base64.b32encode(raw + bytes([c & 0xff, c >> 8])).decode()


def _xrpl(r):
    return b58check(bytes([0x21]) + bytes(r.getrandbits(8) for _ in range(16)), B58_RIPPLE)


def _xprv(r):
    payload = bytes.fromhex('0488ade4') + bytes([0]) + b'\0' * 4 + b'\0' * 4 + \
        bytes(r.getrandbits(8) for _ in range(32)) + b'\0' + bytes(r.getrandbits(8) for _ in range(32))
    return b58check(payload)


def _btc_wif(r):
    return b58check(b'\x80' + bytes(r.getrandbits(8) for _ in range(32)) + b'\x01')


def _ses_smtp(r):
    """Amazon SES SMTP password derived from a (random) IAM secret key, SigV4 derivation, version byte 4."""
    secret = rs(r, A + '+/', 40)
    region = 'eu-west-1'
    sig = ('AWS4' + secret).encode()
    for m in ('11111111', region, 'ses', 'aws4_request', 'SendRawEmail'):
        sig = hmac.new(sig, m.encode(), hashlib.sha256).digest()
    return base64.b64encode(b'\x04' + sig).decode()


def _age(r):
    return bech32_encode('age-secret-key-', bytes(r.getrandbits(8) for _ in range(32))).upper()


def _ghs(r): return crc32_b62_token(r, 'ghs_')


def _onep_secret_key(r):
    al = '23456789ABCDEFGHJKLMNPQRSTVWXYZ'
    return 'A3-%s-%s-%s-%s-%s-%s' % (rs(r, al, 6), rs(r, al, 6), rs(r, al, 5), rs(r, al, 5), rs(r, al, 5), rs(r, al, 5))


def _telegram_hash(r): return hexs(r, 32)


def _mp(r):
    return 'APP_USR-%d-%s-%s-%d' % (r.randrange(10**15, 10**16), '%02d%02d%02d' % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(10, 24)), hexs(r, 32), r.randrange(10**8, 10**10))


def _unleash(r): return '*:production.' + hexs(r, 64)


def _harvest(r): return '%d.pt.%s' % (r.randrange(10**6, 10**7), rs(r, B, 86))


def _proxmox(r): return uuid4(r)


def _ebay(r): return 'v^1.1#i^1#p^3#r^1#I^3#f^0#t^H4sIAAAAAAAAA' + rs(r, A + '+/', 180) + '=='


def _infobip(r): return hexs(r, 32) + '-' + uuid4(r)


def _paddle(r): return 'pdl_live_apikey_01' + rs(r, '0123456789abcdefghjkmnpqrstvwxyz', 24) + '_' + rs(r, A, 22) + '_' + rs(r, A, 3)


def _woo(r): return 'cs_' + hexs(r, 40)


def _gcore(r): return '%d$%s' % (r.randrange(1000, 99999), hexs(r, 128))


def _fal(r): return uuid4(r) + ':' + hexs(r, 32)


def _shopify_partner(r): return 'prtapi_' + hexs(r, 32)


def _coinbase_secret(r): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def _jwt_like(header, payload_keys):
    def g(r):
        pl = {}
        for k in payload_keys:
            pl[k] = r.randrange(1700000000, 1760000000) if k in ('iat', 'exp', 'nbf') else rs(r, L, 12)
        return b64u(json.dumps(header, separators=(',', ':')).encode()) + '.' + b64u(json.dumps(pl, separators=(',', ':')).encode()) + '.' + rs(r, B, 43)
    return g


V = {
    # --- AI / agents / data tooling ---
    'cerebras_api_key': ('Cerebras', 'CEREBRAS_API_KEY', 'api.cerebras.ai', 'bearer', P('csk-', L, 48), 'doc'),
    'runpod_api_key': ('RunPod', 'RUNPOD_API_KEY', 'api.runpod.io', 'bearer', P('rpa_', U, 44), 'doc'),
    'modal_token_secret': ('Modal', 'MODAL_TOKEN_SECRET', 'api.modal.com', 'hdr:x-modal-token-secret', P('as-', A, 22), 'doc'),
    'fal_ai_api_key': ('fal.ai', 'FAL_KEY', 'fal.run', 'scheme:Key', _fal, 'doc'),
    'jina_ai_api_key': ('Jina AI', 'JINA_API_KEY', 'api.jina.ai', 'bearer', P('jina_', A + '_', 60), 'doc'),
    'tavily_api_key': ('Tavily', 'TAVILY_API_KEY', 'api.tavily.com', 'bearer', P('tvly-', A, 32), 'doc'),
    'firecrawl_api_key': ('Firecrawl', 'FIRECRAWL_API_KEY', 'api.firecrawl.dev', 'bearer', P('fc-', H, 32), 'doc'),
    'browserbase_api_key': ('Browserbase', 'BROWSERBASE_API_KEY', 'api.browserbase.com', 'hdr:X-BB-API-Key', P('bb_live_', B, 27), 'doc'),
    'e2b_api_key': ('E2B', 'E2B_API_KEY', 'api.e2b.dev', 'hdr:X-API-Key', P('e2b_', H, 40), 'doc'),
    'apify_api_token': ('Apify', 'APIFY_TOKEN', 'api.apify.com', 'bearer', P('apify_api_', A, 36), 'rule'),
    'exa_search_api_key': ('Exa', 'EXA_API_KEY', 'api.exa.ai', 'hdr:x-api-key', _uuid, 'name'),
    'serpapi_api_key': ('SerpApi', 'SERPAPI_API_KEY', 'serpapi.com', 'query:api_key', P('', H, 64), 'name'),
    'scrapingbee_api_key': ('ScrapingBee', 'SCRAPINGBEE_API_KEY', 'app.scrapingbee.com', 'query:api_key', P('', U, 80), 'name'),
    'scraperapi_key': ('ScraperAPI', 'SCRAPERAPI_KEY', 'api.scraperapi.com', 'query:api_key', P('', H, 32), 'name'),
    'neptune_api_token': ('Neptune.ai', 'NEPTUNE_API_TOKEN', 'app.neptune.ai', 'bearer', _neptune, 'struct'),
    'clearml_api_secret_key': ('ClearML', 'CLEARML_API_SECRET_KEY', 'api.clear.ml', 'basic', P('', A, 50), 'name'),
    'roboflow_api_key': ('Roboflow', 'ROBOFLOW_API_KEY', 'api.roboflow.com', 'query:api_key', P('', A, 20), 'name'),
    'baseten_api_key': ('Baseten', 'BASETEN_API_KEY', 'model-abc123.api.baseten.co', 'scheme:Api-Key', lambda r: rs(r, A, 8) + '.' + rs(r, A, 32), 'doc'),
    'lepton_api_token': ('Lepton AI', 'LEPTON_API_TOKEN', 'gateway.lepton.ai', 'bearer', P('', A, 32), 'name'),
    'sambanova_api_key': ('SambaNova', 'SAMBANOVA_API_KEY', 'api.sambanova.ai', 'bearer', _uuid, 'name'),
    'novita_ai_api_key': ('Novita AI', 'NOVITA_API_KEY', 'api.novita.ai', 'bearer', P('sk_', B, 43), 'doc'),
    'ai21_api_key': ('AI21 Labs', 'AI21_API_KEY', 'api.ai21.com', 'bearer', P('', A, 32), 'name'),
    'moonshot_kimi_api_key': ('Moonshot AI', 'MOONSHOT_API_KEY', 'api.moonshot.ai', 'bearer', P('sk-', A, 48), 'doc'),
    'hyperbolic_api_key': ('Hyperbolic', 'HYPERBOLIC_API_KEY', 'api.hyperbolic.xyz', 'bearer', _jwt_like({'alg': 'HS256', 'typ': 'JWT'}, ['sub', 'iat']), 'doc'),
    'gladia_api_key': ('Gladia', 'GLADIA_API_KEY', 'api.gladia.io', 'hdr:x-gladia-key', _uuid, 'name'),
    'speechmatics_api_key': ('Speechmatics', 'SPEECHMATICS_API_KEY', 'asr.api.speechmatics.com', 'bearer', P('', A, 32), 'name'),
    'rev_ai_access_token': ('Rev.ai', 'REVAI_ACCESS_TOKEN', 'api.rev.ai', 'bearer', P('02', B, 84), 'name'),
    'portkey_api_key': ('Portkey', 'PORTKEY_API_KEY', 'api.portkey.ai', 'hdr:x-portkey-api-key', P('', A + '+/', 32), 'name'),
    'smithery_api_key': ('Smithery', 'SMITHERY_API_KEY', 'server.smithery.ai', 'query:api_key', _uuid, 'name'),
    'langflow_api_key': ('Langflow', 'LANGFLOW_API_KEY', 'langflow.internal', 'hdr:x-api-key', P('sk-', B, 43), 'doc'),
    'dify_app_api_key': ('Dify', 'DIFY_API_KEY', 'api.dify.ai', 'bearer', P('app-', A, 24), 'doc'),
    'flowise_api_key': ('Flowise', 'FLOWISE_API_KEY', 'flowise.internal', 'bearer', P('', B, 43), 'name'),
    'anthropic_oauth_access_token': ('Anthropic (Claude Code OAuth)', 'CLAUDE_CODE_OAUTH_TOKEN', 'api.anthropic.com', 'bearer', P('sk-ant-oat01-', B, 93, 'AA'), 'doc'),
    'openai_admin_api_key': ('OpenAI (admin)', 'OPENAI_ADMIN_KEY', 'api.openai.com', 'bearer', lambda r: 'sk-admin-' + rs(r, B, 74) + 'T3BlbkFJ' + rs(r, B, 74), 'doc'),
    # --- developer platforms / CI / code ---
    'github_app_installation_token': ('GitHub App', 'GH_INSTALLATION_TOKEN', 'api.github.com', 'scheme:token', _ghs, 'struct'),
    'gitlab_incoming_email_token': ('GitLab incoming e-mail', 'GITLAB_INCOMING_EMAIL_TOKEN', 'gitlab.com', 'query:token', P('glimt-', L, 25), 'rule'),
    'gitlab_feature_flags_client_token': ('GitLab feature flags', 'UNLEASH_INSTANCE_ID', 'gitlab.com', 'hdr:UNLEASH-INSTANCEID', P('glffct-', A + '_-', 20), 'rule'),
    'sourcegraph_access_token': ('Sourcegraph', 'SRC_ACCESS_TOKEN', 'sourcegraph.com', 'scheme:token', lambda r: 'sgp_' + hexs(r, 16) + '_' + hexs(r, 40), 'rule'),
    'sourcegraph_cody_gateway_key': ('Sourcegraph Cody gateway', 'CODY_GATEWAY_KEY', 'cody-gateway.sourcegraph.com', 'bearer', P('slk_', H, 64), 'rule'),
    'ionic_appflow_token': ('Ionic Appflow', 'IONIC_TOKEN', 'api.ionicjs.com', 'bearer', P('ion_', L, 42), 'rule'),
    'cloudsmith_api_key': ('Cloudsmith', 'CLOUDSMITH_API_KEY', 'api.cloudsmith.io', 'hdr:X-Api-Key', P('', H, 40), 'rule'),
    'deepsource_pat': ('DeepSource', 'DEEPSOURCE_TOKEN', 'api.deepsource.io', 'bearer', P('dsp_', H, 40), 'doc'),
    'codecov_upload_token': ('Codecov', 'CODECOV_TOKEN', 'codecov.io', 'scheme:token', _uuid, 'name'),
    'cypress_record_key': ('Cypress Cloud', 'CYPRESS_RECORD_KEY', 'api.cypress.io', 'hdr:x-cypress-record-key', _uuid, 'name'),
    'applitools_api_key': ('Applitools', 'APPLITOOLS_API_KEY', 'eyesapi.applitools.com', 'query:apiKey', P('', A, 44), 'name'),
    'lambdatest_access_key': ('LambdaTest', 'LT_ACCESS_KEY', 'hub.lambdatest.com', 'basic', P('LT_', A, 47), 'doc'),
    'bitrise_personal_access_token': ('Bitrise', 'BITRISE_TOKEN', 'api.bitrise.io', 'hdr:Authorization', P('', B, 86), 'name'),
    'codemagic_api_token': ('Codemagic', 'CM_API_TOKEN', 'api.codemagic.io', 'hdr:x-auth-token', P('', B, 43), 'rule'),
    'airbrake_user_key': ('Airbrake', 'AIRBRAKE_USER_KEY', 'api.airbrake.io', 'query:key', P('', A, 40), 'rule'),
    'raygun_api_key': ('Raygun', 'RAYGUN_API_KEY', 'api.raygun.com', 'hdr:X-ApiKey', P('', A, 22), 'name'),
    'bugsnag_data_access_token': ('Bugsnag', 'BUGSNAG_AUTH_TOKEN', 'api.bugsnag.com', 'scheme:token', _uuid, 'rule'),
    'flagsmith_server_side_key': ('Flagsmith', 'FLAGSMITH_ENVIRONMENT_KEY', 'edge.api.flagsmith.com', 'hdr:X-Environment-Key', P('ser.', A, 22), 'doc'),
    'unleash_backend_api_token': ('Unleash', 'UNLEASH_API_TOKEN', 'unleash.internal', 'hdr:Authorization', _unleash, 'doc'),
    'split_io_server_sdk_key': ('Split', 'SPLIT_SDK_KEY', 'sdk.split.io', 'bearer', P('', L, 36), 'name'),
    'amplitude_secret_key': ('Amplitude', 'AMPLITUDE_SECRET_KEY', 'amplitude.com', 'basic', P('', H, 32), 'name'),
    'customerio_app_api_key': ('Customer.io', 'CUSTOMERIO_APP_API_KEY', 'api.customer.io', 'bearer', P('', H, 32), 'name'),
    'braze_rest_api_key': ('Braze', 'BRAZE_REST_API_KEY', 'rest.fra-02.braze.eu', 'bearer', _uuid, 'name'),
    'iterable_server_api_key': ('Iterable', 'ITERABLE_API_KEY', 'api.iterable.com', 'hdr:Api-Key', P('', H, 32), 'name'),
    'getstream_api_secret': ('Stream', 'STREAM_API_SECRET', 'chat.stream-io-api.com', 'basic', P('', L, 64), 'name'),
    'pubnub_secret_key': ('PubNub', 'PUBNUB_SECRET_KEY', 'ps.pndsn.com', 'basic', lambda r: 'sec-c-' + rs(r, A, 48), 'rule'),
    'infisical_service_token': ('Infisical', 'INFISICAL_TOKEN', 'app.infisical.com', 'bearer', lambda r: 'st.' + uuid4(r) + '.' + hexs(r, 32) + '.' + hexs(r, 32), 'doc'),
    'onepassword_account_secret_key': ('1Password account', 'OP_SECRET_KEY', 'my.1password.com', 'basic', _onep_secret_key, 'doc'),
    'coder_session_token': ('Coder', 'CODER_SESSION_TOKEN', 'coder.internal', 'hdr:Coder-Session-Token', lambda r: rs(r, A, 10) + '-' + rs(r, A, 22), 'doc'),
    'gitpod_access_token': ('Gitpod', 'GITPOD_TOKEN', 'api.gitpod.io', 'bearer', P('gitpod_pat_', B, 86), 'doc'),
    'spacelift_api_key_secret': ('Spacelift', 'SPACELIFT_API_KEY_SECRET', 'acme.app.spacelift.io', 'basic', P('', H, 64), 'name'),
    'env0_api_key_secret': ('env0', 'ENV0_API_SECRET', 'api.env0.com', 'basic', P('', B, 32), 'name'),
    'scalr_api_token': ('Scalr', 'SCALR_TOKEN', 'acme.scalr.io', 'bearer', _jwt_like({'typ': 'JWT', 'alg': 'HS256'}, ['jti', 'iat']), 'doc'),
    'portainer_access_token': ('Portainer', 'PORTAINER_API_TOKEN', 'portainer.internal:9443', 'hdr:X-API-Key', P('ptr_', A + '+/', 44), 'doc'),
    'watchtower_http_api_token': ('Watchtower', 'WATCHTOWER_HTTP_API_TOKEN', 'watchtower.internal:8080', 'bearer', P('', A, 32), 'name'),
    'ngrok_api_key': ('ngrok API', 'NGROK_API_KEY', 'api.ngrok.com', 'bearer', lambda r: rs(r, A, 27) + '_' + rs(r, A, 21), 'rule'),
    'netbird_setup_key': ('NetBird', 'NB_SETUP_KEY', 'api.netbird.io', 'basic', lambda r: uuid4(r).upper(), 'name'),
    'twingate_connector_refresh_token': ('Twingate', 'TWINGATE_REFRESH_TOKEN', 'acme.twingate.com', 'basic', P('', B, 120), 'name'),
    'proxmox_api_token_secret': ('Proxmox VE', 'PROXMOX_TOKEN_SECRET', 'pve.internal:8006', 'prefix:PVEAPIToken=automation@pve!ci=', _proxmox, 'doc'),
    'vaultwarden_admin_token': ('Vaultwarden', 'ADMIN_TOKEN', 'vault.internal', 'basic', P('', A + '+/', 64), 'name'),
    'authentik_api_token': ('authentik', 'AUTHENTIK_TOKEN', 'auth.internal', 'bearer', P('', A, 60), 'name'),
    'authentik_secret_key': ('authentik', 'AUTHENTIK_SECRET_KEY', 'auth.internal', 'basic', P('', A, 50), 'name'),
    'kibana_encrypted_saved_objects_key': ('Kibana', 'XPACK_ENCRYPTEDSAVEDOBJECTS_ENCRYPTIONKEY', 'kibana.internal:5601', 'basic', P('', H, 32), 'name'),
    'sentry_selfhosted_system_secret_key': ('self-hosted Sentry', 'SENTRY_SYSTEM_SECRET_KEY', 'sentry.internal', 'basic', P('', A + '!@#%^*-_=+', 50), 'name'),
    'zulip_bot_api_key': ('Zulip', 'ZULIP_API_KEY', 'chat.internal', 'basic', P('', A, 32), 'name'),
    'discourse_api_key': ('Discourse', 'DISCOURSE_API_KEY', 'forum.internal', 'hdr:Api-Key', P('', H, 64), 'name'),
    'janus_admin_secret': ('Janus WebRTC', 'JANUS_ADMIN_SECRET', 'janus.internal:7088', 'basic', P('', A, 24), 'name'),
    'bigbluebutton_shared_secret': ('BigBlueButton', 'BBB_SECRET', 'bbb.internal', 'query:checksum_secret', P('', A, 48), 'name'),
    'plex_auth_token': ('Plex', 'PLEX_TOKEN', 'plex.tv', 'query:X-Plex-Token', P('', A + '-_', 20), 'name'),
    'overseerr_api_key': ('Overseerr', 'OVERSEERR_API_KEY', 'requests.internal:5055', 'hdr:X-Api-Key', lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(45))).decode(), 'name'),
    'immich_api_key': ('Immich', 'IMMICH_API_KEY', 'photos.internal:2283', 'hdr:x-api-key', P('', A, 43), 'name'),
    'netdata_stream_api_key': ('Netdata streaming', 'NETDATA_STREAM_KEY', 'parent.internal:19999', 'basic', _uuid, 'name'),
    'home_assistant_webhook_id': ('Home Assistant webhook', 'HA_WEBHOOK_ID', 'ha.internal:8123', 'basic', P('', A + '-_', 43), 'name'),
    # --- observability ---
    'grafana_legacy_api_key': ('Grafana (legacy API key)', 'GRAFANA_API_KEY', 'grafana.internal', 'bearer', _grafana_legacy, 'struct'),
    'newrelic_insert_key': ('New Relic Insights insert', 'NEW_RELIC_INSERT_KEY', 'insights-collector.newrelic.com', 'hdr:X-Insert-Key', P('NRII-', B, 32), 'rule'),
    'coralogix_send_data_key': ('Coralogix', 'CORALOGIX_PRIVATE_KEY', 'ingress.eu2.coralogix.com', 'bearer', P('cxtp_', A, 30), 'doc'),
    'checkly_api_key': ('Checkly', 'CHECKLY_API_KEY', 'api.checklyhq.com', 'bearer', P('cu_', H, 32), 'doc'),
    'lightstep_access_token': ('Lightstep', 'LS_ACCESS_TOKEN', 'ingest.lightstep.com', 'hdr:lightstep-access-token', P('', A + '/+', 84), 'name'),
    'instana_agent_key': ('Instana', 'INSTANA_AGENT_KEY', 'ingress-red-saas.instana.io', 'basic', P('', A + '-_', 22), 'name'),
    'signoz_ingestion_key': ('SigNoz', 'SIGNOZ_INGESTION_KEY', 'ingest.eu.signoz.cloud', 'hdr:signoz-ingestion-key', _uuid, 'name'),
    'cronitor_api_key': ('Cronitor', 'CRONITOR_API_KEY', 'cronitor.io', 'basic', P('', H, 32), 'name'),
    'sematext_logs_token': ('Sematext', 'LOGSENE_TOKEN', 'logsene-receiver.eu.sematext.com', 'basic', _uuid, 'name'),
    'uptimerobot_main_api_key': ('UptimeRobot', 'UPTIMEROBOT_API_KEY', 'api.uptimerobot.com', 'query:api_key', lambda r: 'u%d-%s' % (r.randrange(10**6, 10**7), hexs(r, 24)), 'doc'),
    'elastic_cloud_serverless_api_key': ('Elastic Cloud', 'EC_API_KEY', 'api.elastic-cloud.com', 'scheme:ApiKey', P('essu_', A + '+/', 88), 'doc'),
    'appoptics_api_token': ('AppOptics', 'APPOPTICS_TOKEN', 'api.appoptics.com', 'basic', P('', A + '-_', 71), 'rule'),
    'squadcast_refresh_token': ('Squadcast', 'SQUADCAST_REFRESH_TOKEN', 'auth.squadcast.com', 'hdr:X-Refresh-Token', P('', H, 64), 'name'),
    'incident_io_api_key': ('incident.io', 'INCIDENT_IO_API_KEY', 'api.incident.io', 'bearer', P('inc_', A, 40), 'doc'),
    # --- messaging / e-mail ---
    'mailersend_api_token': ('MailerSend', 'MAILERSEND_API_KEY', 'api.mailersend.com', 'bearer', lambda r: 'mlsn.' + hexs(r, 64), 'doc'),
    'smtp2go_api_key': ('SMTP2GO', 'SMTP2GO_API_KEY', 'api.smtp2go.com', 'hdr:X-Smtp2go-Api-Key', P('api-', H.upper(), 32), 'doc'),
    'mailtrap_api_token': ('Mailtrap', 'MAILTRAP_API_TOKEN', 'send.api.mailtrap.io', 'bearer', P('', H, 32), 'name'),
    'elasticemail_api_key': ('Elastic Email', 'ELASTICEMAIL_API_KEY', 'api.elasticemail.com', 'hdr:X-ElasticEmail-ApiKey', lambda r: rs(r, U + D, 96), 'name'),
    'mailsac_api_key': ('Mailsac', 'MAILSAC_KEY', 'mailsac.com', 'hdr:Mailsac-Key', P('k_', A, 40), 'rule'),
    'mandrill_api_key': ('Mandrill', 'MANDRILL_KEY', 'mandrillapp.com', 'basic', P('md-', A + '-_', 22), 'rule'),
    'loops_api_key': ('Loops', 'LOOPS_API_KEY', 'app.loops.so', 'bearer', P('', H, 32), 'name'),
    'aws_ses_smtp_password': ('Amazon SES SMTP', 'SES_SMTP_PASSWORD', 'email-smtp.eu-west-1.amazonaws.com', 'basic', _ses_smtp, 'struct'),
    'infobip_api_key': ('Infobip', 'INFOBIP_API_KEY', 'xyz123.api.infobip.com', 'scheme:App', _infobip, 'doc'),
    'sinch_sms_api_token': ('Sinch SMS', 'SINCH_API_TOKEN', 'eu.sms.api.sinch.com', 'bearer', P('', H, 32), 'name'),
    'bandwidth_api_password': ('Bandwidth', 'BANDWIDTH_PASSWORD', 'messaging.bandwidth.com', 'basic', P('', A, 32), 'name'),
    'telnyx_api_key': ('Telnyx', 'TELNYX_API_KEY', 'api.telnyx.com', 'bearer', lambda r: 'KEY' + rs(r, U + D, 26) + '_' + rs(r, A, 22), 'doc'),
    'ably_root_key_secret': ('Ably root key', 'ABLY_ROOT_SECRET', 'rest.ably.io', 'basic', P('', B, 43), 'name'),
    'pusher_beams_secret_key': ('Pusher Beams', 'BEAMS_SECRET_KEY', 'instance.pushnotifications.pusher.com', 'bearer', P('', H.upper(), 64), 'name'),
    'knock_secret_api_key': ('Knock', 'KNOCK_API_KEY', 'api.knock.app', 'bearer', P('sk_', B, 43), 'doc'),
    'novu_api_key': ('Novu', 'NOVU_API_KEY', 'api.novu.co', 'scheme:ApiKey', P('', H, 32), 'name'),
    'courier_auth_token': ('Courier', 'COURIER_AUTH_TOKEN', 'api.courier.com', 'bearer', lambda r: 'pk_prod_' + rs(r, U + D, 28), 'rule'),
    # --- payments / commerce ---
    'paddle_billing_api_key': ('Paddle Billing', 'PADDLE_API_KEY', 'api.paddle.com', 'bearer', _paddle, 'doc'),
    'mercadopago_access_token': ('Mercado Pago', 'MP_ACCESS_TOKEN', 'api.mercadopago.com', 'bearer', _mp, 'doc'),
    'midtrans_server_key': ('Midtrans', 'MIDTRANS_SERVER_KEY', 'api.midtrans.com', 'basic', P('Mid-server-', B, 24), 'doc'),
    'xendit_secret_key': ('Xendit', 'XENDIT_SECRET_KEY', 'api.xendit.co', 'basic', P('xnd_production_', A, 50), 'doc'),
    'pagarme_live_api_key': ('Pagar.me', 'PAGARME_API_KEY', 'api.pagar.me', 'basic', P('ak_live_', A, 30), 'rule'),
    'paymongo_secret_key': ('PayMongo', 'PAYMONGO_SECRET_KEY', 'api.paymongo.com', 'basic', P('sk_live_', A, 24), 'doc'),
    'conekta_private_key': ('Conekta', 'CONEKTA_PRIVATE_KEY', 'api.conekta.io', 'bearer', P('key_', A, 27), 'doc'),
    'culqi_secret_key': ('Culqi', 'CULQI_SECRET_KEY', 'api.culqi.com', 'bearer', P('sk_live_', A, 16), 'doc'),
    'checkout_com_secret_key': ('Checkout.com', 'CKO_SECRET_KEY', 'api.checkout.com', 'bearer', lambda r: 'sk_' + rs(r, '0123456789abcdefghijklmnopqrstuvwxyz', 26) + '#', 'doc'),
    'chargebee_api_key': ('Chargebee', 'CHARGEBEE_API_KEY', 'acme.chargebee.com', 'basic', P('live_', A, 34), 'doc'),
    'recurly_private_api_key': ('Recurly', 'RECURLY_API_KEY', 'v3.recurly.com', 'basic', P('', H, 32), 'name'),
    'plaid_access_token': ('Plaid', 'PLAID_ACCESS_TOKEN', 'production.plaid.com', 'basic', lambda r: 'access-production-' + uuid4(r), 'rule'),
    'woocommerce_consumer_secret': ('WooCommerce REST', 'WC_CONSUMER_SECRET', 'shop.internal', 'basic', _woo, 'doc'),
    'prestashop_webservice_key': ('PrestaShop', 'PS_WEBSERVICE_KEY', 'shop.internal', 'basic', P('', U + D, 32), 'name'),
    'ebay_oauth_user_token': ('eBay', 'EBAY_USER_TOKEN', 'api.ebay.com', 'bearer', _ebay, 'doc'),
    'amazon_lwa_refresh_token': ('Amazon SP-API (LWA)', 'SP_API_REFRESH_TOKEN', 'api.amazon.com', 'basic', lambda r: 'Atzr|IwEB' + rs(r, A + '-_', 340), 'doc'),
    'shopify_partner_api_token': ('Shopify Partner', 'SHOPIFY_PARTNER_TOKEN', 'partners.shopify.com', 'hdr:X-Shopify-Access-Token', _shopify_partner, 'doc'),
    'klaviyo_private_api_key': ('Klaviyo', 'KLAVIYO_PRIVATE_KEY', 'a.klaviyo.com', 'scheme:Klaviyo-API-Key', P('pk_', A, 34), 'rule'),
    'lemonway_api_password': ('Lemonway', 'LEMONWAY_API_PASSWORD', 'sandbox-api.lemonway.fr', 'basic', P('', A, 24), 'name'),
    'coinbase_cdp_api_secret': ('Coinbase CDP', 'CDP_API_KEY_SECRET', 'api.cdp.coinbase.com', 'basic', _coinbase_secret, 'doc'),
    'blockfrost_project_id': ('Blockfrost', 'BLOCKFROST_PROJECT_ID', 'cardano-mainnet.blockfrost.io', 'hdr:project_id', P('mainnet', A, 32), 'doc'),
    # --- cloud / infra ---
    'digitalocean_oauth_access_token': ('DigitalOcean OAuth', 'DIGITALOCEAN_OAUTH_TOKEN', 'api.digitalocean.com', 'bearer', lambda r: 'doo_v1_' + hexs(r, 64), 'rule'),
    'exoscale_api_secret': ('Exoscale', 'EXOSCALE_API_SECRET', 'api-ch-gva-2.exoscale.com', 'basic', P('', B, 43), 'name'),
    'civo_api_key': ('Civo', 'CIVO_TOKEN', 'api.civo.com', 'bearer', P('', A, 50), 'name'),
    'upcloud_api_password': ('UpCloud', 'UPCLOUD_PASSWORD', 'api.upcloud.com', 'basic', P('', A, 24), 'name'),
    'equinix_metal_auth_token': ('Equinix Metal', 'METAL_AUTH_TOKEN', 'api.equinix.com', 'hdr:X-Auth-Token', P('', A, 32), 'name'),
    'bunnynet_api_key': ('bunny.net', 'BUNNYNET_API_KEY', 'api.bunny.net', 'hdr:AccessKey', lambda r: uuid4(r) + '-' + uuid4(r)[:8] + '-' + hexs(r, 4) + '-' + hexs(r, 4) + '-' + hexs(r, 4) + '-' + hexs(r, 12), 'name'),
    'gcore_permanent_api_token': ('Gcore', 'GCORE_API_TOKEN', 'api.gcore.com', 'scheme:APIKey', _gcore, 'doc'),
    'keycdn_api_key': ('KeyCDN', 'KEYCDN_API_KEY', 'api.keycdn.com', 'basic', P('sk_prod_', A, 32), 'doc'),
    'ionos_api_token': ('IONOS Cloud', 'IONOS_TOKEN', 'api.ionos.com', 'bearer', _jwt_like({'typ': 'JWT', 'kid': 'x', 'alg': 'RS256'}, ['iss', 'iat', 'exp']), 'doc'),
    'stackit_service_account_token': ('STACKIT', 'STACKIT_SERVICE_ACCOUNT_TOKEN', 'resource-manager.api.stackit.cloud', 'bearer', _jwt_like({'alg': 'RS512', 'typ': 'JWT'}, ['sub', 'iat', 'exp']), 'doc'),
    'openstack_application_credential_secret': ('OpenStack', 'OS_APPLICATION_CREDENTIAL_SECRET', 'keystone.internal:5000', 'basic', P('', B, 86), 'name'),
    'oracle_cloud_auth_token': ('Oracle Cloud auth token', 'OCI_AUTH_TOKEN', 'objectstorage.eu-frankfurt-1.oraclecloud.com', 'basic', P('', A + '()<>;:[]{}.#+-', 20), 'name'),
    'xata_api_key': ('Xata', 'XATA_API_KEY', 'acme.eu-central-1.xata.sh', 'bearer', P('xau_', A, 33), 'doc'),
    'tinybird_admin_token': ('Tinybird', 'TB_TOKEN', 'api.tinybird.co', 'bearer', _tinybird, 'doc'),
    'upstash_qstash_token': ('Upstash QStash', 'QSTASH_TOKEN', 'qstash.upstash.io', 'bearer', lambda r: b64u(json.dumps({'UserID': uuid4(r), 'Password': hexs(r, 32)}, separators=(',', ':')).encode()) + '=', 'doc'),
    'upstash_qstash_signing_key': ('Upstash QStash signing', 'QSTASH_CURRENT_SIGNING_KEY', 'qstash.upstash.io', 'basic', P('sig_', A, 28), 'doc'),
    'momento_api_key': ('Momento', 'MOMENTO_API_KEY', 'cache.cell-4-eu-west-1-1.prod.a.momentohq.com', 'bearer', _jwt_like({'alg': 'HS256'}, ['sub', 'ver', 'p']), 'doc'),
    'weaviate_cloud_api_key': ('Weaviate Cloud', 'WEAVIATE_API_KEY', 'acme.weaviate.network', 'bearer', P('', A, 40), 'name'),
    'chroma_cloud_api_key': ('Chroma Cloud', 'CHROMA_API_KEY', 'api.trychroma.com', 'hdr:x-chroma-token', P('ck-', A, 44), 'doc'),
    'supabase_secret_api_key': ('Supabase (new secret key)', 'SUPABASE_SECRET_KEY', 'acme.supabase.co', 'hdr:apikey', lambda r: 'sb_secret_' + rs(r, B, 22) + '_' + rs(r, B, 8), 'doc'),
    'nhost_admin_secret': ('Nhost', 'NHOST_ADMIN_SECRET', 'acme.hasura.eu-central-1.nhost.run', 'hdr:x-hasura-admin-secret', P('', A, 32), 'name'),
    'grafbase_api_key': ('Grafbase', 'GRAFBASE_API_KEY', 'acme.grafbase.app', 'hdr:x-api-key', _jwt_like({'alg': 'HS256', 'typ': 'JWT'}, ['iss', 'iat', 'jti']), 'doc'),
    'fauna_secret_key': ('Fauna', 'FAUNA_SECRET', 'db.fauna.com', 'bearer', P('fn', A + '-_', 38), 'doc'),
    'singlestore_management_api_key': ('SingleStore', 'SINGLESTORE_API_KEY', 'api.singlestore.com', 'bearer', P('', H, 64), 'name'),
    'motherduck_token': ('MotherDuck', 'motherduck_token', 'api.motherduck.com', 'bearer', _jwt_like({'alg': 'HS256', 'typ': 'JWT'}, ['session', 'email', 'iat']), 'doc'),
    'databend_cloud_password': ('Databend Cloud', 'DATABEND_PASSWORD', 'acme.gw.aws-us-east-2.default.databend.com', 'basic', P('', A, 32), 'name'),
    # --- productivity / SaaS ---
    'harvest_personal_access_token': ('Harvest', 'HARVEST_ACCESS_TOKEN', 'api.harvestapp.com', 'bearer', _harvest, 'doc'),
    'smartsheet_access_token': ('Smartsheet', 'SMARTSHEET_ACCESS_TOKEN', 'api.smartsheet.com', 'bearer', P('', A, 37), 'name'),
    'close_crm_api_key': ('Close', 'CLOSE_API_KEY', 'api.close.com', 'basic', P('api_', A, 45), 'rule'),
    'clearbit_secret_key': ('Clearbit', 'CLEARBIT_KEY', 'person.clearbit.com', 'bearer', P('sk_', H, 32), 'rule'),
    'hunter_io_api_key': ('Hunter', 'HUNTER_API_KEY', 'api.hunter.io', 'query:api_key', P('', H, 40), 'rule'),
    'apollo_io_api_key': ('Apollo.io', 'APOLLO_API_KEY', 'api.apollo.io', 'hdr:X-Api-Key', P('', A, 22), 'rule'),
    'jotform_api_key': ('Jotform', 'JOTFORM_API_KEY', 'api.jotform.com', 'hdr:APIKEY', P('', H, 32), 'rule'),
    'coda_api_token': ('Coda', 'CODA_API_TOKEN', 'coda.io', 'bearer', _uuid, 'rule'),
    'box_developer_token': ('Box', 'BOX_DEVELOPER_TOKEN', 'api.box.com', 'bearer', P('', A, 32), 'rule'),
    'pinterest_access_token': ('Pinterest', 'PINTEREST_ACCESS_TOKEN', 'api.pinterest.com', 'bearer', P('pina_', U + D, 96), 'doc'),
    'tiktok_business_access_token': ('TikTok for Business', 'TIKTOK_ACCESS_TOKEN', 'business-api.tiktok.com', 'hdr:Access-Token', P('', H, 40), 'name'),
    'facebook_page_access_token': ('Facebook Graph (page)', 'FB_PAGE_ACCESS_TOKEN', 'graph.facebook.com', 'query:access_token', P('EAA', A, 180), 'rule'),
    'linkedin_oauth_access_token': ('LinkedIn', 'LINKEDIN_ACCESS_TOKEN', 'api.linkedin.com', 'bearer', P('AQ', B, 348), 'doc'),
    'webex_bot_access_token': ('Webex bot', 'WEBEX_BOT_TOKEN', 'webexapis.com', 'bearer', lambda r: rs(r, A, 64) + '_' + rs(r, U, 4) + '_' + uuid4(r), 'doc'),
    'gotify_client_token': ('Gotify client', 'GOTIFY_CLIENT_TOKEN', 'push.internal', 'hdr:X-Gotify-Key', P('C', A + '.-_', 14), 'doc'),
    'pushover_app_token': ('Pushover', 'PUSHOVER_TOKEN', 'api.pushover.net', 'basic', P('a', L, 29), 'doc'),
    'pushbullet_access_token': ('Pushbullet', 'PUSHBULLET_TOKEN', 'api.pushbullet.com', 'hdr:Access-Token', P('o.', A, 32), 'doc'),
    'adafruit_io_key': ('Adafruit IO', 'ADAFRUIT_IO_KEY', 'io.adafruit.com', 'hdr:X-AIO-Key', P('aio_', A, 28), 'rule'),
    'ubidots_api_token': ('Ubidots', 'UBIDOTS_TOKEN', 'industrial.api.ubidots.com', 'hdr:X-Auth-Token', P('BBFF-', A, 30), 'rule'),
    'blynk_device_auth_token': ('Blynk device', 'BLYNK_AUTH_TOKEN', 'fra1.blynk.cloud', 'query:token', P('', A + '_-', 32), 'rule'),
    'particle_access_token': ('Particle', 'PARTICLE_ACCESS_TOKEN', 'api.particle.io', 'bearer', P('', H, 40), 'name'),
    'thingspeak_write_api_key': ('ThingSpeak', 'THINGSPEAK_WRITE_KEY', 'api.thingspeak.com', 'query:api_key', P('', U + D, 16), 'name'),
    'flexport_api_key': ('Flexport', 'FLEXPORT_API_KEY', 'api.flexport.com', 'bearer', P('shltm_', A + '-_', 40), 'rule'),
    'mongodb_atlas_service_account_secret': ('MongoDB Atlas service account', 'MDB_SA_SECRET', 'cloud.mongodb.com', 'basic', lambda r: 'mdb_sa_sk_' + rs(r, A + '_-', 6) + rs(r, A, 34), 'rule'),
    'alchemy_api_key': ('Alchemy', 'ALCHEMY_API_KEY', 'eth-mainnet.g.alchemy.com', 'basic', lambda r: rs(r, A, 23) + '_' + rs(r, A, 8), 'rule'),
    'helius_api_key': ('Helius', 'HELIUS_API_KEY', 'mainnet.helius-rpc.com', 'query:api-key', _uuid, 'name'),
    'pinata_api_secret': ('Pinata', 'PINATA_API_SECRET', 'api.pinata.cloud', 'hdr:pinata_secret_api_key', P('', H, 64), 'name'),
    'thirdweb_secret_key': ('thirdweb', 'THIRDWEB_SECRET_KEY', 'api.thirdweb.com', 'hdr:x-secret-key', P('', B, 86), 'name'),
    'privy_app_secret': ('Privy', 'PRIVY_APP_SECRET', 'auth.privy.io', 'basic', P('', A, 64), 'name'),
    'workos_api_key': ('WorkOS', 'WORKOS_API_KEY', 'api.workos.com', 'bearer', P('sk_', A, 70), 'doc'),
    'descope_management_key': ('Descope', 'DESCOPE_MANAGEMENT_KEY', 'api.descope.com', 'bearer', P('K2', A, 56), 'doc'),
    'kinde_m2m_client_secret': ('Kinde', 'KINDE_CLIENT_SECRET', 'acme.kinde.com', 'basic', P('', A, 48), 'name'),
    'logto_app_secret': ('Logto', 'LOGTO_APP_SECRET', 'auth.internal', 'basic', P('', A, 32), 'name'),
    'cognito_app_client_secret': ('Amazon Cognito app client', 'COGNITO_CLIENT_SECRET', 'auth.eu-west-1.amazoncognito.com', 'basic', P('', L, 52), 'name'),
    'supertokens_core_api_key': ('SuperTokens', 'SUPERTOKENS_API_KEY', 'st.internal:3567', 'hdr:api-key', P('', A + '-=', 40), 'name'),
    'magic_link_secret_key': ('Magic', 'MAGIC_SECRET_KEY', 'api.magic.link', 'hdr:X-Magic-Secret-Key', P('sk_live_', H.upper(), 16), 'doc'),
    'propelauth_api_key': ('PropelAuth', 'PROPELAUTH_API_KEY', 'acme.propelauthtest.com', 'bearer', P('', H, 96), 'name'),
    # --- blockchain / wallets (structured) ---
    'stellar_secret_seed': ('Stellar', 'STELLAR_SECRET', 'horizon.stellar.org', 'basic', _stellar, 'struct'),
    'xrpl_family_seed': ('XRP Ledger', 'XRPL_SEED', 's1.ripple.com', 'basic', _xrpl, 'struct'),
    'bip32_xprv_extended_private_key': ('Bitcoin BIP32', 'XPRV', 'electrum.internal', 'basic', _xprv, 'struct'),
    'bitcoin_wif_compressed_private_key': ('Bitcoin WIF', 'BTC_WIF', 'electrum.internal', 'basic', _btc_wif, 'struct'),
    'age_x25519_identity': ('age identity', 'SOPS_AGE_KEY', 'sops.internal', 'basic', _age, 'struct'),
}

# tokens whose values contain characters that must stay inside quotes (no URL query, no unquoted CLI)
def needs_quotes(v):
    return any(c in v for c in "+/=$#|^!'\"()<>;:[]{}*% &")
